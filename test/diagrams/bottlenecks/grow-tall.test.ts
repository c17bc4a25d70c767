import { describe, expect, it } from 'vitest';
import { findDiagram } from '../../../src/diagrams/registry.js';
import { layoutProblems } from '../../helpers/invariants.js';
import { bareBands, brandBox } from '../../helpers/bands.js';
import { fixture, renderer, theme } from '../../helpers/render-kit.js';

/**
 * Bottleneck cards that leave a quarter of their area empty grow first (bottlenecks/layout.ts),
 * titles and explanations together: Meta's two at 600×1600 sat in the middle of the canvas with
 * 22% of its height bare above them.
 */
describe('bottleneck cards on a tall canvas', () => {
  it("fill Meta's 600×1600 canvas, explanations grown with the titles", () => {
    const { layout } = renderer.layout(fixture('meta-llama.json'), findDiagram('bottlenecks')!, theme, { width: 600, height: 1600 });
    expect(layoutProblems(layout)).toEqual([]);
    // the kind tabs over the cards are panels
    const { above, below } = bareBands(layout, brandBox(layout), [...layout.nodes.map((n) => n.box), ...layout.panels.map((p) => p.box)]);
    expect(above).toBeLessThan(0.1);
    expect(below).toBeLessThan(0.1);
    const explained = layout.nodes.filter((x) => x.note);
    expect(explained.length).toBe(2);
    for (const n of explained) expect(n.note!.style.size).toBeGreaterThanOrEqual(0.6 * n.label.style.size);
  });
});
