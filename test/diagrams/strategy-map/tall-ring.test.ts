import { describe, expect, it } from 'vitest';
import { boxCenter } from '../../../src/layout/box.js';
import { selectDiagrams } from '../../../src/render/render.js';
import { layoutProblems } from '../../helpers/invariants.js';
import { bareBands } from '../../helpers/bands.js';
import { fixtures, renderer, theme } from '../../helpers/render-kit.js';

const byName = (name: string) => fixtures().find((f) => f.name === name)!.analysis;

describe('strategy map with an odd number of long labels on a tall narrow canvas', () => {
  it('runs its ring above and below the hub instead of bunching every card in the top half', () => {
    const a = byName('long-labels.json');
    const [d] = selectDiagrams(a, ['strategy-map']);
    const { layout } = renderer.layout(a, d!, theme, { width: 600, height: 1600 });
    expect(layoutProblems(layout)).toEqual([]);
    const hub = layout.nodes.find((n) => n.role === 'hub')!;
    const below = layout.nodes.filter((n) => n.role !== 'hub' && boxCenter(n.box).y > boxCenter(hub.box).y);
    expect(below.length).toBeGreaterThanOrEqual(2);
    // no satellite label cut where the tall canvas has room for it
    expect(layout.nodes.filter((n) => n.role !== 'hub' && n.label.truncated).map((n) => n.id)).toEqual([]);
  });

  it('sits in the middle of its area, with the caption whole in the height the canvas has', () => {
    const a = byName('long-labels.json');
    const [d] = selectDiagrams(a, ['strategy-map']);
    const { layout } = renderer.layout(a, d!, theme, { width: 600, height: 1600 });
    // five cards spread evenly leave 6 o'clock bare; the drawing is shifted so the empty canvas is
    // split above and below it (it was all below: 11 px over the ring, 367 px under it)
    const { above, below } = bareBands(layout, layout.panels.find((p) => p.role === 'thesis')!.box);
    expect(Math.abs(above - below)).toBeLessThan(0.05);
    // the caption takes the lines it needs on a tall canvas rather than an ellipsis
    const caption = layout.texts.find((t) => t.role === 'caption')!;
    expect(caption.truncated).toBeFalsy();
    expect(layout.warnings.filter((w) => w.field === 'strategyMap.caption' || /caption/u.test(w.field))).toEqual([]);
  });
});
