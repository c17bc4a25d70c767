import { describe, expect, it } from 'vitest';
import { flywheel } from '../../../src/diagrams/flywheel/index.js';
import { boxCenter, type Point } from '../../../src/layout/box.js';
import type { DiagramLayout } from '../../../src/layout/types.js';
import { sceneFromLayout } from '../../../src/scene/from-layout.js';
import { layoutProblems, sceneContrastProblems } from '../../helpers/invariants.js';
import { fixtures, lightTheme, mustValidate, renderer, SIZES, theme } from '../../helpers/render-kit.js';

const withFlywheel = fixtures().filter((f) => f.analysis.flywheel);
const meta = withFlywheel.find((f) => f.name === 'meta-llama.json')!.analysis;
const EXTRA = [
  { width: 2400, height: 400 },
  { width: 400, height: 2400 },
];

/** Centre of the ring: the hub node, or the hub text when the hub is drawn as words alone. */
function hubCenter(l: DiagramLayout): Point {
  const hub = l.nodes.find((n) => n.role === 'hub');
  if (hub) return boxCenter(hub.box);
  return boxCenter(l.texts.find((t) => t.role === 'hub')!.box);
}

/** Clockwise angle from 12 o'clock, in [0, 2π). */
const clock = (p: Point, c: Point) => (Math.atan2(p.y - c.y, p.x - c.x) + Math.PI / 2 + 4 * Math.PI) % (2 * Math.PI);

describe('flywheel.layout() on every fixture', () => {
  for (const { name, analysis } of withFlywheel) {
    for (const size of [...SIZES, ...EXTRA]) {
      it(`${name} at ${size.width}x${size.height} holds every invariant`, () => {
        const { layout, alt } = renderer.layout(analysis, flywheel, theme, size);
        expect(layoutProblems(layout)).toEqual([]);
        expect(sceneContrastProblems(sceneFromLayout(layout, theme, alt))).toEqual([]);
        expect(sceneContrastProblems(sceneFromLayout(layout, lightTheme, alt))).toEqual([]);
      });
    }
  }
});

