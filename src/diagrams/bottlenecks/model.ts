import type { Analysis, Bottleneck } from '../../analysis/types.js';
import type { FieldText } from '../../layout/frame.js';
import { kickerText } from '../cards/words.js';
import { wordsFor, type Words } from '../../i18n/index.js';

export interface BottleneckItem {
  key: string;
  kind: Bottleneck['kind'];
  title: string;
  text?: string;
  /** JSON path of the item in the analysis */
  field: string;
}

/** Layer 3: bottlenecks, the active ones first (what binds now), then the emerging ones. */
export interface BottlenecksModel {
  kicker: FieldText;
  title: FieldText;
  items: BottleneckItem[];
  words: Words;
}

function heading(w: Words, active: number, emerging: number): string {
  if (active && emerging) return w.activeVsEmerging;
  return w.bottlenecksOfKind(active ? 'active' : 'emerging', active + emerging);
}

export function bottlenecksModel(a: Analysis): BottlenecksModel {
  const list = a.bottlenecks;
  if (!list || list.length === 0) throw new Error('the analysis has no bottlenecks');
  const items = list.map((b, i): BottleneckItem => ({ key: `bottleneck-${i + 1}`, kind: b.kind, title: b.title, ...(b.text ? { text: b.text } : {}), field: `bottlenecks[${i}]` }));
  const ordered = [...items.filter((b) => b.kind === 'active'), ...items.filter((b) => b.kind === 'emerging')];
  const w = wordsFor(a.lang);
  const active = ordered.filter((b) => b.kind === 'active').length;
  return {
    kicker: { text: kickerText(`${w.layer} 3 · ${w.bottlenecks}`, a), field: 'subject' },
    title: { text: heading(w, active, ordered.length - active), field: 'bottlenecks' },
    items: ordered,
    words: w,
  };
}
