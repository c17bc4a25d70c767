import { pathRound } from 'd3-path';
import { boxCenter, type Box, type Point } from './box.js';
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
  return insideShapeAt(s, p.x, p.y, pad);
}

/** insideShape for a point given by its coordinates (no object: the curve searches call it ~90 times a curve). */
export function insideShapeAt(s: Shape, x: number, y: number, pad = 0): boolean {
  const b = s.box;
  if (s.shape === 'circle') return Math.hypot(x - (b.x + b.width / 2), y - (b.y + b.height / 2)) < b.width / 2 + pad;
  // pointInBox(p, inflate(b, pad)), written out
  const bx = b.x - pad;
  const by = b.y - pad;
  return x > bx && x < bx + (b.width + 2 * pad) && y > by && y < by + (b.height + 2 * pad);
}

/** Distance from `p` to the shape's border (0 on it, positive outside, negative inside). */
export function distanceToBorder(s: Shape, p: Point): number {
  return distanceToBorderAt(s, p.x, p.y);
}

/** distanceToBorder for a point given by its coordinates. */
export function distanceToBorderAt(s: Shape, x: number, y: number): number {
  const b = s.box;
  const cx = b.x + b.width / 2;
  const cy = b.y + b.height / 2;
  if (s.shape === 'circle') return Math.hypot(x - cx, y - cy) - b.width / 2;
  const dx = Math.abs(x - cx) - b.width / 2;
  const dy = Math.abs(y - cy) - b.height / 2;
  return dx > 0 || dy > 0 ? Math.hypot(Math.max(dx, 0), Math.max(dy, 0)) : Math.max(dx, dy);
}

function arrowHead(tip: Point, dir: Point, a: ArrowStyle): [Point, Point, Point] {
  const base = along(tip, dir, -a.length);
  const n = { x: -dir.y, y: dir.x };
  return [tip, along(base, n, a.width / 2), along(base, n, -a.width / 2)];
}

/** One coordinate of a quadratic Bézier at t. */
const quadAt = (a: number, b: number, c: number, t: number): number => (1 - t) ** 2 * a + 2 * (1 - t) * t * b + t ** 2 * c;

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

/** A routed curve before its SVG path is written: a router tries many bends and draws one. */
export interface Curve {
  id: string;
  from: string;
  to: string;
  samples: Point[];
  head: [Point, Point, Point];
  /** bounding box of `samples` */
  box: Box;
  /** the path's d attribute (written on demand: most curves tried are never drawn) */
  path(): string;
}

/**
 * A quadratic curve from `from` to `to` whose control point sits `bend` × distance off the
 * centre line (0 = straight). It starts on the source border and its arrow tip stops
 * `setback` short of the target border.
 */
export function curveBetween(id: string, from: Shape & { id: string }, to: Shape & { id: string }, bend: number, a: ArrowStyle): LayoutEdge {
  return drawn(curveGeometry(id, from, to, bend, a));
}

/** The edge of a curve, path written (the key order of layout.json's edges). */
export function drawn(c: Curve): LayoutEdge {
  return { id: c.id, from: c.from, to: c.to, path: c.path(), samples: c.samples, head: c.head };
}

/** curveBetween's geometry, its path not yet written. */
export function curveGeometry(id: string, from: Shape & { id: string }, to: Shape & { id: string }, bend: number, a: ArrowStyle): Curve {
  const p0 = boxCenter(from.box);
  const p2 = boxCenter(to.box);
  const mid = { x: (p0.x + p2.x) / 2, y: (p0.y + p2.y) / 2 };
  const d = sub(p2, p0);
  const p1 = along(mid, unit({ x: -d.y, y: d.x }), bend * len(d));
  // the curve's coordinates at t, without a point per call (the bisections evaluate ~90 of them)
  const qx = (t: number) => quadAt(p0.x, p1.x, p2.x, t);
  const qy = (t: number) => quadAt(p0.y, p1.y, p2.y, t);
  const at = (t: number): Point => ({ x: qx(t), y: qy(t) });
  const tStart = bisect(0, 1, (t) => !insideShapeAt(from, qx(t), qy(t)));
  const tTip = bisect(tStart, 1, (t) => distanceToBorderAt(to, qx(t), qy(t)) <= a.setback);
  const tip = at(tTip);
  const tBase = bisect(tStart, tTip, (t) => Math.hypot(qx(t) - tip.x, qy(t) - tip.y) <= a.length);
  const base = at(tBase);
  const samples: Point[] = [];
  for (let i = 0; i <= 32; i++) samples.push(at(tStart + ((tTip - tStart) * i) / 32));
  const path = () => {
    const start = at(tStart);
    const out = pathRound(2);
    out.moveTo(start.x, start.y);
    if (bend === 0) out.lineTo(base.x, base.y);
    else {
      const c = subControl(p0, p1, p2, tStart, tBase);
      out.quadraticCurveTo(c.x, c.y, base.x, base.y);
    }
    return out.toString();
  };
  return { id, from: from.id, to: to.id, samples, head: arrowHead(tip, unit(sub(tip, base)), a), box: boundsOf(samples), path };
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
export function polylineHitsBox(points: readonly Point[], b: Box, bb: Box = pointsBox(points)): boolean {
  // a polyline wholly beside the box cannot enter it
  if (bb.x + bb.width < b.x || bb.x > b.x + b.width || bb.y + bb.height < b.y || bb.y > b.y + b.height) return false;
  for (let i = 1; i < points.length; i++) if (segmentHitsBox(points[i - 1]!, points[i]!, b)) return true;
  return false;
}

/** Bounding box of some points (an arrowhead, a polyline). */
export function pointsBox(points: readonly Point[]): Box {
  const hit = polylineBoxes.get(points);
  if (hit) return hit;
  const box = boundsOf(points);
  polylineBoxes.set(points, box);
  return box;
}

/** Bounding box of some points, not remembered (a curve the router tries once). */
function boundsOf(points: readonly Point[]): Box {
  let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
  for (const p of points) {
    if (p.x < x0) x0 = p.x;
    if (p.x > x1) x1 = p.x;
    if (p.y < y0) y0 = p.y;
    if (p.y > y1) y1 = p.y;
  }
  return { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
}
