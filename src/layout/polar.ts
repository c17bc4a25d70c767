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
export function bisectAngle(lo: number, hi: number, pred: (t: number) => boolean, steps = 32): number {
  for (let i = 0; i < steps; i++) {
    const mid = (lo + hi) / 2;
    if (pred(mid)) hi = mid;
    else lo = mid;
  }
  return hi;
}

/**
 * Where an increasing function f crosses zero in [lo, hi] (f(lo) < 0 ≤ f(hi), else the end it
 * stays on): regula falsi with the Illinois step, to within `tolerance` radians. Where bisectAngle
 * halves the bracket each evaluation, this converges in a handful on a smooth f.
 */
export function rootAngle(lo: number, hi: number, f: (t: number) => number, tolerance = 1e-5, maxSteps = 24): number {
  let flo = f(lo);
  if (flo >= 0) return lo;
  let fhi = f(hi);
  if (fhi < 0) return hi;
  let side = 0;
  for (let i = 0; i < maxSteps && hi - lo > tolerance; i++) {
    // the secant's crossing, kept off the bracket's ends so the bracket always shrinks
    const x = Math.min(hi - tolerance / 4, Math.max(lo + tolerance / 4, hi - (fhi * (hi - lo)) / (fhi - flo)));
    const fx = f(x);
    if (fx >= 0) {
      [hi, fhi] = [x, fx];
      if (side === 1) flo /= 2;
      side = 1;
    } else {
      [lo, flo] = [x, fx];
      if (side === -1) fhi /= 2;
      side = -1;
    }
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

/**
 * |dP/dt| of the ring at t. A plain square root: Math.hypot guards against overflow that these
 * sizes never reach and costs twice as much in V8 (measured: 300 k arc lengths 124 → 57 ms).
 */
function speed(rx: number, ry: number, t: number): number {
  const a = rx * Math.sin(t);
  const b = ry * Math.cos(t);
  return Math.sqrt(a * a + b * b);
}

/**
 * Length of the ring's arc from t0 to t1: Simpson's rule on the speed |dP/dt|. No closure and no
 * allocation: the flywheel's search calls this (and ringExit) tens of thousands of times a layout.
 */
export function ringArcLength(r: Ring, t0: number, t1: number): number {
  const { rx, ry } = r;
  // even panel count, about one per 1/6 radian: well under 0.1% error on rings up to 3:1
  const n = 2 * Math.max(2, Math.ceil(Math.abs(t1 - t0) * 3));
  const h = (t1 - t0) / n;
  let sum = speed(rx, ry, t0) + speed(rx, ry, t1);
  for (let i = 1; i < n; i++) sum += (i % 2 ? 4 : 2) * speed(rx, ry, t0 + i * h);
  return (sum * h) / 3;
}

const TAU = 2 * Math.PI;
const EXIT_EPS = 1e-7;

/** ringExit's test of one candidate angle t2: the new best δ (unchanged unless t2 is nearer and on the box). */
function exitCandidate(r: Ring, t: number, dir: 1 | -1, box: { x: number; y: number; width: number; height: number }, t2: number, best: number): number {
  // ((x % TAU) + TAU) % TAU, bit for bit, without the two fmod calls in the usual case |x| < TAU:
  // there x % TAU is x, and s = x + TAU lies in (0, 2·TAU), where s % TAU is s or the exact s − TAU
  let x = dir * (t2 - t);
  if (!(x > -TAU && x < TAU)) x %= TAU;
  const s = x + TAU;
  const d = s >= TAU ? s - TAU : s;
  if (d > 1e-9 && d < best) {
    const at = t + dir * d;
    const x = r.cx + r.rx * Math.cos(at);
    const y = r.cy + r.ry * Math.sin(at);
    if (x >= box.x - EXIT_EPS && x <= box.x + box.width + EXIT_EPS && y >= box.y - EXIT_EPS && y <= box.y + box.height + EXIT_EPS) return d;
  }
  return best;
}

/**
 * Where the ring, walked from angle t in direction `dir` (+1 clockwise, −1 counter-clockwise),
 * first crosses the border of `box` (t inside it): the nearest solution of x(t') = a vertical
 * edge or y(t') = a horizontal edge that lies on the box. Returns t + dir·δ; δ is capped at
 * `reach` when the ring stays inside that long.
 */
export function ringExit(r: Ring, t: number, dir: 1 | -1, box: { x: number; y: number; width: number; height: number }, reach = Math.PI): number {
  let best = reach;
  for (let k = 0; k < 2; k++) {
    const X = k === 0 ? box.x : box.x + box.width;
    const c = r.rx > 0 ? (X - r.cx) / r.rx : 2;
    if (Math.abs(c) <= 1) {
      const a = Math.acos(c);
      best = exitCandidate(r, t, dir, box, a, best);
      best = exitCandidate(r, t, dir, box, -a, best);
    }
  }
  for (let k = 0; k < 2; k++) {
    const Y = k === 0 ? box.y : box.y + box.height;
    const s = r.ry > 0 ? (Y - r.cy) / r.ry : 2;
    if (Math.abs(s) <= 1) {
      const a = Math.asin(s);
      best = exitCandidate(r, t, dir, box, a, best);
      best = exitCandidate(r, t, dir, box, Math.PI - a, best);
    }
  }
  return t + dir * best;
}

/** Perimeter of the ring (Ramanujan's second approximation; exact for a circle). */
export function ringPerimeter(r: Ring): number {
  const h = ((r.rx - r.ry) / (r.rx + r.ry)) ** 2;
  return Math.PI * (r.rx + r.ry) * (1 + (3 * h) / (10 + Math.sqrt(4 - 3 * h)));
}

/**
 * n angles at equal arc length along the ring, the first at 12 o'clock, clockwise (evenly
 * spaced angles bunch points where a stretched ellipse turns sharply).
 */
export function equalArcAngles(r: Ring, n: number, resolution = 720): number[] {
  const cumulative = [0];
  const step = (2 * Math.PI) / resolution;
  for (let i = 1; i <= resolution; i++) {
    const t = TWELVE_O_CLOCK + (i - 0.5) * step;
    cumulative.push(cumulative[i - 1]! + speed(r.rx, r.ry, t) * step);
  }
  const total = cumulative[resolution]!;
  return Array.from({ length: n }, (_, k) => {
    const target = (total * k) / n;
    let lo = 0;
    let hi = resolution;
    while (hi - lo > 1) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid]! <= target) lo = mid;
      else hi = mid;
    }
    const f = (target - cumulative[lo]!) / (cumulative[hi]! - cumulative[lo]! || 1);
    return TWELVE_O_CLOCK + (lo + f) * step;
  });
}
