import type { Analysis } from '../../analysis/types.js';
import type { FieldText } from '../../layout/frame.js';
import { kickerText, patternTag } from '../cards/words.js';
import { keyLine, stripLead } from './key-line.js';
import { wordsFor, type Words } from '../../i18n/index.js';

/** How an item card is drawn: white card, dashed outline (the narrative), amber (the synthesis). */
export type ItemLook = 'card' | 'outline' | 'highlight';

export interface LayerItem {
  /** unique within its band */
  key: string;
  kicker: string;
  text: string;
  /** kicker and text as one line, for short canvases: "Moat: …", "#45 …" */
  inline: string;
  field: string;
  look: ItemLook;
  /** 0 = kept longest when a band must show fewer items */
  rank: number;
}

export interface LayerBand {
  level: 0 | 1 | 2 | 3 | 4;
  name: string;
  items: LayerItem[];
}

/** The five-layer overview: one band per layer that has data, in order. */
export interface LayersModel {
  kicker: FieldText;
  title: FieldText;
  bands: LayerBand[];
  words: Words;
}

/** Items drawn differently from a white card, by key: the narrative (what is said) vs the structure, and the bottom line. */
const LOOKS: Record<string, ItemLook> = { narrative: 'outline', synthesis: 'highlight' };

/** The look of an item node from its id (`layer-0-narrative`), for the scene painter. */
export const lookOfNode = (id: string): ItemLook => LOOKS[id.split('-').slice(2).join('-')] ?? 'card';

const item = (key: string, kicker: string, text: string, field: string, rank = 0): LayerItem => ({ key, kicker, text, inline: kicker.startsWith('#') ? `${kicker} ${text}` : `${kicker}: ${text}`, field, look: LOOKS[key] ?? 'card', rank });

function metaRules(a: Analysis, w: Words): LayerItem[] {
  const r = a.metaRules;
  if (!r) return [];
  const out: LayerItem[] = [];
  // the structure is the layer's point; the narrative is what it is read against
  if (r.narrative) out.push(item('narrative', w.narrative, keyLine(stripLead(r.narrative)), 'metaRules.narrative', 1));
  if (r.structure) out.push(item('structure', w.structure, keyLine(stripLead(r.structure)), 'metaRules.structure', 0));
  if (out.length < 2 && r.firstPrinciples) out.push(item('first-principles', w.firstPrinciples, keyLine(r.firstPrinciples), 'metaRules.firstPrinciples', 2));
  return out;
}

function strategy(a: Analysis, w: Words): LayerItem[] {
  const out: LayerItem[] = [];
  if (a.strategy) out.push(item('strategy', w.strategy, a.strategy.name, 'strategy.name'));
  else if (a.strategyMap) out.push(item('strategy', w.strategyMap, a.strategyMap.center.label, 'strategyMap.center.label'));
  if (a.strategyMap?.thesis) out.push(item('thesis', w.thesis, a.strategyMap.thesis, 'strategyMap.thesis', 1));
  else if (a.strategy?.chain) out.push(item('chain', w.logicChain, w.chainSummary(a.strategy.chain.length, keyLine(a.strategy.chain[0]!)), 'strategy.chain', 1));
  return out;
}

function assessment(a: Analysis, w: Words): LayerItem[] {
  const out: LayerItem[] = [];
  if (a.moat) out.push(item('moat', w.moat, a.moat.title, 'moat.title'));
  const f = a.flywheel;
  if (f) out.push(item('flywheel', w.flywheel, f.title ?? (f.center ? w.namedFlywheel(f.center) : w.stepFlywheel(f.steps.length)), f.title ? 'flywheel.title' : 'flywheel', 2));
  const list = a.bottlenecks ?? [];
  const i = Math.max(0, list.findIndex((b) => b.kind === 'active'));
  const b = list[i];
  if (b) out.push(item('bottleneck', w.bottleneck, b.title, `bottlenecks[${i}].title`, 1));
  return out;
}

export function layersModel(a: Analysis): LayersModel {
  const w = wordsFor(a.lang);
  const [meta, patterns, strat, assess, synth] = w.bands;
  const bands: LayerBand[] = [
    { level: 0, name: meta, items: metaRules(a, w) },
    { level: 1, name: patterns, items: (a.patterns ?? []).slice(0, 3).map((p, i) => item(`pattern-${i + 1}`, patternTag(p.id), p.name, `patterns[${i}].name`, i)) },
    { level: 2, name: strat, items: strategy(a, w) },
    { level: 3, name: assess, items: assessment(a, w) },
    { level: 4, name: synth, items: a.synthesis ? [item('synthesis', w.bottomLine, keyLine(a.synthesis.quote), 'synthesis.quote')] : [] },
  ];
  return {
    kicker: { text: kickerText(w.fiveLayerAnalysis, a), field: 'subject' },
    title: { text: a.title, field: 'title' },
    bands: bands.filter((b) => b.items.length > 0),
    words: w,
  };
}

/** The model with at most `cap` items per band (or caps[b] for band b), the best-ranked kept, in their order. */
export function capItems(m: LayersModel, cap: number | readonly number[]): LayersModel {
  const capOf = (b: number) => (typeof cap === 'number' ? cap : cap[b]!);
  return { ...m, bands: m.bands.map((band, b) => ({ ...band, items: band.items.filter((it) => band.items.filter((o) => o.rank < it.rank).length < capOf(b)) })) };
}

/** The sections the overview draws from: any one of them makes the diagram available. */
export function hasLayerData(a: Analysis): boolean {
  return layersModel(a).bands.length > 0;
}
