import { describe, expect, it } from 'vitest';
import { flywheel } from '../../../src/diagrams/flywheel/index.js';
import { attempt, placeSetting } from '../../../src/diagrams/flywheel/layout.js';
import { readabilityBound } from '../../../src/diagrams/flywheel/score.js';
import { settings } from '../../../src/diagrams/flywheel/settings.js';
import { Tried } from '../../../src/diagrams/flywheel/tried.js';
import { layoutFrame } from '../../../src/layout/frame.js';
import { fixtures, renderer, theme } from '../../helpers/render-kit.js';

// The flywheel search completes placements best bound first and skips the rest once no bound
// beats the best score (layout.ts, bestOfGroup): that is only the exhaustive search's answer if
// the bound is never below the score a completed placement really gets.
describe('flywheel readabilityBound', () => {
  const sizes = [{ width: 1200, height: 630 }, { width: 600, height: 1600 }];
  for (const { name, analysis } of fixtures().filter((f) => f.analysis.flywheel)) {
    it(`is at least the completed score of every setting: ${name}`, () => {
      let checked = 0;
      for (const size of sizes) {
        const { ctx } = renderer.layout(analysis, flywheel, theme, size);
        const model = flywheel.model(analysis, ctx);
        const frame = layoutFrame({ ...(model.title ? { title: model.title } : {}), brand: ctx.theme.wordmark }, ctx.metrics, ctx.text, ctx.theme);
        for (const s of settings(model, ctx, frame.area)) {
          const p = placeSetting(model, ctx, frame, s, false, new Tried());
          const r = p && attempt(model, ctx, frame, s, false, new Tried());
          if (!p || !r) continue;
          expect(readabilityBound(p, ctx.metrics.unit)).toBeGreaterThanOrEqual(r.score);
          checked++;
        }
      }
      expect(checked).toBeGreaterThan(0);
    });
  }
});
