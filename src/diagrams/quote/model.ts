import type { Analysis } from '../../analysis/types.js';
import type { FieldText } from '../../layout/frame.js';
import { kickerText, patternNames, patternTag } from '../cards/words.js';
import { wordsFor, type Words } from '../../i18n/index.js';

export interface FrameworkChip {
  key: string;
  number: number;
  /** "#1 Network Effects" when the analysis names the pattern, else "#1" */
  label: string;
  field: string;
}

/** Layer 4: the synthesis quote and the frameworks (mental-model numbers) it applies. */
export interface QuoteModel {
  kicker: FieldText;
  quote: FieldText;
  chips: FrameworkChip[];
  words: Words;
}

export function quoteModel(a: Analysis): QuoteModel {
  const s = a.synthesis;
  if (!s) throw new Error('the analysis has no synthesis');
  const names = patternNames(a);
  const numbers = s.frameworks ?? [];
  const chips = numbers
    .map((n, i) => ({ n, i }))
    .filter(({ n, i }) => numbers.indexOf(n) === i) // a number listed twice is one framework
    .map(({ n, i }) => {
      const name = names.get(n);
      return { key: `framework-${n}`, number: n, label: name ? `${patternTag(n)} ${name}` : patternTag(n), field: `synthesis.frameworks[${i}]` };
    });
  const w = wordsFor(a.lang);
  return { kicker: { text: kickerText(`${w.layer} 4 · ${w.synthesis}`, a), field: 'subject' }, quote: { text: s.quote, field: 'synthesis.quote' }, chips, words: w };
}
