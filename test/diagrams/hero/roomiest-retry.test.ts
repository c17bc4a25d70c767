import { describe, expect, it } from 'vitest';
import { findDiagram } from '../../../src/diagrams/registry.js';
import { layoutProblems } from '../../../src/layout/invariants.js';
import { mustValidate, renderer, theme } from '../../helpers/render-kit.js';
import { NINTENDO_MAP } from '../../helpers/unseen-maps.js';

/**
 * A hero whose map still gives things up in its first frame gets one last search in its roomiest
 * frame at the smaller scale (hero/layout.ts). Nintendo's seven-card map left two of its edges out
 * of the 1080×1080 hero; there it draws them all.
 */
const analysis = mustValidate({
  version: 1,
  title: "Nintendo: why owning both the console and the characters lets it sit out the specs race",
  subject: 'Nintendo',
  strategyMap: NINTENDO_MAP,
});

describe("a hero whose map gives things up in the first frame", () => {
  for (const size of [{ width: 1080, height: 1080 }, { width: 1080, height: 1350 }]) {
    it(`draws every edge of the map at ${size.width}×${size.height}`, () => {
      const { layout } = renderer.layout(analysis, findDiagram('hero')!, theme, size);
      expect(layout.warnings.filter((w) => /left out/u.test(w.message))).toEqual([]);
      // the hub's seven spokes and the three card-to-card edges
      expect(layout.edges).toHaveLength(NINTENDO_MAP.edges.length);
      expect(layoutProblems(layout)).toEqual([]);
    });
  }
});
