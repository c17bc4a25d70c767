import { describe, expect, it } from 'vitest';
import { rootAngle } from '../../src/layout/polar.js';

describe('rootAngle (regula falsi, Illinois step)', () => {
  it('finds the crossing of an increasing function to within its tolerance, in few evaluations', () => {
    for (const root of [0.1, 0.7, 1.3, 2.9]) {
      let calls = 0;
      const f = (t: number) => {
        calls++;
        return Math.sinh(t - root) + 0.2 * (t - root) ** 3;
      };
      const x = rootAngle(0, 3, f, 1e-6);
      expect(Math.abs(x - root)).toBeLessThan(1e-6);
      // bisection to 1e-6 over [0, 3] would take 22 evaluations
      expect(calls).toBeLessThan(16);
    }
  });

  it('stays on an end when the function does not change sign in the bracket', () => {
    expect(rootAngle(0, 1, (t) => t + 1)).toBe(0);
    expect(rootAngle(0, 1, (t) => t - 2)).toBe(1);
  });

  it('handles a kink (a box edge changing which side the ring leaves by)', () => {
    const f = (t: number) => (t < 0.5 ? 3 * (t - 0.6) : t - 0.6);
    expect(Math.abs(rootAngle(0, 2, f, 1e-7) - 0.6)).toBeLessThan(1e-6);
  });
});
