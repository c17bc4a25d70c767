import { pathRound } from 'd3-path';
import { boxCenter, inflate, pointInBox, type Box, type Point } from './box.js';
import type { LayoutEdge, NodeShape } from './types.js';

export interface Shape {
  shape: NodeShape;
  box: Box;
}

export interface ArrowStyle {
  length: number;
  width: number;
  /** gap between the arrow's tip and the target border */
  setback: number;
}

const sub = (a: Point, b: Point): Point => ({ x: a.x - b.x, y: a.y - b.y });
const len = (v: Point) => Math.hypot(v.x, v.y);
const along = (p: Point, dir: Point, d: number): Point => ({ x: p.x + dir.x * d, y: p.y + dir.y * d });
const unit = (v: Point): Point => {
  const l = len(v) || 1;
  return { x: v.x / l, y: v.y / l };
};

/** True when `p` lies inside the shape (circle exact; rect and pill by their box). */
export function insideShape(s: Shape, p: Point, pad = 0): boolean {
  if (s.shape === 'circle') {
    const c = boxCenter(s.box);
    return Math.hypot(p.x - c.x, p.y - c.y) < s.box.width / 2 + pad;
  }
  return pointInBox(p, inflate(s.box, pad));
}

/** Distance from `p` to the shape's border (0 on it, positive outside, negative inside). */
export function distanceToBorder(s: Shape, p: Point): number {
  const c = boxCenter(s.box);
  if (s.shape === 'circle') return Math.hypot(p.x - c.x, p.y - c.y) - s.box.width / 2;
  const dx = Math.abs(p.x - c.x) - s.box.width / 2;
  const dy = Math.abs(p.y - c.y) - s.box.height / 2;
  return dx > 0 || dy > 0 ? Math.hypot(Math.max(dx, 0), Math.max(dy, 0)) : Math.max(dx, dy);
}

function arrowHead(tip: Point, dir: Point, a: ArrowStyle): [Point, Point, Point] {
  const base = along(tip, dir, -a.length);
  const n = { x: -dir.y, y: dir.x };
  return [tip, along(base, n, a.width / 2), along(base, n, -a.width / 2)];
}

const quad = (p0: Point, p1: Point, p2: Point, t: number): Point => ({
  x: (1 - t) ** 2 * p0.x + 2 * (1 - t) * t * p1.x + t ** 2 * p2.x,
  y: (1 - t) ** 2 * p0.y + 2 * (1 - t) * t * p1.y + t ** 2 * p2.y,
});

/** Control point of the sub-curve [t0, t1] of a quadratic Bézier (its blossom at t0, t1). */
function subControl(p0: Point, p1: Point, p2: Point, t0: number, t1: number): Point {
  const w0 = (1 - t0) * (1 - t1);
  const w1 = (1 - t0) * t1 + t0 * (1 - t1);
  const w2 = t0 * t1;
  return { x: w0 * p0.x + w1 * p1.x + w2 * p2.x, y: w0 * p0.y + w1 * p1.y + w2 * p2.y };
}

/** First parameter in [lo, hi] where `pred` turns true, by bisection (pred false at lo). */
function bisect(lo: number, hi: number, pred: (t: number) => boolean): number {
  for (let i = 0; i < 30; i++) {
    const mid = (lo + hi) / 2;
    if (pred(mid)) hi = mid;
    else lo = mid;
  }
  return hi;
}

/**
 * A quadratic curve from `from` to `to` whose control point sits `bend` × distance off the
 * centre line (0 = straight). It starts on the source border and its arrow tip stops
 * `setback` short of the target border.
 */
