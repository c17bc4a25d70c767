import { graphemes } from './graphemes.js';
import type { Measurer, TextStyle } from './measure.js';

const ELLIPSIS = '…';

/**
 * The last guard of a fitted block: a line still wider than `maxWidth` (one long word with
 * letter-spacing, say a 60-character wordmark) is cut at a grapheme-cluster boundary and ends
 * with "…". Returns null when every line fits.
 */
export function cutOverwideLines(m: Measurer, lines: string[], style: TextStyle, maxWidth: number): string[] | null {
  if (lines.every((l) => m.lineWidth(l, style) <= maxWidth + 0.01)) return null;
  return lines.map((line) => {
    if (m.lineWidth(line, style) <= maxWidth + 0.01) return line;
    const clusters = graphemes(line);
    // binary search for the longest prefix that fits with the ellipsis
    let lo = 0;
    let hi = clusters.length;
    while (lo < hi) {
      const mid = Math.ceil((lo + hi) / 2);
      if (m.lineWidth(clusters.slice(0, mid).join('').trimEnd() + ELLIPSIS, style) <= maxWidth + 0.01) lo = mid;
      else hi = mid - 1;
    }
    return clusters.slice(0, lo).join('').trimEnd() + ELLIPSIS;
  });
}
