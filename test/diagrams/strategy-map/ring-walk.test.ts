import { describe, expect, it } from 'vitest';
import { nextReach, unitCurve } from '../../../src/diagrams/strategy-map/placement.js';

/** A small deterministic generator (the same cases every run). */
function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

/**
 * fitEven places each card at the first point of the ring far enough from the card before it.
 * nextReach skips points that cannot be far enough yet; it must never skip past the point a
 * point-by-point walk would take, on any ring shape, or cards would sit further apart than the
 * search meant (and pictures would change).
 */
describe('the ring walk skips only points that cannot clear the card before', () => {
  for (const exponent of [2, 2.6, 3, 5, 8])
    for (const steps of [360, 1440])
      it(`superellipse exponent ${exponent}, ${steps} points`, () => {
        const u = unitCurve(exponent, steps);
        const next = lcg(exponent * 1000 + steps);
        let skipped = 0;
        for (let n = 0; n < 400; n++) {
          const j = Math.floor(next() * (steps - 1));
          const needX = next() * 1.2;
          const needY = next() * 1.2;
          const apart = (k: number) => Math.abs(u.x[j]! - u.x[k]!) >= needX || Math.abs(u.y[j]! - u.y[k]!) >= needY;
          let walk = j + 1;
          while (walk < steps && !apart(walk)) walk++;
          // from every point the walk passes, the skip lands at or before the walk's answer
          for (let k = j + 1; k <= Math.min(walk, steps - 1); k += 7) {
            const to = nextReach(u, j, k, needX, needY, steps);
            expect(to).toBeGreaterThanOrEqual(k);
            expect(to).toBeLessThanOrEqual(walk);
            skipped += to - k;
          }
        }
        // and it does skip: the walk's work is what it saves
        expect(skipped).toBeGreaterThan(1000);
      });
});
