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

/**
 * True when a setting that lays out the same lines (same mode, size and ring cap) was already
 * tried; records it otherwise. Label width and line limits only matter through the lines they
 * give, except for notes, which wrap to the label width.
 */
export function isRepeat(seen: Set<string>, s: { textWidth: number; maxLines: number; notes?: boolean }, labels: PlacedText[]): boolean {
  const { textWidth, maxLines: _, ...rest } = s;
  const key = JSON.stringify([rest, s.notes ? textWidth : 0, labels.map((l) => l.lines)]);
  if (seen.has(key)) return true;
  seen.add(key);
  return false;
}
