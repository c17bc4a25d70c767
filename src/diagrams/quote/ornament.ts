import { pathRound } from 'd3-path';
import type { Box } from '../../layout/box.js';

/** Width of the drawn mark per unit of height (two "6" shapes side by side). */
const ASPECT = 1.78;

/** Height of the mark for a quote set at `quoteSize`. */
export const markHeight = (quoteSize: number): number => quoteSize * 1.4;

/** Width the mark reserves left of the quote, gutter included. */
export const markColumn = (quoteSize: number): number => markHeight(quoteSize) * ASPECT + quoteSize * 0.55;

/**
 * The large opening quotation mark that hangs left of the quote, drawn as a path (two
 * "66" shapes: a ball with a tail rising to the right). Inter's own “ is a pair of straight
 * wedges that reads as "II" at this size. It is a graphic, so not one of layout.json's texts.
 */
export function quoteMarkPath(box: Box): string {
  const h = box.height;
  const p = pathRound(2);
  for (const dx of [0, 0.98]) {
    const X = (u: number) => box.x + (u + dx) * h;
    const Y = (v: number) => box.y + v * h;
    p.moveTo(X(0.22), Y(0.72));
    p.bezierCurveTo(X(0.22), Y(0.36), X(0.42), Y(0.1), X(0.78), Y(0));
    p.lineTo(X(0.8), Y(0.13));
    p.bezierCurveTo(X(0.62), Y(0.2), X(0.52), Y(0.3), X(0.5), Y(0.44));
    p.arc(X(0.5), Y(0.72), 0.28 * h, -Math.PI / 2, Math.PI, false);
    p.closePath();
  }
  return p.toString();
}

/** Where the mark sits: left of the quote's first line, its top on the line's ink top. */
export function markBox(left: number, inkTop: number, quoteSize: number): Box {
  const h = markHeight(quoteSize);
  return { x: left, y: inkTop, width: h * ASPECT, height: h };
}
