import type { PlacedText } from './place.js';
import type { TextEngine } from './engine.js';
import type { TextStyle } from './measure.js';
import { fitsAt } from './wrap.js';

/**
 * The text is shown whole: not cut with an ellipsis. (The text engine splits a word only at a
 * hyphenation point, with a hyphen, and only when it cannot fit whole at its floor size.)
 */
export function shownWhole(t: PlacedText): boolean {
  return !t.truncated;
}

/** A word split at a syllable: a line (not the last) ending in a hyphen that the source text does not have there. */
export function splitAtSyllable(t: PlacedText): boolean {
  return t.lines.slice(0, -1).some((line) => line.endsWith('-') && !t.text.includes(line));
}

/**
 * Whether `text` can wrap into `maxLines` lines of `maxWidth` at this style without a cut:
 * greedy filling gives the fewest lines. A cheap test that spares the text engine its
 * cut-with-an-ellipsis path for every setting that was never going to fit. `floor`: the
 * smallest size the caller would try (a word that fits whole there is never split).
 */
export function canFit(engine: TextEngine, text: string, style: TextStyle, maxWidth: number, maxLines: number, floor?: number): boolean {
  return fitsAt(engine.measurer, text, style, maxWidth, maxLines, engine.lang, floor ?? engine.floor ?? style.size);
}
