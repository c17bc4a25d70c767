import type { Box } from '../../layout/box.js';
import { bisectAngle, ringArcLength, ringExit, type Ring } from '../../layout/polar.js';

/** Clearance between two boxes along the axis where they are furthest apart (negative: they overlap). */
export function boxGap(a: Box, b: Box): number {
  return Math.max(b.x - (a.x + a.width), a.x - (b.x + b.width), b.y - (a.y + a.height), a.y - (b.y + b.height));
}

/**
 * Ring length left free between box a (centred at angle ta) and box b (at tb > ta): from
 * where the ring leaves a to where it enters b; negative when the two boxes cover each other.
 */
export function ringGap(ring: Ring, ta: number, a: Box, tb: number, b: Box): number {
  const out = ringExit(ring, ta, 1, a, Math.PI * 0.9);
  const into = ringExit(ring, tb, -1, b, Math.PI * 0.9);
  if (into <= out) return -ringArcLength(ring, into, out) - Math.max(0, -boxGap(a, b));
  return ringArcLength(ring, out, into);
}

/**
 * Angles for n boxes on a ring, step 1 fixed at 12 o'clock, mirror-symmetric about the vertical
 * axis, each box moved until the free ring before and after it is equal, so every arrow gets
 * the same length. (Evenly spaced angles crowd wide cards near the top and bottom of a ring
 * and leave long empty arcs at the sides.) `boxAt(i, t)` is box i centred at angle t; `start`
 * is where to begin (even angles, or the last spread on a slightly different ring).
 */
export function spreadAngles(ring: Ring, start: number[], boxAt: (i: number, t: number) => Box, sweeps = 6): number[] {
  const n = start.length;
  const t = [...start];
  const half = Math.floor((n - 1) / 2);
  const bottom = Math.PI / 2;
  const gap = (i: number, ti: number, j: number, tj: number) => ringGap(ring, ti, boxAt(i, ti), tj, boxAt(j, tj));
  for (let sweep = 0; sweep < sweeps; sweep++) {
    for (let i = 1; i <= half; i++) {
      const lo = t[i - 1]!;
      const hi = i < half ? t[i + 1]! : bottom;
      // the next box: a free one, the fixed bottom one (even n), or this box's own mirror (odd n)
      const after = (x: number) => (i < half ? gap(i, x, i + 1, t[i + 1]!) : n % 2 === 0 ? gap(i, x, n / 2, bottom) : gap(i, x, n - i, Math.PI - x));
      t[i] = bisectAngle(lo + 1e-6, hi - 1e-6, (x) => gap(i - 1, t[i - 1]!, i, x) >= after(x), 14);
    }
  }
  for (let i = 1; i <= half; i++) t[n - i] = Math.PI - t[i]!;
  if (n % 2 === 0) t[n / 2] = bottom;
  return t;
}
