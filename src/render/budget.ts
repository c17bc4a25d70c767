import { VisintError } from '../errors.js';

/**
 * The work budget of one render call: a deadline on the monotonic clock. Rendering is
 * synchronous, so the budget of the render in progress is module state (each worker thread
 * has its own). Hot loops call `checkBudget()`; it reads the clock only every 64th call.
 */

/** Default budget of `render()` when no deadline is given: far above any valid input (< 2 s). */
export const DEFAULT_RENDER_BUDGET_MS = 60_000;

interface Budget {
  until: number;
  ms: number;
}

let current: Budget | undefined;
let calls = 0;

/** Runs `fn` with a deadline `ms` from now; a nested call keeps the earlier of the two deadlines. */
export function withBudget<T>(ms: number, fn: () => T): T {
  if (!(typeof ms === 'number' && ms > 0 && Number.isFinite(ms))) throw new VisintError('usage', `deadline must be a positive number of milliseconds, got ${String(ms).slice(0, 20)}`);
  const outer = current;
  const until = performance.now() + ms;
  current = outer && outer.until < until ? outer : { until, ms };
  try {
    checkBudgetNow();
    return fn();
  } finally {
    current = outer;
  }
}

/** Throws a VisintError ('timeout') once the deadline of the current render has passed. Cheap. */
export function checkBudget(): void {
  if (current === undefined || (++calls & 63) !== 0) return;
  checkBudgetNow();
}

/** As checkBudget, reading the clock every time (between diagrams and stages). */
export function checkBudgetNow(): void {
  if (current !== undefined && performance.now() > current.until) {
    throw new VisintError('timeout', `the render ran out of its ${Math.round(current.ms)} ms work budget; try fewer diagrams, shorter texts or a longer deadline`);
  }
}
