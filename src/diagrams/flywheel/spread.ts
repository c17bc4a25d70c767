import type { Box } from '../../layout/box.js';
import { ringArcLength, ringExit, rootAngle, type Ring } from '../../layout/polar.js';

/** Clearance between two boxes along the axis where they are furthest apart (negative: they overlap). */
export function boxGap(a: Box, b: Box): number {
  return Math.max(b.x - (a.x + a.width), a.x - (b.x + b.width), b.y - (a.y + a.height), a.y - (b.y + b.height));
}

/** Largest angle change (radians) of a sweep after which spreadAngles stops early. */
const SETTLED = 2.5e-4;

/** Ring length from angle a to angle b, negative when b comes first (the two boxes overlap along the ring). */
function between(ring: Ring, a: number, b: number): number {
  return b >= a ? ringArcLength(ring, a, b) : -ringArcLength(ring, b, a);
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
  const reach = Math.PI * 0.9;
  for (let sweep = 0; sweep < sweeps; sweep++) {
    let moved = 0;
    for (let i = 1; i <= half; i++) {
      // where the ring leaves the box before this one, and enters the box after it (fixed while i moves)
      const leavePrev = ringExit(ring, t[i - 1]!, 1, boxAt(i - 1, t[i - 1]!), reach);
      const last = i === half;
      const nextAt = last ? bottom : t[i + 1]!;
      const enterNext = last && n % 2 === 1 ? bottom : ringExit(ring, nextAt, -1, boxAt(last ? n / 2 : i + 1, nextAt), reach);
      // free ring before the box less free ring after it: grows as the box moves on
      const imbalance = (x: number) => {
        const box = boxAt(i, x);
        const before = between(ring, leavePrev, ringExit(ring, x, -1, box, reach));
        // odd n: the last free box faces its own mirror image across 6 o'clock, so twice the way to it
        const after = (last && n % 2 === 1 ? 2 : 1) * between(ring, ringExit(ring, x, 1, box, reach), enterNext);
        return before - after;
      };
      const next = rootAngle(t[i - 1]! + 1e-6, nextAt - 1e-6, imbalance);
      moved = Math.max(moved, Math.abs(next - t[i]!));
      t[i] = next;
    }
    // settled: a further sweep would move no box by more than SETTLED (a tenth of a pixel on a 400 px ring)
    if (moved < SETTLED) break;
  }
  for (let i = 1; i <= half; i++) t[n - i] = Math.PI - t[i]!;
  if (n % 2 === 0) t[n / 2] = bottom;
  return t;
}
