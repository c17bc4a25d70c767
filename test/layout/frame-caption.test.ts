import { describe, expect, it } from 'vitest';
import { findDiagram } from '../../src/diagrams/registry.js';
import { fixtures, renderer, theme } from '../helpers/render-kit.js';

const SIZES = [{ width: 1200, height: 630 }, { width: 1080, height: 1080 }, { width: 1080, height: 1350 }, { width: 400, height: 400 }, { width: 2400, height: 600 }, { width: 600, height: 1600 }];

describe('the frame places the caption by one rule at every size', () => {
  it('centred on a row of its own, under the thesis pill and above the wordmark', () => {
    const map = findDiagram('strategy-map')!;
    const withCaption = fixtures().filter((f) => f.analysis.strategyMap?.caption);
    expect(withCaption.length).toBeGreaterThan(0);
    for (const { name, analysis } of withCaption) {
      for (const size of SIZES) {
        const { layout } = renderer.layout(analysis, map, theme, size);
        const caption = layout.texts.find((t) => t.role === 'caption')!;
        const brand = layout.texts.find((t) => t.role === 'brand')!;
        const where = `${name} ${size.width}x${size.height}`;
        expect(caption.align, where).toBe('middle');
        expect(Math.abs(caption.box.x + caption.box.width / 2 - size.width / 2), where).toBeLessThan(2);
        // its own row: nothing of the wordmark beside it, the wordmark below
        expect(caption.box.y + caption.box.height, where).toBeLessThanOrEqual(brand.box.y + 0.5);
        const pill = layout.panels.find((p) => p.role === 'thesis');
        if (pill) expect(pill.box.y + pill.box.height, where).toBeLessThanOrEqual(caption.box.y + 0.5);
      }
    }
  });
});
