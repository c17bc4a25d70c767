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

  get exhausted(): boolean {
    return this.used >= this.limit;
  }

  get spent(): number {
    return this.used;
  }
}
