import { describe, expect, it } from 'vitest';
import { findDiagram } from '../../../src/diagrams/registry.js';
import { layoutProblems } from '../../helpers/invariants.js';
import { bareBands, brandBox } from '../../helpers/bands.js';
import { fixture, renderer, theme } from '../../helpers/render-kit.js';

/**
 * A chain whose text is already at its largest leaves canvas over on a tall (or wide) canvas:
 * part of it goes into the gaps between the cards (chain/layout.ts, AIR), not all into bands
 * above and below the block. The French chain at 600×1600 had 15% of the height empty above
 * its cards and 15% below, with 34 px between them.
 */
describe('chain gaps on a tall canvas', () => {
  it('spreads the French chain down the 600×1600 canvas', () => {
    const { layout } = renderer.layout(fixture('french-platform.json'), findDiagram('chain')!, theme, { width: 600, height: 1600 });
    expect(layoutProblems(layout)).toEqual([]);
    const cards = [...layout.nodes].sort((a, b) => a.box.y - b.box.y);
    const { above, below } = bareBands(layout, brandBox(layout));
    expect(above).toBeLessThan(0.1);
    expect(below).toBeLessThan(0.1);
    // the gaps take the rest, evenly: every arrow between two cards has the same length
    const gaps = cards.slice(1).map((c, i) => c.box.y - (cards[i]!.box.y + cards[i]!.box.height));
    for (const g of gaps) expect(g).toBeCloseTo(gaps[0]!, 3);
    expect(gaps[0]!).toBeGreaterThan(60);
  });
});
