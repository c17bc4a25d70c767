import type { Box } from '../../layout/box.js';

export interface Grid {
  cols: number;
  rows: number;
  cardW: number;
  /** height of each row's cards (a row is as tall as its longest step) */
  rowHeights: number[];
  /** horizontal space between cards in a row (holds the arrow) */
  gutter: number;
  /** vertical space between rows (holds the turn arrow) */
  rowGap: number;
}

/** Row and column of step k in a snake: even rows run left to right, odd rows right to left. */
export function snakeCell(k: number, cols: number): { row: number; col: number } {
  const row = Math.floor(k / cols);
  const j = k % cols;
  return { row, col: row % 2 === 0 ? j : cols - 1 - j };
}

/**
 * Card boxes of n steps in a snake, the whole block centred in `area`. Consecutive steps are
 * side by side in a row, or one above the other where the snake turns, so every arrow is short
 * and straight and never crosses a card.
 */
export function snakeBoxes(n: number, g: Grid, area: Box): Box[] {
  const blockW = g.cols * g.cardW + (g.cols - 1) * g.gutter;
  const blockH = g.rowHeights.reduce((a, b) => a + b, 0) + (g.rows - 1) * g.rowGap;
  const x0 = area.x + (area.width - blockW) / 2;
  const tops: number[] = [];
  let y = area.y + (area.height - blockH) / 2;
  for (const h of g.rowHeights) {
    tops.push(y);
    y += h + g.rowGap;
  }
  return Array.from({ length: n }, (_, k) => {
    const { row, col } = snakeCell(k, g.cols);
    return { x: x0 + col * (g.cardW + g.gutter), y: tops[row]!, width: g.cardW, height: g.rowHeights[row]! };
  });
}

/** Column counts to try, the best-reading first for the shape of the area. */
export function columnChoices(n: number, area: Box): number[] {
  const ratio = area.width / Math.max(1, area.height);
  const byRows = (rows: number) => Math.ceil(n / rows);
  let order: number[];
  if (ratio >= 1.6) order = [...(n <= 5 ? [n] : []), byRows(2), byRows(3), byRows(4), n, byRows(5), byRows(6)];
  else if (ratio <= 1.05) order = [1, 2, byRows(Math.ceil(n / 2)), 3];
  else {
    // squarish: a little wider than tall, as the area is
    const rows = Math.max(1, Math.round(Math.sqrt(n * 0.7)));
    order = [byRows(rows), byRows(rows + 1), byRows(Math.max(1, rows - 1)), 2, 1];
  }
  // then every other count, fewest rows first, as fallbacks
  const rest = Array.from({ length: Math.min(n, 6) }, (_, i) => Math.min(n, 6) - i);
  return [...new Set([...order, ...rest].filter((c) => c >= 1 && c <= Math.min(n, 6)))];
}
