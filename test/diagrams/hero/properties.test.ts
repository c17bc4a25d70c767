import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { findDiagram } from '../../../src/diagrams/registry.js';
import type { HeroLayout } from '../../../src/diagrams/hero/layout.js';
import { slugify } from '../../../src/analysis/slug.js';
import { SIZE_PRESETS } from '../../../src/render/sizes.js';
import { labelArb, mustValidate, renderer, theme } from '../../helpers/render-kit.js';
import { heroProblems } from './hero-checks.js';

const hero = findDiagram('hero')!;
const presetArb = fc.constantFrom('og', 'square', 'wide', 'portrait', 'x', 'linkedin', 'substack');
const shortArb = labelArb.map((s) => s.slice(0, 24).trim()).filter((s) => s.length > 0);

describe('hero on generated analyses', () => {
  it('holds every invariant for any title, kicker, subtitle and 1–8 satellites on every preset', () => {
    fc.assert(
      fc.property(
        labelArb,
        fc.option(shortArb, { nil: undefined }),
        fc.option(labelArb, { nil: undefined }),
        fc.uniqueArray(shortArb, { minLength: 1, maxLength: 8, selector: (s) => slugify(s) }),
        fc.option(labelArb, { nil: undefined }),
        presetArb,
        (title, subject, subtitle, nodes, thesis, preset) => {
          const analysis = mustValidate({ version: 1, title, ...(subject ? { subject } : {}), ...(subtitle ? { subtitle } : {}), strategyMap: { center: 'Hub', nodes, ...(thesis ? { thesis } : {}) } });
          const { layout } = renderer.layout(analysis, hero, theme, SIZE_PRESETS[preset]!);
          expect(heroProblems(layout as HeroLayout, theme)).toEqual([]);
          // the main diagram is always drawn at these sizes
          expect(layout.nodes.length).toBeGreaterThan(0);
        },
      ),
      { numRuns: 30, seed: 20261129 },
    );
  });
});
