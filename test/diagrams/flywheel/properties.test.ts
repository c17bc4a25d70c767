import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { flywheel } from '../../../src/diagrams/flywheel/index.js';
import { layoutProblems } from '../../helpers/invariants.js';
import { labelArb, mustValidate, renderer, sizeArb, theme } from '../../helpers/render-kit.js';

const step = fc.oneof(labelArb, fc.record({ label: labelArb, note: labelArb }));

describe('flywheel.layout() on generated analyses', () => {
  it('holds every invariant for 3–10 steps with 1–120 character labels at several sizes, and renders the same bytes twice', () => {
    fc.assert(
      fc.property(fc.array(step, { minLength: 3, maxLength: 10 }), fc.option(labelArb, { nil: undefined }), fc.option(labelArb, { nil: undefined }), sizeArb, (steps, center, title, size) => {
        const analysis = mustValidate({ version: 1, title: 'Generated', flywheel: { steps, ...(center ? { center } : {}), ...(title ? { title } : {}) } });
        const { layout, alt, ctx } = renderer.layout(analysis, flywheel, theme, size);
        expect(layoutProblems(layout)).toEqual([]);
        expect(layout.nodes.filter((n) => n.role === 'step')).toHaveLength(steps.length);
        expect(layout.edges).toHaveLength(steps.length);
        const again = renderer.layout(analysis, flywheel, theme, size);
        expect(renderer.svg(again.layout, again.alt, flywheel, again.ctx)).toBe(renderer.svg(layout, alt, flywheel, ctx));
      }),
      { numRuns: Number(process.env.FW_RUNS ?? 40), seed: Number(process.env.FW_SEED ?? 20261129) },
    );
  });
});
