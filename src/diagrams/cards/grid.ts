/**
 * Card layout: small grid and flex-wrap helpers for the card diagrams (patterns, quote, moat,
 * bottlenecks, layers).
 *
 * Why not satori: satori (0.63) lays out flexbox well, but (1) it is async while a
 * DiagramType's `layout` is synchronous, (2) it measures and wraps text itself (greedy, no
 * balanced wrap, no shrink-then-ellipsis), so its boxes would diverge from the ink boxes our
 * TextEngine draws and layout.json must report, and (3) it costs ~0.4 s to import. Cards here
 * are a handful of rows and columns, so these helpers lay them out directly with TextEngine
 * measurements: every box in layout.json is the box that is drawn.
 */
import type { Box } from '../../layout/box.js';
import { greedyRows } from '../../text/wrap.js';

/** A grid of equal cells that fills `area`. */
export interface Grid {
  cols: number;
  rows: number;
  cellW: number;
  cellH: number;
  /** vertical gap between rows (tighter for long lists) */
  gapY: number;
}

/** Row gap: four rows or more read as a list and close up. */
export const rowGap = (gap: number, rows: number): number => (rows >= 4 ? gap * 0.6 : gap);

/** Every column count that gives a distinct grid for n items (no empty column), widest cells first. */
export function gridOptions(n: number, area: Box, gap: number): Grid[] {
  const out: Grid[] = [];
  for (let cols = 1; cols <= n; cols++) {
    const rows = Math.ceil(n / cols);
    if (cols > 1 && Math.ceil(n / (cols - 1)) === rows) continue;
    const cellW = (area.width - (cols - 1) * gap) / cols;
    const gapY = rowGap(gap, rows);
    const cellH = (area.height - (rows - 1) * gapY) / rows;
    if (cellW > 0 && cellH > 0) out.push({ cols, rows, cellW, cellH, gapY });
  }
  return out;
}

/**
 * Boxes of n cards of one size in `cols` columns, the block centred in `area`, a short last
 * row centred under the others (reading order: left to right, top to bottom).
 */
export function placeGrid(n: number, cols: number, cardW: number, cardH: number, gapX: number, gapY: number, area: Box): Box[] {
  const rows = Math.ceil(n / cols);
  const blockH = rows * cardH + (rows - 1) * gapY;
  const top = area.y + (area.height - blockH) / 2;
  const boxes: Box[] = [];
  for (let r = 0; r < rows; r++) {
    const inRow = Math.min(cols, n - r * cols);
    const rowW = inRow * cardW + (inRow - 1) * gapX;
    const left = area.x + (area.width - rowW) / 2;
    for (let c = 0; c < inRow; c++) boxes.push({ x: left + c * (cardW + gapX), y: top + r * (cardH + gapY), width: cardW, height: cardH });
  }
  return boxes;
}

/** Greedy flex-wrap: indices of the items on each row, each row no wider than `maxWidth`. */
export const flowRows = (widths: number[], gap: number, maxWidth: number): number[][] => greedyRows(widths, gap, maxWidth);

/** Largest type, as a multiple of a card diagram's usual first size, for cards that would fill less than half their area. */
export const FILL_GROW = 1.8;

/**
 * Sizes above `top` to try, largest first, when a card diagram's cards at `top` would fill less
 * than half the area (a tall or wide canvas, few cards): up to FILL_GROW × top, `step` apart.
 */
export function growSizes(top: number, step: number): number[] {
  return sizeSteps(top * FILL_GROW, top + step, step);
}

/** Sizes from `max` down to `min` in `step` decrements, `min` always last. */
export function sizeSteps(max: number, min: number, step: number): number[] {
  const out: number[] = [];
  for (let s = max; s > min + 1e-6; s -= step) out.push(Math.round(s * 100) / 100);
  out.push(min);
  return out;
}
