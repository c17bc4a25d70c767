import type { AltText } from '../types.js';
import { patternTag } from '../cards/words.js';
import type { MoatModel } from './model.js';

/** Short alt: the moat and what it rests on; long: adds the moat's explanation. */
export function moatAlt(m: MoatModel): AltText {
  const rests = m.pillars.map((p) => `${patternTag(p.number)} ${p.name}`);
  const short = `Moat: ${m.title.text}${rests.length ? `, resting on ${rests.join(', ')}` : ''}.`;
  const long = [`Moat: ${m.title.text}.`, m.text ? m.text.text : '', rests.length ? `It rests on ${rests.join('; ')}.` : ''].filter(Boolean).join(' ');
  return { short, long };
}
