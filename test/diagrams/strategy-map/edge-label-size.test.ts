import { describe, expect, it } from 'vitest';
import { findDiagram } from '../../../src/diagrams/registry.js';
import { fixtures, renderer, SHAPES, theme } from '../../helpers/render-kit.js';
import { BLABLACAR_MAP } from '../../helpers/unseen-maps.js';
import { mustValidate } from '../../helpers/render-kit.js';

/**
 * Every edge label drawn on one map has one type size (edge-labels.ts): the largest at which each
 * label finds a clean place. A French map at 2400×600 had "complète" at the floor beside
 * "rassure" at the note size: two kinds of label to the eye.
 */
const maps = [
  ...fixtures().filter((f) => f.analysis.strategyMap?.edges?.some((e) => e.label)).map((f) => ({ name: f.name, analysis: f.analysis })),
  { name: 'BlaBlaCar', analysis: mustValidate({ version: 1, lang: 'fr', title: 'BlaBlaCar', strategyMap: BLABLACAR_MAP }) },
];

describe('edge labels on one map share one size', () => {
  for (const diagram of ['strategy-map', 'hero'])
    it(`holds for every labelled map, ${diagram}, at every shape`, () => {
      let seen = 0;
      for (const { name, analysis } of maps)
        for (const size of SHAPES) {
          const { layout } = renderer.layout(analysis, findDiagram(diagram)!, theme, size);
          const sizes = new Set(layout.edges.flatMap((e) => (e.label && e.label.role === 'edge-label' ? [e.label.style.size] : [])));
          if (layout.edges.filter((e) => e.label).length > 1) seen++;
          expect([...sizes].length, `${name} ${size.width}x${size.height}`).toBeLessThanOrEqual(1);
        }
      expect(seen).toBeGreaterThan(10);
    });
});
