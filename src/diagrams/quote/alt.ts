import type { AltText } from '../types.js';
import type { QuoteModel } from './model.js';

const clip = (s: string, n: number): string => (s.length <= n ? s : `${s.slice(0, n - 1).trimEnd()}…`);

/** Short alt: the quote's opening; long: the whole quote and every framework applied. */
export function quoteAlt(m: QuoteModel): AltText {
  const w = m.words;
  const q = m.quote.text;
  const short = w.alt.quoteShort(clip(q, 100));
  const frameworks = m.chips.length ? ` ${w.frameworksApplied}: ${m.chips.map((c) => c.label).join(', ')}.` : '';
  return { short, long: `${w.alt.quoteLong(q)}${frameworks}` };
}
