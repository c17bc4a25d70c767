import { hardParts, segmentWords, wordPieces, type Word } from './breaks.js';
import type { Measurer, TextStyle } from './measure.js';

const ELLIPSIS = '\u2026';
const HYPHEN = '-';

/**
 * Greedy filling: indices of the items on each row, each row no wider than `width` (items
 * `space` apart); an item wider than `width` sits alone on its row. Cards into rows.
 */
export function greedyRows(widths: number[], space: number, width: number): number[][] {
  return fillRows(widths.map((w, i) => ({ text: '', width: w, space: i > 0, hyphen: false })), space, 0, width);
}

/** What line filling places: a whole word or a piece of a split one, with its join to the previous item. */
interface Item {
  text: string;
  width: number;
  /** white space before it (else it touches the previous item: CJK, or a piece of a word) */
  space: boolean;
  /** a line ending after it shows an added hyphen */
  hyphen: boolean;
}

/** Greedy filling of items; a line that ends after a hyphen piece has room for the hyphen. */
function fillRows(items: Item[], space: number, hyphen: number, width: number): number[][] {
  const lines: number[][] = [];
  let line: number[] = [];
  let used = 0;
  items.forEach((it, i) => {
    const gap = line.length > 0 && it.space ? space : 0;
    const end = it.hyphen ? hyphen : 0;
    if (line.length > 0 && used + gap + it.width + end > width + 1e-6) {
      lines.push(line);
      line = [];
      used = 0;
    }
    used += (line.length > 0 && it.space ? space : 0) + it.width;
    line.push(i);
  });
  if (line.length > 0) lines.push(line);
  return lines;
}

function lineText(items: Item[], idx: number[]): string {
  const text = idx.map((i, k) => (k > 0 && items[i]!.space ? ' ' : '') + items[i]!.text).join('');
  return items[idx[idx.length - 1]!]!.hyphen ? text + HYPHEN : text;
}

/**
 * Balanced wrapping (CSS `text-wrap: balance`): find the greedy line count at `maxWidth`,
 * then binary-search the narrowest width that keeps that count, so lines come out even.
 */
function balancedRows(items: Item[], space: number, hyphen: number, maxWidth: number): number[][] {
  const target = fillRows(items, space, hyphen, maxWidth).length;
  let lo = Math.max(...items.map((it) => it.width));
  let hi = Math.max(lo, maxWidth);
  for (let i = 0; i < 24 && hi - lo > 0.5; i++) {
    const mid = (lo + hi) / 2;
    if (fillRows(items, space, hyphen, mid).length <= target) hi = mid;
    else lo = mid;
  }
  return fillRows(items, space, hyphen, hi);
}

/** Balanced wrapping of whole words (kept for callers that wrap plain word lists). */
export function wrapBalanced(words: string[], widths: number[], space: number, maxWidth: number): string[] {
  if (words.length === 0) return [];
  const items = words.map((w, i) => ({ text: w, width: widths[i]!, space: i > 0, hyphen: false }));
  return balancedRows(items, space, 0, maxWidth).map((idx) => lineText(items, idx));
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
  /** BCP 47 language of the text: selects the hyphenation patterns (default en) */
  lang?: string;
  /**
   * The smallest size the caller would ever set this text at (default minSize). A word is split
   * (at a hyphenation point, with a hyphen) only when it is wider than the line even at this size;
   * a word that would fit whole at a smaller size makes the text shrink, or count as cut.
   */
  floor?: number;
}

export interface FitResult {
  lines: string[];
  size: number;
  /** true when the text did not fit even at minSize and was cut with an ellipsis */
  truncated: boolean;
}

/** Words as items at one size: a word too wide even at the floor is split into its pieces. */
class ItemMaker {
  private readonly words: Word[];
  constructor(
    private readonly m: Measurer,
    req: FitRequest,
    private readonly lang: string,
  ) {
    this.words = segmentWords(req.text);
  }

  get empty(): boolean {
    return this.words.length === 0;
  }

  /**
   * Items at `style`, or the first item wider than the line (`tooWide`: shrinking or cutting
   * is needed). A word that fits at `floor` is never split.
   */
  items(style: TextStyle, maxWidth: number, floor: number): { items: Item[]; tooWide: number } {
    const items: Item[] = [];
    let tooWide = -1;
    for (const w of this.words) {
      const width = this.m.wordWidth(w.text, style);
      // a compound too wide for the line breaks at its own hyphens (no hyphen added) before the type shrinks
      const parts = width > maxWidth + 1e-6 ? hardParts(w)?.map((p) => ({ ...p, width: this.m.wordWidth(p.text, style) })) : undefined;
      if (parts && parts.every((p) => p.width <= maxWidth + 1e-6)) {
        parts.forEach((p, k) => items.push({ ...p, space: k === 0 && w.space }));
        continue;
      }
      if (width <= maxWidth + 1e-6 || (width * floor) / style.size <= maxWidth + 1e-6) {
        if (width > maxWidth + 1e-6 && tooWide < 0) tooWide = items.length;
        items.push({ text: w.text, width, space: w.space, hyphen: false });
        continue;
      }
      // a part of the word between its own break points (a hard hyphen, a slash) that fits at the floor is not hyphenated
      const fitsAtFloor = (part: string) => (this.m.wordWidth(part, style) * floor) / style.size <= maxWidth + 1e-6;
      wordPieces(w, this.lang, fitsAtFloor).forEach((p, k) => {
        const pw = this.m.wordWidth(p.text, style);
        if (pw + (p.hyphen ? this.m.wordWidth(HYPHEN, style) : 0) > maxWidth + 1e-6 && tooWide < 0) tooWide = items.length;
        items.push({ text: p.text, width: pw, space: k === 0 && w.space, hyphen: p.hyphen });
      });
    }
    return { items, tooWide };
  }
}

