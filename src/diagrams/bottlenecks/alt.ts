import type { AltText } from '../types.js';
import type { BottlenecksModel } from './model.js';

/** Short alt: each bottleneck with its kind; long: adds each one's explanation. */
export function bottlenecksAlt(m: BottlenecksModel): AltText {
  const named = m.items.map((b) => `${b.kind}: ${b.title}`);
  const short = `${m.title.text} — ${named.join('; ')}.`;
  const long = [`${m.title.text}.`, ...m.items.map((b) => `${b.kind === 'active' ? 'Active' : 'Emerging'} bottleneck: ${b.title}.${b.text ? ` ${b.text}` : ''}`)].join(' ');
  return { short, long };
}
