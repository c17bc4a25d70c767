import { describe, expect, it } from 'vitest';
import { findDiagram } from '../../src/diagrams/registry.js';
import { canvasMetrics } from '../../src/layout/metrics.js';
import type { DiagramLayout } from '../../src/layout/types.js';
import { fixture, mustValidate, renderer, theme } from '../helpers/render-kit.js';
import { NINTENDO_MAP } from '../helpers/unseen-maps.js';

/**
 * Shrink before cutting (render.ts): when a diagram still cuts or leaves out text at its usual
 * design scale, the renderer lays it out once more at a smaller one (type, padding and gaps; the
 * type floor unchanged) and keeps that layout when it loses less. Meta's five pattern notes and
 * its layer items were all left out at 1080×1080 while smaller padding and type hold them.
 */
const meta = fixture('meta-llama.json');
const square = { width: 1080, height: 1080 };
const lost = (l: DiagramLayout) => l.warnings.filter((w) => /ellipsis|left out|legend|shown/u.test(w.message));

/** The diagram's own layout at the usual scale, without the renderer's later steps. */
function usualLayout(name: string, size: { width: number; height: number }): DiagramLayout {
  const d = findDiagram(name)!;
  const metrics = canvasMetrics(size.width, size.height, theme);
  const ctx = { metrics, theme, text: renderer.text.forCanvas({ lang: 'en', floor: metrics.minFont }) };
  return d.layout(d.model(meta, ctx), ctx);
}

describe('shrink before cut', () => {
  for (const name of ['patterns', 'layers']) {
    it(`keeps every text of Meta's ${name} at 1080×1080, where the usual scale left some out`, () => {
      // the case only tests something while the usual scale loses text here
      expect(lost(usualLayout(name, square)).length).toBeGreaterThan(0);
      const { layout, ctx } = renderer.layout(meta, findDiagram(name)!, theme, square);
      expect(lost(layout)).toEqual([]);
      // smaller design scale, the same type floor
      expect(ctx.metrics.unit).toBeLessThan(canvasMetrics(square.width, square.height, theme).unit);
      expect(ctx.metrics.minFont).toBe(canvasMetrics(square.width, square.height, theme).minFont);
      for (const n of layout.nodes) for (const t of [n.label, ...(n.note ? [n.note] : [])]) expect(t.style.size).toBeGreaterThanOrEqual(ctx.metrics.minFont);
    });
  }

  it("counts an edge's label moved to a marker as less lost than the whole edge left out (Nintendo's map, 1080×1080)", () => {
    const nintendo = mustValidate({ version: 1, title: 'Nintendo', strategyMap: NINTENDO_MAP });
    const map = findDiagram('strategy-map')!;
    // the usual scale leaves an edge out (and another's label): the case only tests something while it does
    const metrics = canvasMetrics(square.width, square.height, theme);
    const ctx = { metrics, theme, text: renderer.text.forCanvas({ lang: 'en', floor: metrics.minFont }) };
    expect(map.layout(map.model(nintendo, ctx), ctx).warnings.filter((w) => /left out/u.test(w.message)).length).toBeGreaterThan(0);
    const { layout } = renderer.layout(nintendo, map, theme, square);
    expect(layout.warnings.filter((w) => /left out/u.test(w.message))).toEqual([]);
    // every edge is drawn; at most one label waits in the legend behind a numbered marker
    expect(layout.edges).toHaveLength(NINTENDO_MAP.edges.length);
    expect(lost(layout).length).toBeLessThanOrEqual(1);
  });

  it('is not used where the usual scale loses nothing', () => {
    const { ctx } = renderer.layout(meta, findDiagram('patterns')!, theme, { width: 1080, height: 1350 });
    expect(ctx.metrics.unit).toBe(canvasMetrics(1080, 1350, theme).unit);
  });
});
