import type { AltText } from '../types.js';
import type { BottlenecksModel } from './model.js';

/** Short alt: each bottleneck with its kind; long: adds each one's explanation. */
export function bottlenecksAlt(m: BottlenecksModel): AltText {
  const w = m.words;
  const named = m.items.map((b) => `${(b.kind === 'active' ? w.active : w.emerging).toLowerCase()}: ${b.title}`);
  const short = `${m.title.text} — ${named.join('; ')}.`;
  const long = [`${m.title.text}.`, ...m.items.map((b) => `${w.alt.bottleneckLong(b.kind, b.title)}${b.text ? ` ${b.text}` : ''}`)].join(' ');
  return { short, long };
}
