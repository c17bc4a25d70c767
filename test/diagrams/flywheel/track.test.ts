import { describe, expect, it } from 'vitest';
import { flywheel } from '../../../src/diagrams/flywheel/index.js';
import { boxCenter } from '../../../src/layout/box.js';
import type { DiagramLayout } from '../../../src/layout/types.js';
import { largestEmptyBand } from '../../../scripts/sweep-metrics.mjs';
import { layoutProblems } from '../../helpers/invariants.js';
import { fixtures, mustValidate, renderer, theme } from '../../helpers/render-kit.js';

const WIDE = { width: 2400, height: 600 };
const TALL = { width: 600, height: 1600 };
const STORY = { width: 1080, height: 1920 };
const byName = (name: string) => fixtures().find((f) => f.name === name)!.analysis;
const steps = (l: DiagramLayout) => l.nodes.filter((n) => n.role === 'step');
const hub = (l: DiagramLayout) => l.nodes.find((n) => n.role === 'hub');

/** Every arc sample turns clockwise about the hub: the loop is read clockwise, as on a wheel. */
function clockwise(l: DiagramLayout): boolean {
  const c = boxCenter(hub(l)!.box);
  return l.edges.every((e) => e.samples.slice(1).every((b, i) => {
    const a = e.samples[i]!;
    return (a.x - c.x) * (b.y - c.y) - (a.y - c.y) * (b.x - c.x) >= -1e-6;
  }));
}

