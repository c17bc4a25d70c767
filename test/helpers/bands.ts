import type { Box } from '../../src/layout/box.js';
import type { DiagramLayout } from '../../src/layout/types.js';

/**
 * Empty canvas above and below a diagram's drawing, as shares of the canvas height: from the
 * frame title's bottom to the highest of `boxes`, and from the lowest of them to the top of `floor`
 * (what sits under the drawing: the wordmark, a thesis pill). Boxes default to the layout's nodes.
 */
export function bareBands(layout: DiagramLayout, floor: Box, boxes: Box[] = layout.nodes.map((n) => n.box)): { above: number; below: number } {
  const title = layout.texts.find((t) => t.role === 'title')!;
  const top = Math.min(...boxes.map((b) => b.y));
  const bottom = Math.max(...boxes.map((b) => b.y + b.height));
  return { above: (top - (title.box.y + title.box.height)) / layout.height, below: (floor.y - bottom) / layout.height };
}

/** The wordmark's box: what sits under most card diagrams. */
export const brandBox = (layout: DiagramLayout): Box => layout.texts.find((t) => t.role === 'brand')!.box;
