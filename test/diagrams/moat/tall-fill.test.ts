import { describe, expect, it } from 'vitest';
import { findDiagram } from '../../../src/diagrams/registry.js';
import { fixtures, renderer, theme } from '../../helpers/render-kit.js';

const moat = findDiagram('moat')!;
const withMoat = fixtures().filter((f) => f.analysis.moat);

describe('the moat on a tall canvas (600×1600)', () => {
  it('grows its type until the moat and its patterns fill most of the height', () => {
    expect(withMoat.length).toBeGreaterThan(2);
    for (const { name, analysis } of withMoat) {
      const { layout } = renderer.layout(analysis, moat, theme, { width: 600, height: 1600 });
      expect(layout.warnings, name).toEqual([]);
      const top = Math.min(...layout.nodes.map((n) => n.box.y));
      const bottom = Math.max(...layout.nodes.map((n) => n.box.y + n.box.height));
      // at the usual sizes they filled about half of it, with a third of the canvas empty above and below
      expect(bottom - top, name).toBeGreaterThan(0.65 * 1600);
    }
  });

  it('keeps its usual sizes where the area is not tall (1200×630, 1080×1080)', () => {
    const { analysis } = withMoat[0]!;
    for (const size of [{ width: 1200, height: 630 }, { width: 1080, height: 1080 }]) {
      const a = renderer.layout(analysis, moat, theme, size).layout.nodes.find((n) => n.id === 'moat')!;
      const hub = renderer.layout(analysis, moat, theme, size).ctx.metrics.style('hub').size;
      expect(a.label.style.size).toBeLessThanOrEqual(hub * 1.25 + 0.01);
    }
  });
});
