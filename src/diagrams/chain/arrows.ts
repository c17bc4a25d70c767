import { curveBetween, type ArrowStyle } from '../../layout/route.js';
import type { LayoutEdge, LayoutNode } from '../../layout/types.js';
import type { DiagramContext } from '../types.js';

export function chainArrow(ctx: DiagramContext): ArrowStyle {
  const { arrow } = ctx.theme;
  const u = ctx.metrics.unit;
  return { length: arrow.length * u, width: arrow.width * u, setback: arrow.setback * u };
}

/**
 * A straight arrow from each step to the next: across the gutter within a row, down the row
 * gap where the snake turns (the two cards then share a column, so the arrow is vertical).
 */
export function chainEdges(nodes: LayoutNode[], ctx: DiagramContext): LayoutEdge[] {
  const a = chainArrow(ctx);
  return nodes.slice(1).map((to, i) => curveBetween(`edge-${nodes[i]!.id}-${to.id}`, nodes[i]!, to, 0, a));
}