describe('flywheel.layout() geometry', () => {
  for (const size of [{ width: 1200, height: 630 }, { width: 1080, height: 1080 }, { width: 1080, height: 1350 }]) {
    it(`at ${size.width}x${size.height} puts step 1 at 12 o'clock and the others clockwise, numbered`, () => {
      const { layout } = renderer.layout(meta, flywheel, theme, size);
      const steps = layout.nodes.filter((n) => n.role === 'step');
      expect(steps.map((s) => s.id)).toEqual(['step-1', 'step-2', 'step-3', 'step-4', 'step-5', 'step-6']);
      const c = hubCenter(layout);
      const first = boxCenter(steps[0]!.box);
      expect(Math.abs(first.x - c.x)).toBeLessThan(1);
      expect(first.y).toBeLessThan(c.y);
      const angles = steps.map((s) => clock(boxCenter(s.box), c));
      for (let i = 1; i < angles.length; i++) expect(angles[i]!).toBeGreaterThan(angles[i - 1]!);
      // each step carries its number: in a badge on a card, or as the dot's own label
      steps.forEach((s, i) => expect(s.badge ? s.badge.value : Number(s.label.text)).toBe(i + 1));
    });
  }

  it('draws one arc from each step to the next and from the last back to the first, all clockwise', () => {
    const { layout } = renderer.layout(meta, flywheel, theme, { width: 1200, height: 630 });
    expect(layout.edges.map((e) => `${e.from}>${e.to}`)).toEqual(['step-1>step-2', 'step-2>step-3', 'step-3>step-4', 'step-4>step-5', 'step-5>step-6', 'step-6>step-1']);
    const c = hubCenter(layout);
    for (const e of layout.edges) {
      // every sample turns clockwise about the hub: the cross product of consecutive radii is positive
      for (let i = 1; i < e.samples.length; i++) {
        const a = e.samples[i - 1]!;
        const b = e.samples[i]!;
        expect((a.x - c.x) * (b.y - c.y) - (a.y - c.y) * (b.x - c.x)).toBeGreaterThan(0);
      }
      expect(e.path).toMatch(/^M[-\d.]+,[-\d.]+A[-\d.,]+$/);
    }
  });

  it('keeps every arc clear of the hub', () => {
    for (const size of SIZES) {
      const { layout } = renderer.layout(meta, flywheel, theme, size);
      const hub = layout.nodes.find((n) => n.role === 'hub');
      const box = hub ? hub.box : layout.texts.find((t) => t.role === 'hub')!.box;
      for (const e of layout.edges) for (const p of e.samples) expect(p.x > box.x && p.x < box.x + box.width && p.y > box.y && p.y < box.y + box.height).toBe(false);
    }
  });

  it('writes `center` in the hub and keeps one title per picture: without `center` the hub is a plain circle', () => {
    const base = { version: 1, title: 'Analysis title' };
    const hubOf = (l: DiagramLayout) => l.nodes.find((n) => n.role === 'hub');
    const titles = (l: DiagramLayout) => l.texts.filter((t) => t.role === 'title').map((t) => t.text);
    const allWords = (l: DiagramLayout) => [...l.texts.map((t) => t.text), ...l.nodes.map((n) => n.label.text)];
    const withCenter = renderer.layout(mustValidate({ ...base, flywheel: { title: 'Loop', center: 'Growth', steps: ['A', 'B', 'C'] } }), flywheel, theme, { width: 1200, height: 630 }).layout;
    expect(titles(withCenter)).toEqual(['Loop']);
    expect(hubOf(withCenter)!.label.text).toBe('Growth');
    for (const size of [{ width: 1200, height: 630 }, { width: 1080, height: 1080 }, { width: 400, height: 400 }, { width: 2400, height: 600 }, { width: 600, height: 1600 }]) {
      const noCenter = renderer.layout(mustValidate({ ...base, flywheel: { title: 'Loop', steps: ['A', 'B', 'C'] } }), flywheel, theme, size).layout;
      // the flywheel's title once, on top; the analysis title nowhere; the hub a circle without words
      expect(titles(noCenter)).toEqual(['Loop']);
      expect(allWords(noCenter).filter((w) => w === 'Loop' || w === 'Analysis title')).toEqual(['Loop']);
      expect(hubOf(noCenter)?.shape).toBe('circle');
      expect(hubOf(noCenter)!.label.text).toBe('');
      expect(noCenter.texts.some((t) => t.role === 'hub')).toBe(false);
    }
    const untitled = renderer.layout(mustValidate({ ...base, flywheel: { steps: ['A', 'B', 'C'] } }), flywheel, theme, { width: 1200, height: 630 }).layout;
    expect(titles(untitled)).toEqual(['Analysis title']);
  });

  it('shows a step note under its label when there is room, and says when it leaves one out', () => {
    const og = renderer.layout(meta, flywheel, theme, { width: 1200, height: 630 }).layout;
    const step4 = og.nodes.find((n) => n.id === 'step-4')!;
    expect(step4.note?.text).toMatch(/^Advantage\+/);
    expect(step4.note!.style.size).toBeLessThan(step4.label.style.size);
    expect(step4.note!.box.y).toBeGreaterThan(step4.label.box.y + step4.label.box.height);
    const square = renderer.layout(meta, flywheel, theme, { width: 1080, height: 1080 }).layout;
    if (!square.nodes.find((n) => n.id === 'step-4')!.note) expect(square.warnings.map((w) => w.field)).toContain('flywheel.steps[3].note');
  });

  it('switches to numbered dots with labels outside for ten steps on a square canvas', () => {
    const amazon = withFlywheel.find((f) => f.analysis.flywheel!.steps.length === 10)!.analysis;
    const { layout } = renderer.layout(amazon, flywheel, theme, { width: 1080, height: 1080 });
    const steps = layout.nodes.filter((n) => n.role === 'step');
    expect(steps.every((s) => s.shape === 'circle')).toBe(true);
    const labels = layout.texts.filter((t) => t.role.startsWith('step-label-'));
    expect(labels.map((t) => t.text)).toEqual(amazon.flywheel!.steps.map((s) => s.label));
    // anchored by side: labels on the right half start after their dot, on the left half end before it
    const c = hubCenter(layout);
    labels.forEach((t, i) => {
      const dot = boxCenter(steps[i]!.box);
      if (t.align === 'start') expect(t.box.x).toBeGreaterThan(dot.x);
      if (t.align === 'end') expect(t.box.x + t.box.width).toBeLessThan(dot.x);
      if (dot.x > c.x + 40) expect(t.align).toBe('start');
      if (dot.x < c.x - 40) expect(t.align).toBe('end');
    });
  });
});
