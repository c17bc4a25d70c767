/**
 * A deterministic work budget for a layout search: units are counted, not milliseconds, so the
 * same input always stops at the same point (and gives the same bytes) however busy the machine.
 */
export class WorkBudget {
  private used = 0;

  constructor(readonly limit: number) {}

  spend(units = 1): void {
    this.used += units;
  }

  get exhausted(): boolean {
    return this.used >= this.limit;
  }

  get spent(): number {
    return this.used;
  }
}
