import { splitWords, type Measurer, type TextStyle } from './measure.js';

const ELLIPSIS = '\u2026';

/**
 * Greedy filling: indices of the items on each row, each row no wider than `width` (items
 * `space` apart); an item wider than `width` sits alone on its row. Words into lines, or
 * cards into rows.
 */
export function greedyRows(widths: number[], space: number, width: number): number[][] {
  const lines: number[][] = [];
  let line: number[] = [];
  let used = 0;
  widths.forEach((w, i) => {
    if (line.length > 0 && used + space + w > width + 1e-6) {
      lines.push(line);
      line = [];
      used = 0;
    }
    used += (line.length > 0 ? space : 0) + w;
    line.push(i);
  });
  if (line.length > 0) lines.push(line);
  return lines;
}

/**
 * Balanced wrapping (CSS `text-wrap: balance`): find the greedy line count at `maxWidth`,
 * then binary-search the narrowest width that keeps that count, so lines come out even.
 */
export function wrapBalanced(words: string[], widths: number[], space: number, maxWidth: number): string[] {
  if (words.length === 0) return [];
  const target = greedyRows(widths, space, maxWidth).length;
  let lo = Math.max(...widths);
  let hi = Math.max(lo, maxWidth);
  for (let i = 0; i < 24 && hi - lo > 0.5; i++) {
    const mid = (lo + hi) / 2;
    if (greedyRows(widths, space, mid).length <= target) hi = mid;
    else lo = mid;
  }
  return greedyRows(widths, space, hi).map((idx) => idx.map((i) => words[i]).join(' '));
}

export interface FitRequest {
  text: string;
  style: TextStyle;
  maxWidth: number;
  maxLines: number;
  /** smallest allowed size; sizes step down by 2 px (scaled) from style.size to it */
  minSize: number;
  /** step between tried sizes, px */
  step?: number;
}

export interface FitResult {
  lines: string[];
  size: number;
  /** true when the text did not fit even at minSize and was cut with an ellipsis (a word merely broken across lines is not cut) */
  truncated: boolean;
}

/** Tries sizes from the preferred one down to the minimum; at the minimum, cuts with an ellipsis. */
export function fitText(m: Measurer, req: FitRequest): FitResult {
  const words = splitWords(req.text);
  const step = req.step ?? 2;
  const sizes: number[] = [];
  for (let s = req.style.size; s > req.minSize; s -= step) sizes.push(s);
  sizes.push(req.minSize);
  for (const size of sizes) {
    const style = { ...req.style, size };
    const widths = words.map((w) => m.wordWidth(w, style));
    if (Math.max(0, ...widths) > req.maxWidth) continue;
    const lines = wrapBalanced(words, widths, m.spaceWidth(style), req.maxWidth);
    if (lines.length <= req.maxLines) return { lines, size, truncated: false };
  }
  const style = { ...req.style, size: req.minSize };
  const cut = truncateLines(m, words, style, req.maxWidth, req.maxLines);
  return { lines: cut.lines, size: req.minSize, truncated: cut.ellipsis };
}

/** Fills lines greedily (breaking over-long words by character) and ends the last kept line with "…". */
function truncateLines(m: Measurer, words: string[], style: TextStyle, maxWidth: number, maxLines: number): { lines: string[]; ellipsis: boolean } {
  const pieces = words.flatMap((w) => breakWord(m, w, style, maxWidth));
  const widths = pieces.map((w) => m.wordWidth(w, style));
  const lines = greedyRows(widths, m.spaceWidth(style), maxWidth).map((idx) => idx.map((i) => pieces[i]).join(' '));
  const kept = lines.slice(0, maxLines);
  let last = kept[kept.length - 1] ?? '';
  if (lines.length > maxLines || kept.length === 0) {
    while (last.length > 0 && m.lineWidth(last + ELLIPSIS, style) > maxWidth) last = [...last].slice(0, -1).join('').trimEnd();
    kept[kept.length - 1 < 0 ? 0 : kept.length - 1] = last + ELLIPSIS;
    return { lines: kept, ellipsis: true };
  }
  return { lines: kept, ellipsis: false };
}

/**
 * Splits one word into chunks that each fit `maxWidth` (URLs and other unbreakable tokens).
 * Sums single-character advances, which ignores kerning: cheap and slightly conservative.
 */
function breakWord(m: Measurer, word: string, style: TextStyle, maxWidth: number): string[] {
  if (m.wordWidth(word, style) <= maxWidth) return [word];
  const chunks: string[] = [];
  let chunk = '';
  let used = 0;
  for (const ch of word) {
    const w = m.wordWidth(ch, style);
    if (chunk && used + w > maxWidth) {
      chunks.push(chunk);
      chunk = '';
      used = 0;
    }
    chunk += ch;
    used += w;
  }
  if (chunk) chunks.push(chunk);
  return chunks;
}
