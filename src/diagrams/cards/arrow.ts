import { pathRound } from 'd3-path';
import type { Point } from '../../layout/box.js';
import type { LayoutEdge, LayoutNode } from '../../layout/types.js';
import type { DiagramContext } from '../types.js';

/**
 * A straight vertical arrow at `x` from the border of `from` to just short of the border of
 * `to` (the theme's setback), `to` lying above or below `from`; both boxes must span `x`.
 */
export function verticalArrow(id: string, from: LayoutNode, to: LayoutNode, x: number, ctx: DiagramContext): LayoutEdge {
  const u = ctx.metrics.unit;
  const { arrow } = ctx.theme;
  const length = arrow.length * u;
  const half = (arrow.width * u) / 2;
  const up = to.box.y + to.box.height <= from.box.y;
  const dir = up ? -1 : 1;
  const startY = up ? from.box.y : from.box.y + from.box.height;
  const border = up ? to.box.y + to.box.height : to.box.y;
  const tipY = border - dir * Math.min(arrow.setback, 6) * u;
  const baseY = tipY - dir * length;
  const path = pathRound(2);
  path.moveTo(x, startY);
  path.lineTo(x, baseY);
  const samples: Point[] = [];
  for (let i = 0; i <= 16; i++) samples.push({ x, y: startY + ((tipY - startY) * i) / 16 });
  return { id, from: from.id, to: to.id, path: path.toString(), samples, head: [{ x, y: tipY }, { x: x - half, y: baseY }, { x: x + half, y: baseY }] };
}