describe('flywheel on very wide and very tall canvases: steps on a track that fills the canvas', () => {
  it('six steps at 2400×600: two rows (1–3 left to right on top, 4–6 right to left below), arrows clockwise, hub circle between', () => {
    const { layout } = renderer.layout(byName('meta-llama.json'), flywheel, theme, WIDE);
    expect(layoutProblems(layout)).toEqual([]);
    const c = steps(layout).map((s) => boxCenter(s.box));
    expect(new Set(c.slice(0, 3).map((p) => Math.round(p.y))).size).toBe(1);
    expect(new Set(c.slice(3).map((p) => Math.round(p.y))).size).toBe(1);
    expect(c[3]!.y).toBeGreaterThan(c[0]!.y);
    expect(c[0]!.x < c[1]!.x && c[1]!.x < c[2]!.x).toBe(true);
    expect(c[3]!.x > c[4]!.x && c[4]!.x > c[5]!.x).toBe(true);
    expect(hub(layout)?.shape).toBe('circle');
    expect(clockwise(layout)).toBe(true);
    // the rows span the canvas: steps reach both outer fifths of its width
    expect(Math.min(...steps(layout).map((s) => s.box.x))).toBeLessThan(WIDE.width / 5);
    expect(Math.max(...steps(layout).map((s) => s.box.x + s.box.width))).toBeGreaterThan((WIDE.width * 4) / 5);
  });

  it('three steps make one row (wide) or one column (tall) and the loop comes back round', () => {
    const a = byName('flywheel-only.json');
    const wide = renderer.layout(a, flywheel, theme, WIDE).layout;
    const w = steps(wide).map((s) => boxCenter(s.box));
    expect(layoutProblems(wide)).toEqual([]);
    expect(w[0]!.x < w[1]!.x && w[1]!.x < w[2]!.x).toBe(true);
    expect(Math.max(...steps(wide).map((s) => s.box.y)) - Math.min(...steps(wide).map((s) => s.box.y))).toBeLessThan(60);
    const tall = renderer.layout(a, flywheel, theme, TALL).layout;
    const t = steps(tall).map((s) => boxCenter(s.box));
    expect(layoutProblems(tall)).toEqual([]);
    expect(t[0]!.y < t[1]!.y && t[1]!.y < t[2]!.y).toBe(true);
    expect(new Set(t.map((p) => Math.round(p.x))).size).toBe(1);
    for (const l of [wide, tall]) {
      expect(l.edges.map((e) => `${e.from}>${e.to}`)).toEqual(['step-1>step-2', 'step-2>step-3', 'step-3>step-1']);
      expect(hub(l)?.shape).toBe('circle');
      expect(clockwise(l)).toBe(true);
    }
  });

  it('leaves no empty band wider than a quarter of the canvas where the track holds every text', () => {
    for (const [name, size] of [['meta-llama.json', WIDE], ['meta-llama.json', TALL], ['flywheel-only.json', WIDE], ['flywheel-only.json', TALL], ['german-mittelstand.json', WIDE]] as const) {
      const { layout } = renderer.layout(byName(name), flywheel, theme, size);
      expect(layout.edges.some((e) => e.path.includes('L')), `${name} ${size.width}x${size.height} is on a track`).toBe(true);
      expect(largestEmptyBand(layout), `${name} ${size.width}x${size.height}`).toBeLessThanOrEqual(25);
    }
  });

  it('long labels on a tall canvas: one column of whole labels and the loop back on the other side, filling the canvas', () => {
    /** A label line ending in a hyphen the source text does not have there: a word split at a syllable. */
    const hyphenated = (l: DiagramLayout) => steps(l).filter((s) => s.label.lines.slice(0, -1).some((line) => line.endsWith('-') && !s.label.text.includes(line)));
    // 600×1600, and a story (1080×1920), whose area is about 1.6:1: as a ring its cards were
    // 180 px wide and split four German labels into four syllable lines
    for (const [name, size] of [['german-mittelstand.json', TALL], ['french-platform.json', TALL], ['german-mittelstand.json', STORY]] as const) {
      const { layout } = renderer.layout(byName(name), flywheel, theme, size);
      const at = `${name} ${size.width}x${size.height}`;
      expect(layoutProblems(layout), at).toEqual([]);
      const c = steps(layout).map((s) => boxCenter(s.box));
      expect(new Set(c.map((p) => Math.round(p.x))).size, `${at}: one column`).toBe(1);
      expect(c.every((p, i) => i === 0 || p.y > c[i - 1]!.y), `${at}: top to bottom`).toBe(true);
      expect(hyphenated(layout).map((s) => s.label.lines), at).toEqual([]);
      expect(steps(layout).every((s) => !s.label.truncated && s.label.lines.length <= 3), at).toBe(true);
      expect(largestEmptyBand(layout), at).toBeLessThanOrEqual(25);
      // the way back is a straight on the hub's side of the column
      expect(hub(layout)?.shape).toBe('circle');
      expect(boxCenter(hub(layout)!.box).x).toBeLessThan(c[0]!.x);
      expect(layout.edges.map((e) => `${e.from}>${e.to}`).at(-1)).toBe(`step-${c.length}>step-1`);
      expect(clockwise(layout), at).toBe(true);
    }
    // two columns that would split a word at syllables ("Kunden-|zufrieden-|heit") give way to one column
    const split = mustValidate({ version: 1, title: 'Der Kreislauf', flywheel: { center: 'Wachstum', steps: ['Mehr Kunden', 'Mehr Kundenzufriedenheit', 'Mehr Umsatz', 'Mehr Forschung', 'Mehr Partner', 'Mehr Daten'] } });
    const one = renderer.layout(split, flywheel, theme, TALL).layout;
    expect(layoutProblems(one)).toEqual([]);
    expect(new Set(steps(one).map((s) => Math.round(boxCenter(s.box).x))).size).toBe(1);
    expect(hyphenated(one).map((s) => s.label.lines)).toEqual([]);
    // labels two columns hold keep the two columns
    const llama = steps(renderer.layout(byName('meta-llama.json'), flywheel, theme, TALL).layout).map((s) => Math.round(boxCenter(s.box).x));
    expect(new Set(llama).size).toBe(2);
  });

  it('keeps the ellipse on ordinary canvases (the track is for stretched ones only)', () => {
    for (const name of ['meta-llama.json', 'flywheel-only.json', 'unicode.json']) {
      for (const size of [{ width: 1200, height: 630 }, { width: 1080, height: 1080 }, { width: 1080, height: 1350 }]) {
        const { layout } = renderer.layout(byName(name), flywheel, theme, size);
        for (const e of layout.edges) expect(e.path, `${name} ${size.width}x${size.height}`).toMatch(/^M[-\d.]+,[-\d.]+A[-\d.,]+$/);
      }
    }
  });

  it('holds every invariant on a track for 3–10 steps, with and without notes and hub', () => {
    for (const n of [3, 4, 5, 7, 8, 10]) {
      for (const withNotes of [false, true]) {
        const list = Array.from({ length: n }, (_, i) => (withNotes && i % 3 === 1 ? { label: `Step number ${i + 1}`, note: 'A short note that explains it' } : `Step number ${i + 1}`));
        const a = mustValidate({ version: 1, title: 'T', flywheel: { steps: list, ...(n % 2 ? { center: 'Growth' } : {}) } });
        for (const size of [WIDE, TALL, { width: 2400, height: 400 }, { width: 400, height: 2400 }]) {
          const { layout } = renderer.layout(a, flywheel, theme, size);
          expect(layoutProblems(layout), `${n} steps ${size.width}x${size.height}`).toEqual([]);
          expect(steps(layout)).toHaveLength(n);
          expect(layout.edges).toHaveLength(n);
        }
      }
    }
  });
});