/** Lines of the items at `width`, balanced or greedy; narrowed if kerning across pieces makes a line overflow. */
function linesOf(m: Measurer, items: Item[], style: TextStyle, maxWidth: number, balance: boolean): string[] {
  const space = m.spaceWidth(style);
  const hyphen = m.wordWidth(HYPHEN, style);
  let width = maxWidth;
  let lines: string[] = [];
  for (let attempt = 0; attempt < 3; attempt++) {
    const rows = balance ? balancedRows(items, space, hyphen, width) : fillRows(items, space, hyphen, width);
    lines = rows.map((idx) => lineText(items, idx));
    const over = Math.max(0, ...lines.map((l) => m.lineWidth(l, style) - maxWidth));
    if (over <= 0.01) break;
    width -= over + 0.05;
  }
  return lines;
}

/**
 * Tries sizes from the preferred one down to the minimum, breaking lines at the opportunities of
 * UAX #14; a word too long for the line even at the floor is split at a hyphenation point (with a
 * hyphen) or, in an address, after / : . — never elsewhere. At the minimum, cuts with an ellipsis.
 */
export function fitText(m: Measurer, req: FitRequest): FitResult {
  const maker = new ItemMaker(m, req, req.lang ?? 'en');
  if (maker.empty) return { lines: [], size: req.style.size, truncated: false };
  const floor = Math.min(req.floor ?? req.minSize, req.minSize);
  const step = req.step ?? 2;
  const sizes: number[] = [];
  for (let s = req.style.size; s > req.minSize; s -= step) sizes.push(s);
  sizes.push(req.minSize);
  for (const size of sizes) {
    const style = { ...req.style, size };
    const { items, tooWide } = maker.items(style, req.maxWidth, floor);
    if (tooWide >= 0) continue;
    const lines = linesOf(m, items, style, req.maxWidth, true);
    if (lines.length <= req.maxLines) return { lines, size, truncated: false };
  }
  const style = { ...req.style, size: req.minSize };
  const { items, tooWide } = maker.items(style, req.maxWidth, floor);
  return { ...cutLines(m, tooWide >= 0 ? items.slice(0, tooWide + 1) : items, tooWide >= 0, style, req.maxWidth, req.maxLines), size: req.minSize };
}

/** Whether the text fits `maxLines` lines at this style without a cut (greedy filling gives the fewest lines). */
export function fitsAt(m: Measurer, text: string, style: TextStyle, maxWidth: number, maxLines: number, lang = 'en', floor = style.size): boolean {
  const { items, tooWide } = new ItemMaker(m, { text, style, maxWidth, maxLines, minSize: style.size }, lang).items(style, maxWidth, Math.min(floor, style.size));
  if (tooWide >= 0) return false;
  return items.length === 0 || linesOf(m, items, style, maxWidth, false).length <= maxLines;
}

/**
 * Fills lines greedily and ends the last kept line with "…". With `overlong`, the last item is
 * wider than the line: the text is cut inside it.
 */
function cutLines(m: Measurer, items: Item[], overlong: boolean, style: TextStyle, maxWidth: number, maxLines: number): { lines: string[]; truncated: boolean } {
  const lines = items.length > (overlong ? 1 : 0) ? linesOf(m, overlong ? items.slice(0, -1) : items, style, maxWidth, false) : [];
  if (overlong) {
    const last = items[items.length - 1]!;
    const before = items[items.length - 2];
    const prevLine = lines[lines.length - 1];
    const prev = prevLine !== undefined && before?.hyphen ? prevLine.slice(0, -HYPHEN.length) : prevLine;
    const glue = last.space ? ' ' : '';
    // the over-long item goes after the last line when some of it fits there, else on a line of its own
    if (prev !== undefined && m.lineWidth(prev + glue + [...last.text][0] + ELLIPSIS, style) <= maxWidth) lines[lines.length - 1] = prev + glue + last.text;
    else lines.push(last.text);
  }
  const kept = lines.slice(0, maxLines);
  if (kept.length === 0) kept.push('');
  if (!overlong && lines.length <= maxLines) return { lines: kept, truncated: false };
  let tail = kept[kept.length - 1]!.replace(/-$/u, '');
  while (tail.length > 0 && m.lineWidth(tail + ELLIPSIS, style) > maxWidth) tail = [...tail].slice(0, -1).join('').trimEnd();
  kept[kept.length - 1] = tail + ELLIPSIS;
  return { lines: kept, truncated: true };
}
