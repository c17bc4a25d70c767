import { round2, type Point } from './box.js';

/**
 * An axis-aligned ellipse. Angles are the ellipse's parameter t (point = centre + (rx cos t,
 * ry sin t)); with y pointing down, growing t runs clockwise on screen and t = −π/2 is 12 o'clock.
 */
export interface Ring {
  cx: number;
  cy: number;
  rx: number;
  ry: number;
}

export const TWELVE_O_CLOCK = -Math.PI / 2;

export function ringPoint(r: Ring, t: number): Point {
  return { x: r.cx + r.rx * Math.cos(t), y: r.cy + r.ry * Math.sin(t) };
}

/** Unit tangent in the clockwise (growing t) direction. */
export function ringTangent(r: Ring, t: number): Point {
  const x = -r.rx * Math.sin(t);
  const y = r.ry * Math.cos(t);
  const l = Math.hypot(x, y) || 1;
  return { x: x / l, y: y / l };
}

/** Unit normal pointing away from the centre (the gradient of x²/rx² + y²/ry²). */
export function ringNormal(r: Ring, t: number): Point {
  const x = Math.cos(t) / (r.rx || 1);
  const y = Math.sin(t) / (r.ry || 1);
  const l = Math.hypot(x, y) || 1;
  return { x: x / l, y: y / l };
}

/** n angles, the first at 12 o'clock, evenly spaced clockwise. */
export function evenAngles(n: number): number[] {
  return Array.from({ length: n }, (_, i) => TWELVE_O_CLOCK + (2 * Math.PI * i) / n);
}

/** Points on the ring from t0 to t1 (t1 > t0 runs clockwise), `count` segments. */
export function sampleRing(r: Ring, t0: number, t1: number, count: number): Point[] {
  return Array.from({ length: count + 1 }, (_, i) => ringPoint(r, t0 + ((t1 - t0) * i) / count));
}

/** The first t in [lo, hi] where `pred` turns true (pred false at lo, true at hi), by bisection. */
export function bisectAngle(lo: number, hi: number, pred: (t: number) => boolean): number {
  for (let i = 0; i < 32; i++) {
    const mid = (lo + hi) / 2;
    if (pred(mid)) hi = mid;
    else lo = mid;
  }
  return hi;
}

/**
 * SVG path of the ring's arc from t0 to t1 (clockwise, t1 > t0): an exact elliptical arc
 * command, so the stroke lies on the ring itself. Coordinates rounded to 2 decimals.
 */
export function ringArcPath(r: Ring, t0: number, t1: number): string {
  const a = ringPoint(r, t0);
  const b = ringPoint(r, t1);
  const large = t1 - t0 > Math.PI ? 1 : 0;
  return `M${round2(a.x)},${round2(a.y)}A${round2(r.rx)},${round2(r.ry)},0,${large},1,${round2(b.x)},${round2(b.y)}`;
}

/** Length of the ring's arc from t0 to t1, summed over short chords. */
export function ringArcLength(r: Ring, t0: number, t1: number): number {
  const pts = sampleRing(r, t0, t1, 48);
  let sum = 0;
  for (let i = 1; i < pts.length; i++) sum += Math.hypot(pts[i]!.x - pts[i - 1]!.x, pts[i]!.y - pts[i - 1]!.y);
  return sum;
}
