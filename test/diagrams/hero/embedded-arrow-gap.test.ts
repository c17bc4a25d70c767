import { describe, expect, it } from 'vitest';
import { findDiagram } from '../../../src/diagrams/registry.js';
import { layoutProblems } from '../../../src/layout/invariants.js';
import { mustValidate, renderer, theme } from '../../helpers/render-kit.js';
import { BLABLACAR_MAP } from '../../helpers/unseen-maps.js';

/**
 * The invariant checker read an arrow's gap before its target against the embedded diagram's
 * slot (a 204 px tall strip of the hero) instead of the hero's scale: the hero's map, arrows 6 px
 * short of their cards as everywhere, counted two "problems", and the hero settled for a layout
 * with an edge in the legend. A French analysis (not a fixture) at 1200×630.
 */
const analysis = mustValidate({
  version: 1,
  lang: 'fr',
  title: 'BlaBlaCar : comment une place libre dans une voiture est devenue un réseau de transport européen',
  subject: 'BlaBlaCar',
  strategyMap: BLABLACAR_MAP,
});

describe('a hero whose map has arrows between cards', () => {
  it('keeps both labelled edges on the map at 1200×630, and holds every invariant', () => {
    const { layout } = renderer.layout(analysis, findDiagram('hero')!, theme, { width: 1200, height: 630 });
    expect(layout.warnings).toEqual([]);
    expect(layout.edges.filter((e) => e.label).map((e) => e.label!.lines.join(' ')).sort()).toEqual(['complète', 'rassure']);
    expect(layoutProblems(layout)).toEqual([]);
  });
});
