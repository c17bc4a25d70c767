/**
 * A deterministic work budget for a layout search: units are counted, not milliseconds, so the
 * same input always stops at the same point (and gives the same bytes) however busy the machine.
 */
export class WorkBudget {
  private used = 0;
  /** while recording: every spend, in order */
  private log: number[] | undefined;

  constructor(readonly limit: number) {}

  spend(units = 1): void {
    this.used += units;
    this.log?.push(units);
  }

  /**
   * Runs `run` and returns, with its result, every unit it spent in order: a search that remembers
   * a step's result spends the same again (replay) when it meets the step again, so it stops where
   * it would have stopped without remembering, to the last bit of the sum.
   */
  recording<T>(run: () => T): { result: T; spends: number[] } {
    const outer = this.log;
    const log: number[] = [];
    this.log = log;
    try {
      return { result: run(), spends: log };
    } finally {
      this.log = outer;
      outer?.push(...log);
    }
  }

  /** Spends again, unit by unit, what a recorded step spent. */
  replay(spends: readonly number[]): void {
    for (const units of spends) this.spend(units);
  }

  /**
   * `run`'s result remembered in `memo` by `key`: the first time it runs (recording its spends),
   * after that its result comes from memory and its spends are replayed.
   */
  once<T>(memo: StepMemo<T>, key: string, run: () => T): T {
    const hit = memo.get(key);
    if (hit) {
      this.replay(hit.spends);
      return hit.result;
    }
    const step = this.recording(run);
    memo.set(key, step);
    return step.result;
  }

  get exhausted(): boolean {
    return this.used >= this.limit;
  }

  get spent(): number {
    return this.used;
  }
}

/** Steps of a search remembered by key, each with the work it spent (WorkBudget.once). */
export type StepMemo<T> = Map<string, { result: T; spends: number[] }>;
