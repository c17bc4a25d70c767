import type { AltText } from '../types.js';
import { wordsFor } from '../../i18n/index.js';
import type { ChainModel } from './model.js';

const SHORT_MAX = 125;

/** Short alt names the strategy and the first and last step; the long one reads every step in order. */
export function chainAlt(m: ChainModel): AltText {
  const w = (m.words ?? wordsFor(undefined)).alt;
  const n = m.steps.length;
  const first = m.steps[0]!.label;
  const last = m.steps[n - 1]!.label;
  const head = w.chainHead(n, m.title.text);
  const clip = (s: string, max: number) => (s.length <= max ? s : `${s.slice(0, Math.max(1, max - 1)).trimEnd()}…`);
  // ', from “', '” to “' and '”.' take 15 characters around the two ends
  const room = Math.max(12, Math.floor((SHORT_MAX - head.length - 15) / 2));
  const short = `${head}${w.chainFromTo(clip(first, room), clip(last, room))}`;
  const long = [
    w.chainLong(m.title.text, n),
    ...m.steps.map((s, i) => `${i + 1}. ${s.label}${/[.!?]$/.test(s.label) ? '' : '.'}`),
  ].join(' ');
  return { short, long };
}
