import { describe, expect, it } from 'vitest';
import { findDiagram } from '../../../src/diagrams/registry.js';
import { canvasMetrics } from '../../../src/layout/metrics.js';
import { fixture, renderer, theme } from '../../helpers/render-kit.js';

/**
 * The hero's frame search (hero/layout.ts) goes on past a layout that moved edge labels to the
 * legend or to numbered markers: those texts count as flaws like cut ones. Tesla's hero at
 * 1080×1080 settled for five of its six edge labels off the map; the tighter embedded scale
 * holds all six on it. The hero's own layout is tested, at its usual scale, without the
 * renderer's later steps (which could hide the search's choice).
 */
describe('the hero search counts texts given up', () => {
  it('draws every Tesla edge label on the map at 1080×1080', () => {
    const tesla = fixture('labelled-edges.json');
    const hero = findDiagram('hero')!;
    const metrics = canvasMetrics(1080, 1080, theme);
    const ctx = { metrics, theme, text: renderer.text.forCanvas({ lang: 'en', floor: metrics.minFont }) };
    const layout = hero.layout(hero.model(tesla, ctx), ctx);
    expect(layout.warnings.filter((w) => /legend|marker|left out/u.test(w.message))).toEqual([]);
    const labelled = tesla.strategyMap!.edges!.filter((e) => e.label).length;
    expect(layout.edges.filter((e) => e.label && !e.label.truncated).length).toBe(labelled);
  });
});
