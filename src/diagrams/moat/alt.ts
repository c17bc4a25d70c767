import type { AltText } from '../types.js';
import { patternTag } from '../cards/words.js';
import type { MoatModel } from './model.js';

/** Short alt: the moat and what it rests on; long: adds the moat's explanation. */
export function moatAlt(m: MoatModel): AltText {
  const w = m.words.alt;
  const rests = m.pillars.map((p) => `${patternTag(p.number)} ${p.name}`);
  const short = `${w.moat(m.title.text)}${rests.length ? w.restingOn(rests.join(', ')) : ''}.`;
  const long = [`${w.moat(m.title.text)}.`, m.text ? m.text.text : '', rests.length ? w.itRestsOn(rests.join('; ')) : ''].filter(Boolean).join(' ');
  return { short, long };
}
