import type { AltText } from '../types.js';
import type { HeroModel } from './model.js';

const sentence = (s: string): string => (/[.!?…]$/u.test(s) ? s : `${s}.`);

/**
 * Short alt (also og:image:alt): the headline, then what the main diagram says. The long one
 * adds the kicker, subtitle and thesis, then the diagram's own long description.
 */
export function heroAlt(m: HeroModel): AltText {
  const diagram = m.main.alt;
  const short = `${sentence(m.title.text)} ${diagram.short}`;
  const long = [
    m.kicker ? `${m.kicker.text}:` : '',
    sentence(m.title.text),
    m.subtitle ? sentence(m.subtitle.text) : '',
    m.thesis ? `Thesis: ${sentence(m.thesis.text)}` : '',
    diagram.long,
  ].filter(Boolean).join(' ');
  return { short, long };
}
