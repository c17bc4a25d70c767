import { describe, expect, it } from 'vitest';
import { findDiagram } from '../../../src/diagrams/registry.js';
import type { HeroLayout } from '../../../src/diagrams/hero/layout.js';
import { largestEmptyBand } from '../../../scripts/sweep-metrics.mjs';
import { layoutProblems } from '../../helpers/invariants.js';
import { fixtures, mustValidate, renderer, theme } from '../../helpers/render-kit.js';

const hero = findDiagram('hero')!;
const byName = (name: string) => fixtures().find((f) => f.name === name)!.analysis;
const SIZES = [{ width: 1200, height: 630 }, { width: 1080, height: 1080 }, { width: 400, height: 400 }, { width: 2400, height: 600 }, { width: 600, height: 1600 }];

describe('hero frame rules', () => {
  it('takes its kicker only from `subject`: without one there is no kicker (never the theme label, which repeats the wordmark)', () => {
    const bare = mustValidate({ version: 1, title: 'Supply brings demand', flywheel: { center: 'Bookings', steps: ['Hosts', 'Guests', 'Reviews'] } });
    for (const size of SIZES) {
      const l = renderer.layout(bare, hero, theme, size).layout as HeroLayout;
      expect(l.texts.filter((t) => t.role === 'kicker')).toEqual([]);
      expect(l.texts.some((t) => t.text === theme.label && t.role !== 'brand')).toBe(false);
      // the title then starts at the top margin
      expect(l.texts.find((t) => t.role === 'title')!.box.y).toBeLessThan(l.margin + 0.3 * l.texts.find((t) => t.role === 'title')!.style.size);
      const withSubject = renderer.layout({ ...bare, subject: 'Airbnb' }, hero, theme, size).layout;
      expect(withSubject.texts.filter((t) => t.role === 'kicker').map((t) => t.text)).toEqual(['Airbnb']);
    }
  });

  it('on a tall canvas gives a long title the lines it needs rather than cutting it, and keeps the map compact', () => {
    const { layout } = renderer.layout(byName('german-mittelstand.json'), hero, theme, { width: 600, height: 1600 });
    expect(layoutProblems(layout)).toEqual([]);
    const title = layout.texts.find((t) => t.role === 'title')!;
    expect(title.truncated).toBe(false);
    expect(title.lines.length).toBeGreaterThan(3);
    // the satellites are no further apart vertically than 1.7 times the content width
    const sats = layout.nodes.filter((n) => n.role !== 'hub');
    const span = Math.max(...sats.map((n) => n.box.y + n.box.height)) - Math.min(...sats.map((n) => n.box.y));
    expect(span).toBeLessThanOrEqual(1.7 * (layout.width - 2 * layout.margin) + 1);
    expect(largestEmptyBand(layout)).toBeLessThanOrEqual(25);
  });

  it('centres a narrow diagram in the room right of a short text column (side composition)', () => {
    const l = renderer.layout(byName('flywheel-only.json'), hero, theme, { width: 2400, height: 600 }).layout as HeroLayout;
    expect(l.composition).toBe('side');
    expect(layoutProblems(l)).toEqual([]);
    const textRight = Math.max(...l.texts.filter((t) => ['kicker', 'title', 'subtitle', 'brand'].includes(t.role)).map((t) => t.box.x + t.box.width));
    const nodes = l.nodes;
    const left = Math.min(...nodes.map((n) => (n.badge ? Math.min(n.box.x, n.badge.center.x - n.badge.radius) : n.box.x)));
    const right = Math.max(...nodes.map((n) => (n.badge ? Math.max(n.box.x + n.box.width, n.badge.center.x + n.badge.radius) : n.box.x + n.box.width)));
    const before = left - textRight;
    const after = l.width - l.margin - right;
    expect(Math.abs(before - after)).toBeLessThan(0.2 * (before + after) + 60);
  });
});
