import { describe, expect, it } from 'vitest';
import { chain } from '../../../src/diagrams/chain/index.js';
import { boxCenter } from '../../../src/layout/box.js';
import { sceneFromLayout } from '../../../src/scene/from-layout.js';
import { layoutProblems, sceneContrastProblems } from '../../helpers/invariants.js';
import { fixtures, lightTheme, mustValidate, renderer, SIZES, theme } from '../../helpers/render-kit.js';

const withChain = fixtures().filter((f) => f.analysis.strategy?.chain);
const meta = withChain.find((f) => f.name === 'meta-llama.json')!.analysis;
const EXTRA = [
  { width: 2400, height: 400 },
  { width: 400, height: 2400 },
];
const chainOf = (steps: string[]) => mustValidate({ version: 1, title: 'T', strategy: { name: 'The strategy', chain: steps } });

describe('chain.layout() on every fixture', () => {
  for (const { name, analysis } of withChain) {
    for (const size of [...SIZES, ...EXTRA]) {
      it(`${name} at ${size.width}x${size.height} holds every invariant`, () => {
        const { layout, alt } = renderer.layout(analysis, chain, theme, size);
        expect(layoutProblems(layout)).toEqual([]);
        expect(sceneContrastProblems(sceneFromLayout(layout, theme, alt))).toEqual([]);
        expect(sceneContrastProblems(sceneFromLayout(layout, lightTheme, alt))).toEqual([]);
      });
    }
  }
});

describe('chain.layout() geometry', () => {
  it('titles the chain with the strategy name and numbers the steps in badges', () => {
    const { layout } = renderer.layout(meta, chain, theme, { width: 1200, height: 630 });
    expect(layout.texts.find((t) => t.role === 'title')!.text).toBe('Commoditize Your Complement');
    expect(layout.nodes.map((n) => n.badge!.value)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(layout.nodes.every((n) => n.role === 'step')).toBe(true);
  });

  it('shows every seed step whole (wrapped, never cut) at 1200x630, 1080x1080 and 1080x1350', () => {
    for (const size of [{ width: 1200, height: 630 }, { width: 1080, height: 1080 }, { width: 1080, height: 1350 }]) {
      const { layout } = renderer.layout(meta, chain, theme, size);
      expect(layout.warnings).toEqual([]);
      layout.nodes.forEach((n, i) => expect(n.label.lines.join(' ')).toBe(meta.strategy!.chain![i]));
      for (const n of layout.nodes) expect(n.label.style.size).toBeGreaterThanOrEqual(layout.minFontSize);
    }
  });

  it('lays a short chain out in one row on a wide canvas', () => {
    const { layout } = renderer.layout(chainOf(['Free models', 'Developers switch', 'Rivals lose pricing', 'Meta wins']), chain, theme, { width: 1200, height: 630 });
    const ys = layout.nodes.map((n) => boxCenter(n.box).y);
    expect(Math.max(...ys) - Math.min(...ys)).toBeLessThan(1);
    const xs = layout.nodes.map((n) => boxCenter(n.box).x);
    for (let i = 1; i < xs.length; i++) expect(xs[i]!).toBeGreaterThan(xs[i - 1]!);
  });

  it('stacks a short chain in a column on a portrait canvas', () => {
    const { layout } = renderer.layout(chainOf(['Free models', 'Developers switch', 'Rivals lose pricing']), chain, theme, { width: 1080, height: 1350 });
    const xs = layout.nodes.map((n) => boxCenter(n.box).x);
    expect(Math.max(...xs) - Math.min(...xs)).toBeLessThan(1);
  });

  it('snakes a long chain: each next step sits beside its predecessor or right below it, and arrows are straight', () => {
    for (const size of [{ width: 1200, height: 630 }, { width: 1080, height: 1080 }, { width: 1080, height: 1350 }]) {
      const { layout } = renderer.layout(meta, chain, theme, size);
      expect(layout.edges.map((e) => `${e.from}>${e.to}`)).toEqual(layout.nodes.slice(1).map((n, i) => `${layout.nodes[i]!.id}>${n.id}`));
      layout.edges.forEach((e, i) => {
        const a = boxCenter(layout.nodes[i]!.box);
        const b = boxCenter(layout.nodes[i + 1]!.box);
        const sameRow = Math.abs(a.y - b.y) < 1;
        const sameColumn = Math.abs(a.x - b.x) < 1;
        expect(sameRow || sameColumn).toBe(true);
        const start = e.samples[0]!;
        const tip = e.head[0];
        if (sameRow) expect(Math.abs(start.y - tip.y)).toBeLessThan(0.5);
        else expect(Math.abs(start.x - tip.x)).toBeLessThan(0.5);
      });
    }
  });
});
