import { describe, expect, it } from 'vitest';
// @ts-expect-error plain ESM script without types (the fuzzer runs on the built dist/)
import { fuzz, rng } from '../../scripts/fuzz-core.mjs';

/** The seeded mutation fuzzer, fixed seed: a few hundred cases must run clean (`npm run fuzz -- --runs 10000` for the long mode). */

interface FuzzResult {
  counts: { cases: number; invalid: number; valid: number; diagrams: number; findings: number; slowestMs: number };
  findings: unknown[];
}

describe('seeded mutation fuzzer', () => {
  it('is deterministic: the same seed gives the same numbers', () => {
    const a = rng(7);
    const b = rng(7);
    const xs = Array.from({ length: 5 }, () => a.next());
    expect(Array.from({ length: 5 }, () => b.next())).toEqual(xs);
    expect(new Set(xs).size).toBe(5);
  });

  it('250 cases from seed 11: only VisintErrors, every invariant holds, every SVG is safe, each case within 20 s', async () => {
    const { counts, findings } = (await fuzz({ runs: 250, seed: 11, timeBoundMs: 20_000 })) as FuzzResult;
    expect(findings).toEqual([]);
    expect(counts.cases).toBe(250);
    // the mutations must reach both sides: the validator and the renderer
    expect(counts.invalid).toBeGreaterThan(50);
    expect(counts.valid).toBeGreaterThan(50);
    expect(counts.diagrams).toBeGreaterThan(50);
  }, 600_000);
});
