import { splitWords } from '../../text/measure.js';
import type { PlacedText } from '../../text/place.js';

/**
 * The text is shown whole: not cut with an ellipsis and no word broken across lines (the
 * text engine breaks a word wider than the line rather than overflow, without calling it cut).
 */
export function shownWhole(t: PlacedText): boolean {
  if (t.truncated) return false;
  const want = splitWords(t.text);
  const got = t.lines.flatMap((l) => splitWords(l));
  return got.length === want.length && got.every((w, i) => w === want[i]);
}

