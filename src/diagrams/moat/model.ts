import type { Analysis } from '../../analysis/types.js';
import type { FieldText } from '../../layout/frame.js';
import type { BadgeCardItem } from '../cards/badge-card.js';
import { kickerText, patternNames } from '../cards/words.js';
import { wordsFor, type Words } from '../../i18n/index.js';

/** Layer 3: the moat and the mental models (patterns) it rests on. */
export interface MoatModel {
  kicker: FieldText;
  title: FieldText;
  text?: FieldText;
  /** in the order the moat lists them; a number listed twice appears once */
  pillars: BadgeCardItem[];
  words: Words;
}

export function moatModel(a: Analysis): MoatModel {
  const moat = a.moat;
  if (!moat) throw new Error('the analysis has no moat');
  const w = wordsFor(a.lang);
  const names = patternNames(a);
  const refs = moat.patterns ?? [];
  const pillars = refs
    .map((n, i) => ({ n, i }))
    .filter(({ n, i }) => refs.indexOf(n) === i)
    .map(({ n, i }) => ({ key: `pattern-${n}`, number: n, name: names.get(n) ?? w.mentalModel(n), field: `moat.patterns[${i}]` }));
  return {
    kicker: { text: kickerText(`${w.layer} 3 · ${w.moat}`, a), field: 'subject' },
    title: { text: moat.title, field: 'moat.title' },
    ...(moat.text ? { text: { text: moat.text, field: 'moat.text' } } : {}),
    pillars,
    words: w,
  };
}
