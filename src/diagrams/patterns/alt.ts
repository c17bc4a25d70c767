import type { AltText } from '../types.js';
import { patternTag } from '../cards/words.js';
import type { PatternsModel } from './model.js';

/** Short alt: the title and the numbered names; long: every pattern with its note. */
export function patternsAlt(m: PatternsModel): AltText {
  const names = m.items.map((p) => `${patternTag(p.number)} ${p.name}`);
  const short = `${m.title.text}: ${names.join(', ')}.`;
  const long = [`${m.title.text}.`, ...m.items.map((p, i) => `${names[i]}${p.note ? ` — ${p.note}` : ''}.`)].join(' ');
  return { short, long };
}
