import type { Analysis, Bottleneck, LabelItem, Pattern } from './types.js';
import type { AnalysisInput, SectionKey } from './schema.js';
import type { IssueSink } from './issue-sink.js';
import { normaliseStrategyMap } from './normalise-strategy-map.js';

type Input<K extends SectionKey> = NonNullable<AnalysisInput[K]>;
type Normaliser<K extends SectionKey> = (input: Input<K>, sink: IssueSink) => Analysis[K];

/** Copies the defined entries only, so optional fields stay absent rather than `undefined`. */
function compact<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

function labelItem(raw: string | { label: string; note?: string | undefined }, path: string, sink: IssueSink): LabelItem {
  if (typeof raw === 'string') return { label: sink.label(path, raw) ?? '' };
  return compact({ label: sink.label(`${path}.label`, raw.label) ?? '', note: sink.optional(`${path}.note`, raw.note, 'long') });
}

function patterns(input: Input<'patterns'>, sink: IssueSink): Pattern[] {
  const firstPath = new Map<number, string>();
  return input.map((raw, index) => {
    const path = `patterns[${index}]`;
    const first = firstPath.get(raw.id);
    if (first !== undefined) sink.error(`${path}.id`, `duplicate pattern #${raw.id} (already used by ${first})`);
    else firstPath.set(raw.id, path);
    const name = sink.label(`${path}.name`, raw.name, 'name') ?? '';
    return compact({ id: raw.id, name, note: sink.optional(`${path}.note`, raw.note, 'long') });
  });
}

function bottlenecks(input: Input<'bottlenecks'>, sink: IssueSink): Bottleneck[] {
  return input.map((raw, index) => {
    const path = `bottlenecks[${index}]`;
    const title = sink.label(`${path}.title`, raw.title, 'title') ?? '';
    return compact({ kind: raw.kind, title, text: sink.optional(`${path}.text`, raw.text, 'long') });
  });
}

/** One normaliser per optional section; each reports its problems under its own path. */
export const SECTION_NORMALISERS: { [K in SectionKey]: Normaliser<K> } = {
  metaRules: (input, sink) =>
    compact({
      narrative: sink.optional('metaRules.narrative', input.narrative, 'long'),
      structure: sink.optional('metaRules.structure', input.structure, 'long'),
      firstPrinciples: sink.optional('metaRules.firstPrinciples', input.firstPrinciples, 'long'),
    }),
  patterns,
  strategy: (input, sink) =>
    compact({
      name: sink.label('strategy.name', input.name, 'name') ?? '',
      summary: sink.optional('strategy.summary', input.summary, 'long'),
      chain: input.chain?.map((step, index) => sink.label(`strategy.chain[${index}]`, step, 'step') ?? ''),
    }),
  strategyMap: (input, sink) => normaliseStrategyMap(input, sink),
  flywheel: (input, sink) =>
    compact({
      title: sink.optional('flywheel.title', input.title),
      center: sink.optional('flywheel.center', input.center),
      steps: input.steps.map((step, index) => labelItem(step, `flywheel.steps[${index}]`, sink)),
    }),
  moat: (input, sink) =>
    compact({
      title: sink.label('moat.title', input.title, 'title') ?? '',
      text: sink.optional('moat.text', input.text, 'long'),
      patterns: input.patterns,
    }),
  bottlenecks,
  synthesis: (input, sink) =>
    compact({ quote: sink.longText('synthesis.quote', input.quote, 'quote') ?? '', frameworks: input.frameworks }),
};

/** Runs the normaliser of one section on its already schema-checked input. */
export function normaliseSection<K extends SectionKey>(key: K, input: Input<K>, sink: IssueSink): Analysis[K] {
  const normalise = SECTION_NORMALISERS[key] as Normaliser<K>;
  return normalise(input, sink);
}
