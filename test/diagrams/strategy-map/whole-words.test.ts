import { describe, expect, it } from 'vitest';
import { findDiagram } from '../../../src/diagrams/registry.js';
import { layoutProblems } from '../../../src/layout/invariants.js';
import { mustValidate, renderer, theme } from '../../helpers/render-kit.js';
import { DOCTOLIB_MAP } from '../../helpers/unseen-maps.js';

/**
 * The strategy map's cutting pass shrinks labels to fit, and may then split a word at a syllable;
 * before it settles for that, the usual settings at the smaller size (where a card may widen to
 * its longest word) get a search of their own. Doctolib's map (French, not a fixture) at
 * 1080×1350 drew "Télécon- / sultation" with a third of the canvas's width free.
 */
const analysis = mustValidate({ version: 1, lang: 'fr', title: 'Doctolib', strategyMap: DOCTOLIB_MAP });

describe('a map whose cards could split a long word', () => {
  it('shows every word whole at 1080×1350', () => {
    const { layout } = renderer.layout(analysis, findDiagram('strategy-map')!, theme, { width: 1080, height: 1350 });
    const tele = layout.nodes.find((n) => n.id === 'teleconsultation')!;
    expect(tele.label.lines).toEqual(['Téléconsultation']);
    for (const n of layout.nodes) expect(n.label.lines.slice(0, -1).filter((l) => l.endsWith('-'))).toEqual([]);
    expect(layout.warnings).toEqual([]);
    expect(layoutProblems(layout)).toEqual([]);
  });
});
