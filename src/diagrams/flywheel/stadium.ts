import { round2, type Point } from '../../layout/box.js';
import { distanceToBorder, insideShape, type ArrowStyle } from '../../layout/route.js';
import type { LayoutEdge, LayoutNode } from '../../layout/types.js';
import type { RingEdge } from './arcs.js';

/**
 * A stadium: two parallel straights joined by half circles, the loop of a flywheel laid out on
 * a very wide or very tall canvas (its steps in two rows, or two columns, instead of a needle
 * of an ellipse). Positions on it are `s`, the distance walked clockwise from the start of the
 * first straight: on a wide stadium the top straight from left to right, on a tall one the
 * right straight from top to bottom.
 */
export interface Stadium {
  wide: boolean;
  cx: number;
  cy: number;
  /** half the length of each straight */
  half: number;
  /** radius of the two ends (half the distance between the straights) */
  r: number;
}

export const straightLength = (t: Stadium): number => 2 * t.half;
export const stadiumLength = (t: Stadium): number => 4 * t.half + 2 * Math.PI * t.r;
/** Where the second straight starts (after the first straight and the first end). */
export const secondStraight = (t: Stadium): number => 2 * t.half + Math.PI * t.r;

/** Local coordinates (a along the straights, b across) on the canvas: wide as is, tall turned a quarter clockwise. */
function toCanvas(t: Stadium, a: number, b: number): Point {
  return t.wide ? { x: t.cx + a, y: t.cy + b } : { x: t.cx - b, y: t.cy + a };
}

/** The point at distance s (any real: it wraps around the loop). */
export function stadiumPoint(t: Stadium, s: number): Point {
  const L = stadiumLength(t);
  const S = straightLength(t);
  const e = Math.PI * t.r;
  let d = ((s % L) + L) % L;
  if (d < S) return toCanvas(t, -t.half + d, -t.r);
  d -= S;
  if (d < e) {
    const th = -Math.PI / 2 + d / t.r;
    return toCanvas(t, t.half + t.r * Math.cos(th), t.r * Math.sin(th));
  }
  d -= e;
  if (d < S) return toCanvas(t, t.half - d, t.r);
  d -= S;
  const th = Math.PI / 2 + d / t.r;
  return toCanvas(t, -t.half + t.r * Math.cos(th), t.r * Math.sin(th));
}

/** Where the pieces of the loop (straight, end, straight, end) meet, as distances from s = 0. */
function joints(t: Stadium): number[] {
  const S = straightLength(t);
  const e = Math.PI * t.r;
  return [S, S + e, 2 * S + e, 2 * S + 2 * e];
}

/**
 * SVG path of the loop from s0 to s1 (s0 < s1, less than one lap): lines on the straights,
 * exact circular arcs (clockwise on screen) on the ends, each arc under half a circle.
 */
export function stadiumPath(t: Stadium, s0: number, s1: number): string {
  const L = stadiumLength(t);
  const at = (s: number) => {
    const p = stadiumPoint(t, s);
    return `${round2(p.x)},${round2(p.y)}`;
  };
  const cuts = [s0];
  for (let lap = Math.floor(s0 / L) * L; lap < s1; lap += L) for (const j of [0, ...joints(t)]) if (lap + j > s0 && lap + j < s1) cuts.push(lap + j);
  cuts.push(s1);
  cuts.sort((a, b) => a - b);
  const onEnd = (a: number, b: number) => {
    const mid = ((((a + b) / 2) % L) + L) % L;
    const [j1, j2, j3, j4] = joints(t) as [number, number, number, number];
    return (mid > j1 && mid < j2) || (mid > j3 && mid < j4);
  };
  let d = `M${at(s0)}`;
  for (let i = 1; i < cuts.length; i++) {
    const a = cuts[i - 1]!;
    const b = cuts[i]!;
    if (b - a < 1e-9) continue;
    if (!onEnd(a, b)) d += `L${at(b)}`;
    else {
      // half a circle exactly is ambiguous as one arc command: split it in the middle
      const m = (a + b) / 2;
      const r = round2(t.r);
      d += b - a > 0.9 * Math.PI * t.r ? `A${r},${r},0,0,1,${at(m)}A${r},${r},0,0,1,${at(b)}` : `A${r},${r},0,0,1,${at(b)}`;
    }
  }
  return d;
}

/** The first s in [lo, hi] where `pred` turns true (false at lo, true at hi), by bisection. */
function bisect(lo: number, hi: number, pred: (s: number) => boolean, steps = 32): number {
  for (let i = 0; i < steps; i++) {
    const mid = (lo + hi) / 2;
    if (pred(mid)) hi = mid;
    else lo = mid;
  }
  return hi;
}

const unit = (v: Point): Point => {
  const l = Math.hypot(v.x, v.y) || 1;
  return { x: v.x / l, y: v.y / l };
};

/**
 * The arrow along the loop from `from` (centred at s0) to `to` (centred at s1 > s0): it starts
 * on the source's border and its tip stops `setback` short of the target; the head points
 * along the chord of its last `length` of loop. Null when the two shapes leave no loop between them.
 */
export function stadiumEdge(t: Stadium, from: LayoutNode, to: LayoutNode, s0: number, s1: number, a: ArrowStyle): RingEdge | null {
  const at = (s: number) => stadiumPoint(t, s);
  const mid = (s0 + s1) / 2;
  if (insideShape(from, at(mid)) || insideShape(to, at(mid))) return null;
  const sStart = bisect(s0, mid, (s) => !insideShape(from, at(s)));
  if (distanceToBorder(to, at(sStart)) <= a.setback) return null;
  const sTip = bisect(sStart, s1, (s) => distanceToBorder(to, at(s)) <= a.setback);
  const visible = sTip - sStart;
  if (visible <= a.length) return null;
  const sBase = sTip - a.length;
  const tip = at(sTip);
  const base = at(sBase);
  const dir = unit({ x: tip.x - base.x, y: tip.y - base.y });
  const n = { x: -dir.y, y: dir.x };
  const back = { x: tip.x - dir.x * a.length, y: tip.y - dir.y * a.length };
  const head: [Point, Point, Point] = [tip, { x: back.x + (n.x * a.width) / 2, y: back.y + (n.y * a.width) / 2 }, { x: back.x - (n.x * a.width) / 2, y: back.y - (n.y * a.width) / 2 }];
  const count = Math.max(8, Math.min(96, Math.ceil(visible / 8)));
  const samples = Array.from({ length: count + 1 }, (_, i) => at(sStart + (visible * i) / count));
  const edge: LayoutEdge = { id: `edge-${from.id}-${to.id}`, from: from.id, to: to.id, path: stadiumPath(t, sStart, sBase), samples, head };
  return { visible, edge };
}
