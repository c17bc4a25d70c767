import { describe, expect, it } from 'vitest';
import { findDiagram } from '../../../src/diagrams/registry.js';
import { layoutProblems } from '../../helpers/invariants.js';
import { bareBands, brandBox } from '../../helpers/bands.js';
import { fixture, renderer, theme } from '../../helpers/render-kit.js';

/**
 * Pattern cards that leave a quarter of their area empty grow first (patterns/layout.ts,
 * GROW_BELOW_FILL), names and notes together: two Spotify patterns at 1080×1350 sat in the middle
 * with 23% of the height bare above and below them.
 */
describe('pattern cards on a canvas with room', () => {
  it('grow to fill a portrait canvas, notes with the names', () => {
    const { layout } = renderer.layout(fixture('three-satellites.json'), findDiagram('patterns')!, theme, { width: 1080, height: 1350 });
    expect(layoutProblems(layout)).toEqual([]);
    const { above, below } = bareBands(layout, brandBox(layout));
    expect(above).toBeLessThan(0.12);
    expect(below).toBeLessThan(0.12);
    for (const n of layout.nodes.filter((x) => x.note)) expect(n.note!.style.size).toBeGreaterThanOrEqual(0.55 * n.label.style.size);
  });
});
