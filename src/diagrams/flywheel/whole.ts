import { splitWords, type Measurer, type TextStyle } from '../../text/measure.js';
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

/**
 * What the settings search has seen: label fits by their parameters (many settings differ only
 * in the ring's aspect cap), and which label layouts were already placed.
 */
export class Tried {
  private readonly fits = new Map<string, PlacedText[] | null>();
  private readonly placed = new Set<string>();

  /**
   * Every text fitted by `fit(i)`, or null as soon as one is not shown whole (unless `cut`);
   * the longest texts go first, as they are the ones that fail.
   */
  labels(key: string, texts: string[], fit: (i: number) => PlacedText, cut: boolean, fits: (text: string) => boolean = () => true): PlacedText[] | null {
    if (this.fits.has(key)) return this.fits.get(key)!;
    const order = texts.map((_, i) => i).sort((a, b) => texts[b]!.length - texts[a]!.length || a - b);
    const out: PlacedText[] = [];
    let ok = true;
    for (const i of order) {
      if (!cut && !fits(texts[i]!)) {
        ok = false;
        break;
      }
      const t = fit(i);
      if (!cut && !shownWhole(t)) {
        ok = false;
        break;
      }
      out[i] = t;
    }
    const result = ok ? out : null;
    this.fits.set(key, result);
    return result;
  }

  /**
   * True when a setting that lays out the same lines (same mode, size and ring cap) was already
   * placed; records it otherwise. Label width and line limits only matter through the lines
   * they give, except for notes, which wrap to the label width.
   */
  repeats(s: { textWidth: number; maxLines: number; notes?: boolean }, labels: PlacedText[]): boolean {
    const { textWidth, maxLines: _, ...rest } = s;
    const key = JSON.stringify([rest, s.notes ? textWidth : 0, labels.map((l) => l.lines)]);
    if (this.placed.has(key)) return true;
    this.placed.add(key);
    return false;
  }
}
