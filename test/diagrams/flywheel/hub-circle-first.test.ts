import { describe, expect, it } from 'vitest';
import { findDiagram } from '../../../src/diagrams/registry.js';
import { layoutProblems } from '../../../src/layout/invariants.js';
import { mustValidate, renderer, theme } from '../../helpers/render-kit.js';

/**
 * One look at every size: a flywheel whose hub has words keeps its hub circle, a type step or two
 * smaller, rather than set the words bare between the cards. A French wheel (not a fixture) whose
 * two-line hub was bare text at 1080×1080 and 400×400.
 */
const analysis = mustValidate({
  version: 1,
  lang: 'fr',
  title: 'BlaBlaCar',
  flywheel: {
    title: 'Le volant d’inertie du covoiturage',
    center: 'Liquidité du réseau',
    steps: [
      'Plus de conducteurs publient des trajets',
      { label: 'Plus de choix d’horaires', note: 'Un départ presque chaque heure sur les grands axes' },
      'Plus de passagers réservent',
      'Plus de revenus pour les conducteurs',
      'Plus d’avis et de confiance',
    ],
  },
});
const flywheel = findDiagram('flywheel')!;

describe('the flywheel hub', () => {
  it.each([
    { width: 1080, height: 1080 },
    { width: 400, height: 400 },
  ])('is a circle holding its words at $width×$height', (size) => {
    const { layout } = renderer.layout(analysis, flywheel, theme, size);
    const hub = layout.nodes.find((n) => n.role === 'hub');
    expect(hub?.shape).toBe('circle');
    expect(hub?.label.text).toBe('Liquidité du réseau');
    expect(hub?.label.truncated).toBe(false);
    expect(layout.texts.some((t) => t.role === 'hub')).toBe(false);
  });
});

describe('the same wheel on a 600×1600 canvas', () => {
  it('runs on a track down the canvas, its note kept in a narrow card (four lines)', () => {
    const size = { width: 600, height: 1600 };
    const { layout } = renderer.layout(analysis, flywheel, theme, size);
    expect(layout.warnings).toEqual([]);
    const steps = layout.nodes.filter((n) => n.role === 'step');
    expect(steps.some((n) => n.note && !n.note.truncated)).toBe(true);
    expect(layout.nodes.find((n) => n.role === 'hub')?.shape).toBe('circle');
    // the cards span most of the height: no band of empty canvas over a quarter above or below them
    const top = Math.min(...steps.map((n) => n.box.y));
    const bottom = Math.max(...steps.map((n) => n.box.y + n.box.height));
    expect(bottom - top).toBeGreaterThan(0.6 * size.height);
  });
});

/**
 * Three steps on a ring put two cards level with its centre: Doctolib's wheel (not a fixture) had
 * no room for a circle there at any type size it may step down to, and set "Réservations" bare at
 * 1080×1080 and 400×400. The circle now moves up its vertical axis into the open space above the
 * two lower cards.
 */
const threeSteps = mustValidate({
  version: 1,
  lang: 'fr',
  title: 'Doctolib',
  flywheel: {
    title: 'La boucle des réservations',
    center: 'Réservations',
    steps: ['Plus de praticiens', { label: 'Plus de patients', note: 'Réservation gratuite, rappels par SMS' }, 'Plus de visibilité recherchée'],
  },
});

describe('a three-step wheel whose centre is crowded', () => {
  it.each([
    { width: 1080, height: 1080 },
    { width: 400, height: 400 },
  ])('keeps its hub a circle, on the vertical through the centre, at $width×$height', (size) => {
    const { layout } = renderer.layout(threeSteps, flywheel, theme, size);
    const hub = layout.nodes.find((n) => n.role === 'hub');
    expect(hub?.shape).toBe('circle');
    expect(hub?.label.truncated).toBe(false);
    expect(layout.texts.some((t) => t.role === 'hub')).toBe(false);
    expect(layoutProblems(layout)).toEqual([]);
    // centred across: the ring's middle column, between the two lower cards
    const steps = layout.nodes.filter((n) => n.role === 'step');
    const [, two, three] = steps;
    const hubX = hub!.box.x + hub!.box.width / 2;
    expect(hubX).toBeGreaterThan(three!.box.x + three!.box.width);
    expect(hubX).toBeLessThan(two!.box.x);
  });
});