export function curveBetween(id: string, from: Shape & { id: string }, to: Shape & { id: string }, bend: number, a: ArrowStyle): LayoutEdge {
  const p0 = boxCenter(from.box);
  const p2 = boxCenter(to.box);
  const mid = { x: (p0.x + p2.x) / 2, y: (p0.y + p2.y) / 2 };
  const d = sub(p2, p0);
  const p1 = along(mid, unit({ x: -d.y, y: d.x }), bend * len(d));
  const at = (t: number) => quad(p0, p1, p2, t);
  const tStart = bisect(0, 1, (t) => !insideShape(from, at(t)));
  const tTip = bisect(tStart, 1, (t) => distanceToBorder(to, at(t)) <= a.setback) ;
  const tip = at(tTip);
  const tBase = bisect(tStart, tTip, (t) => Math.hypot(at(t).x - tip.x, at(t).y - tip.y) <= a.length);
  const start = at(tStart);
  const base = at(tBase);
  const path = pathRound(2);
  path.moveTo(start.x, start.y);
  if (bend === 0) path.lineTo(base.x, base.y);
  else {
    const c = subControl(p0, p1, p2, tStart, tBase);
    path.quadraticCurveTo(c.x, c.y, base.x, base.y);
  }
  const samples: Point[] = [];
  for (let i = 0; i <= 32; i++) samples.push(at(tStart + ((tTip - tStart) * i) / 32));
  return { id, from: from.id, to: to.id, path: path.toString(), samples, head: arrowHead(tip, unit(sub(tip, base)), a) };
}

/** Segments of two polylines cross (proper intersection). */
export function polylinesCross(a: Point[], b: Point[]): boolean {
  const cross = (o: Point, p: Point, q: Point) => (p.x - o.x) * (q.y - o.y) - (p.y - o.y) * (q.x - o.x);
  for (let i = 1; i < a.length; i++)
    for (let j = 1; j < b.length; j++) {
      const p = a[i - 1]!, q = a[i]!, r = b[j - 1]!, s = b[j]!;
      const d1 = cross(r, s, p), d2 = cross(r, s, q), d3 = cross(p, q, r), d4 = cross(p, q, s);
      if (d1 * d2 < 0 && d3 * d4 < 0) return true;
    }
  return false;
}

/**
 * The segment a–b passes through the interior of `b` (Liang–Barsky clipping). Written out edge by
 * edge, with no array per call: the strategy map's search calls this millions of times.
 */
export function segmentHitsBox(p: Point, q: Point, b: Box): boolean {
  const dx = q.x - p.x;
  const dy = q.y - p.y;
  let t0 = 0;
  let t1 = 1;
  // each edge of the box: den·t ≤ num keeps the part of the segment on the box's side
  const clip = (den: number, num: number): boolean => {
    if (den === 0) return num > 0;
    const t = num / den;
    if (den < 0) t0 = Math.max(t0, t);
    else t1 = Math.min(t1, t);
    return t0 < t1;
  };
  return clip(-dx, p.x - b.x) && clip(dx, b.x + b.width - p.x) && clip(-dy, p.y - b.y) && clip(dy, b.y + b.height - p.y);
}

/** Bounding boxes of polylines the searches test again and again (an edge's samples), by array. */
const polylineBoxes = new WeakMap<readonly Point[], Box>();

/** Some segment of the polyline passes through the box's interior. */
export function polylineHitsBox(points: readonly Point[], b: Box): boolean {
  const bb = pointsBox(points);
  // a polyline wholly beside the box cannot enter it
  if (bb.x + bb.width < b.x || bb.x > b.x + b.width || bb.y + bb.height < b.y || bb.y > b.y + b.height) return false;
  for (let i = 1; i < points.length; i++) if (segmentHitsBox(points[i - 1]!, points[i]!, b)) return true;
  return false;
}

/** Bounding box of some points (an arrowhead, a polyline). */
export function pointsBox(points: readonly Point[]): Box {
  const hit = polylineBoxes.get(points);
  if (hit) return hit;
  let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
  for (const p of points) {
    if (p.x < x0) x0 = p.x;
    if (p.x > x1) x1 = p.x;
    if (p.y < y0) y0 = p.y;
    if (p.y > y1) y1 = p.y;
  }
  const box = { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
  polylineBoxes.set(points, box);
  return box;
}
