import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { layers } from '../../../src/diagrams/layers/index.js';
import { keyLine, stripLead } from '../../../src/diagrams/layers/key-line.js';
import { selectDiagrams } from '../../../src/render/render.js';
import type { Analysis } from '../../../src/analysis/types.js';
import type { CanvasSize } from '../../../src/render/sizes.js';
import { layoutProblems, sceneContrastProblems } from '../../helpers/invariants.js';
import { CARD_RUNS, CARD_SIZES, metaAnalysis, renderProblems } from '../../helpers/card-kit.js';
import { fixtures, labelArb, lightTheme, mustValidate, renderer, theme } from '../../helpers/render-kit.js';

const SIZES = CARD_SIZES;
const RUNS = CARD_RUNS;
const meta = metaAnalysis();
const problems = (a: Analysis, size: CanvasSize): string[] => renderProblems(layers, a, size);

const headers = (a: Analysis, size: CanvasSize) => renderer.layout(a, layers, theme, size).layout.nodes.filter((n) => n.role === 'hub').map((n) => n.badge!.value);

describe('layers diagram on the Meta fixture', () => {
  for (const size of SIZES) {
    it(`holds every invariant at ${size.width}x${size.height}`, () => {
      expect(problems(meta, size)).toEqual([]);
    });
  }

  it('draws Layer 0 to Layer 4, one band each, with every key line and nothing cut at the two social sizes', () => {
    for (const size of [{ width: 1200, height: 630 }, { width: 1080, height: 1350 }]) {
      const { layout } = renderer.layout(meta, layers, theme, size);
      expect(layout.warnings).toEqual([]);
      expect(headers(meta, size)).toEqual([0, 1, 2, 3, 4]);
      // kickers sit over the key lines, or inline with them ("Moat: …") when room is short
      const lines = layout.nodes.filter((n) => n.role === 'node').map((n) => n.label.text);
      for (const key of ['Meta is executing a deliberate commoditization strategy', 'Model Commoditization', 'Network Effects', 'Aggregator Model', 'Commoditize Your Complement', 'Open Source = Competitive Weapon', 'Network Effects + Attention Aggregation', 'The AI Advertising Flywheel', 'Metaverse investment drag', 'Meta’s open-source AI strategy is not altruism — it’s a commoditize-your-complement play.']) {
        expect(lines.some((l) => l.endsWith(key))).toBe(true);
      }
    }
    // the og card has room for the narrative beside the structure, and for all three Layer 3 items
    const og = renderer.layout(meta, layers, theme, { width: 1200, height: 630 }).layout;
    expect(og.nodes.map((n) => n.id)).toEqual(expect.arrayContaining(['layer-0-narrative', 'layer-0-structure', 'layer-3-moat', 'layer-3-flywheel', 'layer-3-bottleneck']));
  });

  it('leaves out layers with no data instead of drawing them empty', () => {
    const a = mustValidate({ version: 1, title: 'Two layers', patterns: [{ id: 1, name: 'Network Effects' }], synthesis: { quote: 'Short and sweet.' } });
    expect(headers(a, { width: 1200, height: 630 })).toEqual([1, 4]);
  });

  it('picks key lines: first sentence, the lead-in dropped, a long sentence cut back to its first clause', () => {
    expect(stripLead('The structure says Meta is executing a plan.')).toBe('Meta is executing a plan.');
    expect(keyLine('First sentence here. Second one.')).toBe('First sentence here.');
    expect(keyLine(meta.synthesis!.quote)).toBe('Meta’s open-source AI strategy is not altruism — it’s a commoditize-your-complement play.');
    expect(keyLine(stripLead(meta.metaRules!.structure!))).toBe('Meta is executing a deliberate commoditization strategy');
  });

  it('alt text names every layer shown and its key lines', () => {
    const alt = layers.alt(layers.model(meta));
    expect(alt.short).toContain('0 Meta-rules');
    expect(alt.short).toContain('4 Synthesis');
    expect(alt.long).toContain('Moat: Network Effects + Attention Aggregation');
  });

  it('is in `-d all` whenever any section is present', () => {
    expect(selectDiagrams(meta, 'all').map((d) => d.name)).toContain('layers');
    const one = mustValidate({ version: 1, title: 'Moat only', moat: { title: 'Brand' } });
    expect(selectDiagrams(one, 'all').map((d) => d.name)).toContain('layers');
    const bare = mustValidate({ version: 1, title: 'Nothing' });
    expect(selectDiagrams(bare, 'all').map((d) => d.name)).not.toContain('layers');
  });

  it('renders byte-identical SVG and PNG twice', () => {
    const [a] = renderer.render(meta, { theme, size: { width: 1200, height: 630 }, diagrams: ['layers'] });
    const [b] = renderer.render(meta, { theme, size: { width: 1200, height: 630 }, diagrams: ['layers'] });
    expect(b!.svg).toBe(a!.svg);
    expect(Buffer.compare(Buffer.from(b!.png!), Buffer.from(a!.png!))).toBe(0);
  });
});

describe('layers diagram on generated analyses', () => {
  const some = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
  const sections = fc.record({
    metaRules: some(fc.record({ narrative: some(labelArb), structure: some(labelArb), firstPrinciples: some(labelArb) })),
    patterns: some(fc.uniqueArray(fc.record({ id: fc.integer({ min: 1, max: 999 }), name: labelArb }), { minLength: 1, maxLength: 12, selector: (p) => p.id })),
    strategy: some(fc.record({ name: labelArb, chain: some(fc.array(labelArb, { minLength: 2, maxLength: 12 })) })),
    flywheel: some(fc.record({ title: some(labelArb), steps: fc.array(labelArb, { minLength: 3, maxLength: 10 }) })),
    moat: some(fc.record({ title: labelArb })),
    bottlenecks: some(fc.array(fc.record({ kind: fc.constantFrom('active', 'emerging'), title: labelArb }), { minLength: 1, maxLength: 6 })),
    synthesis: some(fc.record({ quote: labelArb })),
  });
  /** Drops undefined fields (and an empty metaRules) so the analysis validates. */
  const clean = (o: Record<string, unknown>): Record<string, unknown> =>
    Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined && !(typeof v === 'object' && !Array.isArray(v) && Object.keys(clean(v as Record<string, unknown>)).length === 0)).map(([k, v]) => [k, typeof v === 'object' && !Array.isArray(v) ? clean(v as Record<string, unknown>) : v]));

  it('holds every invariant for random subsets of sections, drawing exactly the layers that have data', () => {
    fc.assert(
      fc.property(sections, fc.constantFrom(...SIZES), (s, size) => {
        const a = mustValidate({ version: 1, title: 'Generated analysis', ...clean(s as Record<string, unknown>) });
        const expected = [a.metaRules, a.patterns, a.strategy, a.moat ?? a.flywheel ?? a.bottlenecks, a.synthesis].flatMap((x, i) => (x ? [i] : []));
        expect(layers.available(a)).toBe(expected.length > 0);
        if (!expected.length) return;
        expect(problems(a, size)).toEqual([]);
        expect(headers(a, size)).toEqual(expected);
      }),
      { numRuns: RUNS, seed: 65 },
    );
  });
});
