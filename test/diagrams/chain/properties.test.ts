import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { chain } from '../../../src/diagrams/chain/index.js';
import { layoutProblems } from '../../helpers/invariants.js';
import { labelArb, mustValidate, renderer, sizeArb, theme } from '../../helpers/render-kit.js';

describe('chain.layout() on generated analyses', () => {
  it('holds every invariant for 2–12 steps with 1–120 character labels at several sizes, and renders the same bytes twice', () => {
    fc.assert(
      fc.property(fc.array(labelArb, { minLength: 2, maxLength: 12 }), labelArb, sizeArb, (steps, name, size) => {
        const analysis = mustValidate({ version: 1, title: 'Generated', strategy: { name, chain: steps } });
        const { layout, alt, ctx } = renderer.layout(analysis, chain, theme, size);
        expect(layoutProblems(layout)).toEqual([]);
        expect(layout.nodes).toHaveLength(steps.length);
        expect(layout.edges).toHaveLength(steps.length - 1);
        const again = renderer.layout(analysis, chain, theme, size);
        expect(renderer.svg(again.layout, again.alt, chain, again.ctx)).toBe(renderer.svg(layout, alt, chain, ctx));
      }),
      { numRuns: Number(process.env.FW_RUNS ?? 40), seed: Number(process.env.FW_SEED ?? 20261129) },
    );
  });
});
