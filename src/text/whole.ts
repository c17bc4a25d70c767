import { splitWords, type Measurer, type TextStyle } from './measure.js';
import type { PlacedText } from './place.js';

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

/**
 * Whether `text` can wrap into `maxLines` lines of `maxWidth` at this style without breaking a
 * word: greedy filling gives the fewest lines. A cheap test that spares the text engine its
 * cut-with-an-ellipsis path for every setting that was never going to fit.
 */
export function canFit(m: Measurer, text: string, style: TextStyle, maxWidth: number, maxLines: number): boolean {
  const space = m.spaceWidth(style);
  let lines = 1;
  let used = -space;
  for (const w of splitWords(text)) {
    const width = m.wordWidth(w, style);
    if (width > maxWidth) return false;
    if (used + space + width > maxWidth + 1e-6) {
      lines++;
      used = width;
      if (lines > maxLines) return false;
    } else used += space + width;
  }
  return true;
}
