import { describe, expect, it } from 'vitest';
import { layers } from '../../../src/diagrams/layers/index.js';
import { largestEmptyBand } from '../../../scripts/sweep-metrics.mjs';
import { canvasMetrics } from '../../../src/layout/metrics.js';
import { layoutProblems } from '../../helpers/invariants.js';
import { fixtures, renderer, theme } from '../../helpers/render-kit.js';

const byName = (name: string) => fixtures().find((f) => f.name === name)!.analysis;
const TALL = { width: 600, height: 1600 };

describe('five-layer overview on a tall canvas', () => {
  it('puts each header over its key lines and fills the height (full overview)', () => {
    const { layout } = renderer.layout(byName('meta-llama.json'), layers, theme, TALL);
    expect(layoutProblems(layout)).toEqual([]);
    const header = layout.nodes.find((n) => n.id === 'layer-0')!;
    const first = layout.nodes.find((n) => n.role === 'node')!;
    // header over its key lines, not a column beside them
    expect(first.box.y).toBeGreaterThanOrEqual(header.box.y + header.box.height);
    expect(largestEmptyBand(layout)).toBeLessThanOrEqual(25);
  });

  it('grows the type of a sparse overview before leaving the canvas empty', () => {
    const tall = renderer.layout(byName('one-satellite.json'), layers, theme, TALL).layout;
    expect(layoutProblems(tall)).toEqual([]);
    const size = (l: typeof tall) => Math.max(...l.nodes.filter((n) => n.role === 'node').map((n) => n.label.style.size));
    // two key lines start above the theme's key-line size for this canvas (a full overview starts at it)
    expect(size(tall)).toBeGreaterThan(1.2 * canvasMetrics(TALL.width, TALL.height, theme).style('node').size);
  });
});
