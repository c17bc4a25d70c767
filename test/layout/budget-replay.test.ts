import { describe, expect, it } from 'vitest';
import { WorkBudget } from '../../src/layout/budget.js';

/** Spends of a routing step: many small units, as the strategy-map router charges them. */
const step = (b: WorkBudget) => {
  for (let i = 0; i < 37; i++) b.spend(0.05);
  for (let i = 0; i < 11; i++) b.spend(0.02);
  b.spend(0.2);
  return 'failed';
};

/**
 * A search that remembers a step's result replays the work the step spent, so it stops exactly
 * where it would have stopped working the step out again: the same sum, to the last bit (a single
 * total added at once rounds differently).
 */
describe('work budget recording and replay', () => {
  it('replays to the same sum, bit for bit, as spending the units again', () => {
    const direct = new WorkBudget(200);
    direct.spend(100.3);
    step(direct);
    step(direct);

    const remembered = new WorkBudget(200);
    remembered.spend(100.3);
    const { result, spends } = remembered.recording(() => step(remembered));
    expect(result).toBe('failed');
    expect(spends).toHaveLength(49);
    remembered.replay(spends);
    expect(remembered.spent).toBe(direct.spent);

    const total = new WorkBudget(200);
    total.spend(100.3);
    step(total);
    total.spend(spends.reduce((a, b) => a + b, 0));
    // why replay goes unit by unit: the one-sum shortcut lands elsewhere
    expect(total.spent).not.toBe(direct.spent);
  });

  it('passes what an inner recording spent on to the outer one', () => {
    const b = new WorkBudget(10);
    const outer = b.recording(() => {
      b.spend(1);
      const inner = b.recording(() => b.spend(0.5));
      expect(inner.spends).toEqual([0.5]);
      b.spend(2);
    });
    expect(outer.spends).toEqual([1, 0.5, 2]);
    expect(b.spent).toBe(3.5);
  });
});
