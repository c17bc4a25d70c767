import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { strategyMap } from '../../../src/diagrams/strategy-map/index.js';
import { boxCenter } from '../../../src/layout/box.js';
import { layoutProblems, sceneContrastProblems } from '../../helpers/invariants.js';
import { fixtures, labelArb, mustValidate, renderer, SIZES, sizeArb, theme, lightTheme } from '../../helpers/render-kit.js';
import { sceneFromLayout } from '../../../src/scene/from-layout.js';

const withMaps = fixtures().filter((f) => f.analysis.strategyMap);

describe('strategyMap.layout() on every fixture', () => {
  for (const { name, analysis } of withMaps) {
    for (const size of SIZES) {
      it(`${name} at ${size.width}x${size.height} holds every invariant`, () => {
        const { layout, alt } = renderer.layout(analysis, strategyMap, theme, size);
        expect(layoutProblems(layout)).toEqual([]);
        expect(sceneContrastProblems(sceneFromLayout(layout, theme, alt))).toEqual([]);
        expect(sceneContrastProblems(sceneFromLayout(layout, lightTheme, alt))).toEqual([]);
      });
    }
  }
});

describe('strategyMap.layout() geometry', () => {
  const meta = withMaps.find((f) => f.name === 'meta-llama.json')!.analysis;

  it('puts the first satellite at 12 o\'clock above the hub and the rest clockwise', () => {
    const { layout } = renderer.layout(meta, strategyMap, theme, { width: 1200, height: 630 });
    const hub = boxCenter(layout.nodes[0]!.box);
    const sats = layout.nodes.slice(1).map((n) => boxCenter(n.box));
    expect(Math.abs(sats[0]!.x - hub.x)).toBeLessThan(1);
    expect(sats[0]!.y).toBeLessThan(hub.y);
    const angles = sats.map((p) => (Math.atan2(p.y - hub.y, p.x - hub.x) + Math.PI / 2 + 4 * Math.PI) % (2 * Math.PI));
    for (let i = 1; i < angles.length; i++) expect(angles[i]!).toBeGreaterThan(angles[i - 1]!);
  });

  it('draws one edge per spec edge, hub spokes and the satellite chain', () => {
    const { layout } = renderer.layout(meta, strategyMap, theme, { width: 1200, height: 630 });
    expect(layout.edges.map((e) => `${e.from}>${e.to}`)).toEqual(meta.strategyMap!.edges.map((e) => `${e.from}>${e.to}`));
  });

  it('keeps text at or above 2.5% of the short side on every canvas', () => {
    for (const size of SIZES) {
      const { layout } = renderer.layout(meta, strategyMap, theme, size);
      expect(layout.minFontSize).toBeCloseTo(Math.min(size.width, size.height) * 0.025, 1);
      const sizes = layout.nodes.map((n) => n.label.style.size);
      expect(Math.min(...sizes)).toBeGreaterThanOrEqual(layout.minFontSize);
    }
  });
});

describe('strategyMap.layout() on generated analyses', () => {
  it('holds every invariant for 1–12 satellites with 1–120 character labels at several sizes', () => {
    fc.assert(
      fc.property(fc.array(labelArb, { minLength: 1, maxLength: 12 }), labelArb, fc.option(labelArb, { nil: undefined }), sizeArb, (labels, hub, thesis, size) => {
        const analysis = mustValidate({ version: 1, title: 'Generated', strategyMap: { center: hub, nodes: labels, ...(thesis ? { thesis } : {}) } });
        const { layout } = renderer.layout(analysis, strategyMap, theme, size);
        expect(layoutProblems(layout)).toEqual([]);
      }),
      { numRuns: 120, seed: 20261129 },
    );
  });
});
