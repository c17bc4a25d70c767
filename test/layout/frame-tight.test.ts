import { describe, expect, it } from 'vitest';
import { findDiagram } from '../../src/diagrams/registry.js';
import { layoutFrame } from '../../src/layout/frame.js';
import { canvasMetrics } from '../../src/layout/metrics.js';
import type { DiagramLayout } from '../../src/layout/types.js';
import { mustValidate, renderer, theme } from '../helpers/render-kit.js';
import { BLABLACAR_MAP } from '../helpers/unseen-maps.js';

/**
 * Before a framed diagram cuts its own text, the frame round it gives room (render.ts): smaller
 * title, thesis and caption, tighter gaps. A French map (not a fixture) whose five short labels
 * were cut to two lines at 1080×1080 while the title, thesis and caption took half the canvas.
 */
const analysis = mustValidate({
  version: 1,
  lang: 'fr',
  title: 'BlaBlaCar : comment une place libre est devenue un réseau de transport',
  strategyMap: BLABLACAR_MAP,
});
const size = { width: 1080, height: 1080 };
const map = findDiagram('strategy-map')!;
const cuts = (layout: DiagramLayout) => layout.warnings.filter((w) => /ellipsis|left out|legend/u.test(w.message));

describe('the tight frame', () => {
  it('leaves the diagram a taller area, with its frame type never below the floor', () => {
    const spec = { title: { text: 'A title long enough to need two lines on a square canvas of this size', field: 'title' }, thesis: { text: 'A thesis', field: 'thesis' }, caption: { text: 'A caption', field: 'caption' }, brand: theme.wordmark };
    const usual = canvasMetrics(size.width, size.height, theme);
    const tight = canvasMetrics(size.width, size.height, theme, true, true);
    const text = renderer.text.forCanvas({ lang: 'en', floor: usual.minFont });
    const a = layoutFrame(spec, usual, text, theme);
    const b = layoutFrame(spec, tight, text, theme);
    expect(b.area.height).toBeGreaterThan(a.area.height + 40);
    for (const t of b.texts) expect(t.style.size).toBeGreaterThanOrEqual(tight.minFont);
  });

  it('keeps every card whole where the usual frame cut them, and is only used when it loses less', () => {
    const metrics = canvasMetrics(size.width, size.height, theme);
    const ctx = { metrics, theme, text: renderer.text.forCanvas({ lang: 'fr', floor: metrics.minFont }) };
    // the case only tests something while the usual frame cuts this map's labels (the renderer adds
    // the ellipsis warnings, so the diagram's own layout is checked by its cut labels)
    expect(map.layout(map.model(analysis, ctx), ctx).nodes.filter((n) => n.label.truncated).length).toBeGreaterThan(0);
    const { layout } = renderer.layout(analysis, map, theme, size);
    expect(cuts(layout)).toEqual([]);
    expect(layout.nodes.every((n) => !n.label.truncated)).toBe(true);
  });

  it('is not used where the usual frame loses nothing', () => {
    const { layout } = renderer.layout(analysis, map, theme, { width: 1200, height: 630 });
    const metrics = canvasMetrics(1200, 630, theme);
    const title = layout.texts.find((t) => t.role === 'title')!;
    expect(title.style.size).toBeGreaterThan(metrics.style('title').size * 0.9);
  });
});
