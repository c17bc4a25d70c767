import { describe, expect, it } from 'vitest';
import { layers } from '../../../src/diagrams/layers/index.js';
import { largestEmptyBand } from '../../../scripts/sweep-metrics.mjs';
import { canvasMetrics } from '../../../src/layout/metrics.js';
import { layoutTexts } from '../../../src/layout/texts.js';
import type { DiagramLayout } from '../../../src/layout/types.js';
import { layoutProblems } from '../../helpers/invariants.js';
import { fixtures, renderer, SHAPES, theme } from '../../helpers/render-kit.js';

const byName = (name: string) => fixtures().find((f) => f.name === name)!.analysis;

/** Sparse overviews: one key line (minimal, flywheel-only), two (one-satellite), three (cjk-alibaba), four (three-satellites). */
const SPARSE = ['minimal.json', 'flywheel-only.json', 'one-satellite.json', 'cjk-alibaba.json', 'three-satellites.json'];
const SIZES = SHAPES;

const keyLineSize = (l: DiagramLayout) => Math.max(...l.nodes.filter((n) => n.role === 'node').map((n) => n.label.style.size));

describe('a sparse five-layer overview fills its canvas', () => {
  for (const name of SPARSE) {
    for (const size of SIZES) {
      it(`${name} at ${size.width}x${size.height}: no empty band over 25% of a side, nothing cut, header inside the area`, () => {
        const { layout } = renderer.layout(byName(name), layers, theme, size);
        expect(layoutProblems(layout)).toEqual([]);
        expect(layoutTexts(layout).filter((t) => t.truncated)).toEqual([]);
        expect(layout.warnings).toEqual([]);
        expect(largestEmptyBand(layout)).toBeLessThanOrEqual(25);
        const inner = size.width - 2 * layout.margin;
        for (const h of layout.nodes.filter((n) => n.role === 'hub')) expect(h.box.width).toBeLessThanOrEqual(inner + 1e-6);
      });
    }
  }

  it('sets one or two key lines in type at least twice the key-line size on wide, square and tall canvases', () => {
    for (const name of ['minimal.json', 'one-satellite.json']) {
      for (const size of [{ width: 1200, height: 630 }, { width: 400, height: 400 }, { width: 600, height: 1600 }]) {
        const { layout } = renderer.layout(byName(name), layers, theme, size);
        expect(keyLineSize(layout), `${name} ${size.width}x${size.height}`).toBeGreaterThanOrEqual(2 * canvasMetrics(size.width, size.height, theme).style('node').size - 1e-6);
      }
    }
  });
});
