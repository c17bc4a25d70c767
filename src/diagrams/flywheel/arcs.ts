import type { Point } from '../../layout/box.js';
import { bisectAngle, ringArcLength, ringArcPath, ringPoint, sampleRing, type Ring } from '../../layout/polar.js';
import { distanceToBorder, insideShape, type ArrowStyle } from '../../layout/route.js';
import type { LayoutEdge, LayoutNode } from '../../layout/types.js';

export interface RingEdge {
  edge: LayoutEdge;
  /** length of the drawn arc from the source border to the arrow's tip */
  visible: number;
}

const unit = (v: Point): Point => {
  const l = Math.hypot(v.x, v.y) || 1;
  return { x: v.x / l, y: v.y / l };
};

/**
 * The arc of `ring` from `from` (at angle t0) to `to` (at t1 > t0, clockwise), trimmed to
 * start on the source's border and to stop its arrow tip `setback` short of the target.
 * The stroke ends at the arrowhead's base; the head points along the ring's chord there,
 * which follows the tangent. Null when the two shapes leave no ring between them.
 */
export function ringEdge(ring: Ring, from: LayoutNode, to: LayoutNode, t0: number, t1: number, a: ArrowStyle): RingEdge | null {
  const at = (t: number) => ringPoint(ring, t);
  const mid = (t0 + t1) / 2;
  if (insideShape(from, at(mid)) || insideShape(to, at(mid))) return null;
  const tStart = bisectAngle(t0, mid, (t) => !insideShape(from, at(t)));
  if (distanceToBorder(to, at(tStart)) <= a.setback) return null;
  const tTip = bisectAngle(tStart, t1, (t) => distanceToBorder(to, at(t)) <= a.setback);
  const tip = at(tTip);
  if (Math.hypot(tip.x - at(tStart).x, tip.y - at(tStart).y) <= a.length) return null;
  const tBase = bisectAngle(tStart, tTip, (t) => Math.hypot(at(t).x - tip.x, at(t).y - tip.y) <= a.length);
  const base = at(tBase);
  const dir = unit({ x: tip.x - base.x, y: tip.y - base.y });
  const n = { x: -dir.y, y: dir.x };
  const back = { x: tip.x - dir.x * a.length, y: tip.y - dir.y * a.length };
  const head: [Point, Point, Point] = [tip, { x: back.x + (n.x * a.width) / 2, y: back.y + (n.y * a.width) / 2 }, { x: back.x - (n.x * a.width) / 2, y: back.y - (n.y * a.width) / 2 }];
  const visible = ringArcLength(ring, tStart, tTip);
  const count = Math.max(8, Math.min(64, Math.ceil(visible / 6)));
  return {
    visible,
    edge: { id: `edge-${from.id}-${to.id}`, from: from.id, to: to.id, path: ringArcPath(ring, tStart, tBase), samples: sampleRing(ring, tStart, tTip, count), head },
  };
}
