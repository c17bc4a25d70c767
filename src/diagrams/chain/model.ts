import type { Analysis } from '../../analysis/types.js';
import type { FieldText } from '../../layout/frame.js';
import { wordsFor, type Words } from '../../i18n/index.js';

export interface ChainStep {
  /** `step-1` … in reading order */
  id: string;
  label: string;
  field: string;
}

/** The numbered logic chain of the strategy: each step leads to the next. */
export interface ChainModel {
  title: FieldText;
  steps: ChainStep[];
  /** built-in words in the analysis's language (alt text); English when unset */
  words?: Words;
}

export function chainModel(a: Analysis): ChainModel {
  const chain = a.strategy?.chain;
  if (!a.strategy || !chain) throw new Error('the analysis has no strategy.chain');
  return {
    title: { text: a.strategy.name, field: 'strategy.name' },
    steps: chain.map((label, i) => ({ id: `step-${i + 1}`, label, field: `strategy.chain[${i}]` })),
    words: wordsFor(a.lang),
  };
}
