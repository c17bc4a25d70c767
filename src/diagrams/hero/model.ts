import { VisintError } from '../../errors.js';
import type { Analysis } from '../../analysis/types.js';
import type { FieldText } from '../../layout/frame.js';
import type { AltText, DiagramContext, DiagramType } from '../types.js';

/** Finds a registered diagram by name (the registry passes its own lookup: no import cycle). */
export type DiagramLookup = (name: string) => DiagramType<any> | undefined;

/** The hero's default main diagram, in order of preference. */
export const MAIN_DIAGRAMS = ['strategy-map', 'flywheel', 'chain'] as const;

export class HeroChoiceError extends VisintError {
  constructor(message: string) {
    super('missing-section', message);
    this.name = 'HeroChoiceError';
  }
}

/** The chosen main diagram with its own model and alt text. */
export interface MainDiagram {
  type: DiagramType<any>;
  model: unknown;
  alt: AltText;
}

/** What the hero draws: kicker, title, subtitle, thesis (all optional but the title) and one main diagram. */
export interface HeroModel {
  analysis: Analysis;
  /** the subject ("Meta"); no kicker when absent (nothing stands in for it) */
  kicker?: FieldText;
  title: FieldText;
  subtitle?: FieldText;
  thesis?: FieldText;
  main: MainDiagram;
}

/** `--hero-diagram` if given (any registered diagram but the hero), else the first default the analysis has data for. */
export function chooseMain(a: Analysis, lookup: DiagramLookup, wanted?: string): DiagramType<any> | undefined {
  if (wanted !== undefined) {
    const d = wanted === 'hero' ? undefined : lookup(wanted);
    if (!d) throw new HeroChoiceError(`--hero-diagram: "${wanted}" is not a diagram the hero can embed`);
    if (!d.available(a)) throw new HeroChoiceError(`--hero-diagram: "${wanted}" needs a section this analysis does not have`);
    return d;
  }
  for (const name of MAIN_DIAGRAMS) {
    const d = lookup(name);
    if (d?.available(a)) return d;
  }
  return undefined;
}

/** The one-line claim: the strategy map's thesis, else the strategy's name. */
function thesisOf(a: Analysis): FieldText | undefined {
  if (a.strategyMap?.thesis) return { text: a.strategyMap.thesis, field: 'strategyMap.thesis' };
  if (a.strategy?.name) return { text: a.strategy.name, field: 'strategy.name' };
  return undefined;
}

export function heroModel(a: Analysis, lookup: DiagramLookup, ctx?: DiagramContext): HeroModel {
  const type = chooseMain(a, lookup, ctx?.heroDiagram);
  if (!type) throw new HeroChoiceError('the hero needs a strategyMap, a flywheel or a strategy.chain');
  const model = type.model(a, ctx);
  const m: HeroModel = { analysis: a, title: { text: a.title, field: 'title' }, main: { type, model, alt: type.alt(model) } };
  if (a.subject) m.kicker = { text: a.subject, field: 'subject' };
  if (a.subtitle) m.subtitle = { text: a.subtitle, field: 'subtitle' };
  const thesis = thesisOf(a);
  if (thesis) m.thesis = thesis;
  return m;
}
