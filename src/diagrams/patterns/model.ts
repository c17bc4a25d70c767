import type { Analysis } from '../../analysis/types.js';
import type { FieldText } from '../../layout/frame.js';
import { wordsFor, type Words } from '../../i18n/index.js';

export interface PatternItem {
  /** unique node id derived from the pattern number */
  key: string;
  number: number;
  name: string;
  note?: string;
  field: string;
}

/** Layer 1: the numbered mental models, in the analysis's order. */
export interface PatternsModel {
  kicker: FieldText;
  title: FieldText;
  items: PatternItem[];
  words: Words;
}

/** Node id of a pattern: `pattern-45`; a number listed twice gets its position appended. */
export function patternKeys(numbers: number[]): string[] {
  return numbers.map((n, i) => (numbers.indexOf(n) === i ? `pattern-${n}` : `pattern-${n}-${i}`));
}

export function patternsModel(a: Analysis): PatternsModel {
  const list = a.patterns;
  if (!list || list.length === 0) throw new Error('the analysis has no patterns');
  const keys = patternKeys(list.map((p) => p.id));
  const w = wordsFor(a.lang);
  const count = w.mentalModels(list.length);
  return {
    kicker: { text: `${w.layer} 1 · ${w.patternRecognition}`, field: 'patterns' },
    title: { text: w.patternsTitle(count, a.subject), field: 'patterns' },
    items: list.map((p, i) => ({ key: keys[i]!, number: p.id, name: p.name, ...(p.note ? { note: p.note } : {}), field: `patterns[${i}]` })),
    words: w,
  };
}
