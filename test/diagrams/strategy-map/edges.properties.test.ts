import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { strategyMap } from '../../../src/diagrams/strategy-map/index.js';
import { findDiagram } from '../../../src/diagrams/registry.js';
import { distanceToBorder } from '../../../src/layout/route.js';
import { layoutProblems } from '../../helpers/invariants.js';
import { EDGE_LIMIT } from '../../helpers/maps.js';
import { labelArb, mustValidate, renderer, theme } from '../../helpers/render-kit.js';

/** The sizes the issue names: newsletter-small, square, portrait, and the two extreme strips. */
const EDGE_SIZES = [
  { width: 400, height: 400 },
  { width: 600, height: 400 },
  { width: 1080, height: 1080 },
  { width: 1080, height: 1350 },
  { width: 2400, height: 600 },
  { width: 600, height: 1600 },
];

type Shape = 'spokes' | 'labelled' | 'crossing' | 'two-way' | 'to-hub' | 'dense';

/** Edge sets of one shape over n satellites (ids s0…), labels from `labels` where the shape has them. */
function edgesFor(shape: Shape, n: number, labels: string[], seed: number): { from: string; to: string; label?: string }[] {
  const s = (i: number) => `s${((i % n) + n) % n}`;
  const label = (k: number) => labels[k % labels.length]!;
  const spokes = Array.from({ length: n }, (_, i) => ({ from: 'hub', to: s(i) }));
  switch (shape) {
    case 'spokes':
      return spokes;
    case 'labelled':
      return spokes.map((e, k) => ({ ...e, label: label(k) }));
    case 'crossing':
      // chords across the ring: i → i + n/2 cross each other near the hub
      return n < 4 ? spokes : [...spokes, ...Array.from({ length: Math.floor(n / 2) }, (_, i) => ({ from: s(i), to: s(i + Math.floor(n / 2)), label: label(i) }))];
    case 'two-way':
      return n < 2 ? [{ from: 'hub', to: 's0', label: label(0) }, { from: 's0', to: 'hub', label: label(1) }] : [...spokes, { from: s(0), to: s(1), label: label(0) }, { from: s(1), to: s(0), label: label(1) }, { from: s(seed + 2), to: 'hub', label: label(2) }];
    case 'to-hub':
      return Array.from({ length: n }, (_, i) => (i % 2 ? { from: s(i), to: 'hub', label: label(i) } : { from: 'hub', to: s(i) }));
    case 'dense': {
      const out = [...spokes.map((e, k) => ({ ...e, label: label(k) }))];
      for (let d = 1; d < n && out.length < EDGE_LIMIT; d++) for (let i = 0; i < n && out.length < EDGE_LIMIT; i++) out.push({ from: s(i), to: s(i + d), label: label(i + d) });
      return out;
    }
  }
}

const mapArb = fc
  .record({
    n: fc.integer({ min: 1, max: 12 }),
    labels: fc.array(labelArb, { minLength: 13, maxLength: 13 }),
    edgeLabels: fc.array(labelArb, { minLength: 4, maxLength: 4 }),
    shape: fc.constantFrom<Shape>('spokes', 'labelled', 'crossing', 'two-way', 'to-hub', 'dense'),
    seed: fc.nat(11),
    size: fc.constantFrom(...EDGE_SIZES),
  })
  .map(({ n, labels, edgeLabels, shape, seed, size }) => ({
    size,
    shape,
    analysis: mustValidate({
      version: 1,
      title: 'Generated map',
      strategyMap: {
        center: { id: 'hub', label: labels[0] },
        nodes: Array.from({ length: n }, (_, i) => ({ id: `s${i}`, label: labels[i + 1] })),
        edges: edgesFor(shape, n, edgeLabels, seed),
        thesis: 'A thesis',
      },
    }),
  }));

describe('strategy map with any edge set (property)', () => {
  it('ends in a picture holding every invariant (edge labels, arrowheads, edge paths included) at every size', () => {
    fc.assert(
      fc.property(mapArb, ({ analysis, size }) => {
        const { layout } = renderer.layout(analysis, strategyMap, theme, size);
        expect(layoutProblems(layout)).toEqual([]);
        // every arrowhead lands on its target's border
        const byId = new Map(layout.nodes.map((n) => [n.id, n]));
        for (const e of layout.edges) expect(distanceToBorder(byId.get(e.to)!, e.head[0])).toBeLessThan(14 * (Math.min(size.width, size.height) / 630));
        // every edge is drawn or named in a warning (legend)
        const drawn = new Set(layout.edges.map((e) => `${e.from}>${e.to}`));
        const warned = new Set(layout.warnings.map((w) => w.field));
        analysis.strategyMap!.edges.forEach((e, i) => expect(drawn.has(`${e.from}>${e.to}`) || warned.has(`strategyMap.edges[${i}]`)).toBe(true));
        // and every edge label is on the map or named in a warning
        analysis.strategyMap!.edges.forEach((e, i) => {
          if (!e.label || !drawn.has(`${e.from}>${e.to}`)) return;
          const edge = layout.edges.find((x) => x.from === e.from && x.to === e.to)!;
          expect(edge.label !== undefined || warned.has(`strategyMap.edges[${i}].label`)).toBe(true);
        });
      }),
      { numRuns: 20, seed: 9 },
    );
  }, 180_000);

  it('the hero embedding such a map holds the same invariants', () => {
    const hero = findDiagram('hero')!;
    fc.assert(
      fc.property(mapArb, ({ analysis, size }) => {
        const { layout } = renderer.layout(analysis, hero, theme, size);
        expect(layoutProblems(layout)).toEqual([]);
      }),
      { numRuns: 6, seed: 9 },
    );
  }, 180_000);
});
