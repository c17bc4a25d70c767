import { shownWhole } from '../../text/whole.js';
import type { Align, PlacedText } from '../../text/place.js';
import type { TextStyle } from '../../text/measure.js';
import type { TextEngine } from '../../text/engine.js';

export interface BoxFit {
  role: string;
  text: string;
  field: string;
  style: TextStyle;
  lineHeightRatio: number;
  maxWidth: number;
  /** the line boxes must fit this height */
  maxHeight: number;
  /** at most this many lines, whatever the height allows */
  maxLines?: number;
  align?: Align;
}

/** How many lines of `size` fit `height`. */
export const linesIn = (height: number, size: number, ratio: number): number => Math.floor((height + 1e-6) / (size * ratio));

/**
 * The text at exactly `style.size`, wrapped into as many lines as `maxHeight` allows; null
 * when it needs more (callers step the size down themselves so sibling cards share a size).
 */
export function fitAtSize(engine: TextEngine, f: BoxFit): PlacedText | null {
  const lines = Math.min(f.maxLines ?? Infinity, linesIn(f.maxHeight, f.style.size, f.lineHeightRatio));
  if (lines < 1 || f.maxWidth <= 0) return null;
  const t = engine.block({ role: f.role, text: f.text, field: f.field, style: f.style, lineHeightRatio: f.lineHeightRatio, maxWidth: f.maxWidth, maxLines: lines, minSize: f.style.size, align: f.align ?? 'start', x: 0, top: 0 });
  return whole(t) ? t : null;
}

/** Not cut and no word broken across lines: the text reads exactly as written. */
export const whole = shownWhole;

/**
 * The last resort at the minimum size: as many lines as fit, the rest cut with an ellipsis
 * (the block is marked `truncated`, which becomes a warning naming the field).
 */
export function fitWithCut(engine: TextEngine, f: BoxFit): PlacedText {
  const lines = Math.max(1, Math.min(f.maxLines ?? Infinity, linesIn(f.maxHeight, f.style.size, f.lineHeightRatio)));
  return engine.block({ role: f.role, text: f.text, field: f.field, style: f.style, lineHeightRatio: f.lineHeightRatio, maxWidth: Math.max(1, f.maxWidth), maxLines: lines, minSize: f.style.size, align: f.align ?? 'start', x: 0, top: 0 });
}

/** Largest size in `sizes` (descending) at which the text fits; with `cut`, the smallest size cut to fit. */
export function fitDescending(engine: TextEngine, f: BoxFit, sizes: number[], cut: boolean): PlacedText | null {
  for (const size of sizes) {
    const t = fitAtSize(engine, { ...f, style: { ...f.style, size } });
    if (t) return t;
  }
  return cut ? fitWithCut(engine, { ...f, style: { ...f.style, size: sizes[sizes.length - 1]! } }) : null;
}
