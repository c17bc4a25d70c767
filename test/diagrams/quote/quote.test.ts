import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { quote } from '../../../src/diagrams/quote/index.js';
import { selectDiagrams } from '../../../src/render/render.js';
import type { Analysis } from '../../../src/analysis/types.js';
import type { CanvasSize } from '../../../src/render/sizes.js';
import { layoutProblems, sceneContrastProblems } from '../../helpers/invariants.js';
import { CARD_RUNS, CARD_SIZES, metaAnalysis, renderProblems } from '../../helpers/card-kit.js';
import { fixtures, labelArb, lightTheme, mustValidate, renderer, theme } from '../../helpers/render-kit.js';

const SIZES = CARD_SIZES;
const RUNS = CARD_RUNS;
const meta = metaAnalysis();
const problems = (a: Analysis, size: CanvasSize): string[] => renderProblems(quote, a, size);

const WORDS = ['Meta', 'gives', 'Llama', 'away', 'free', 'models', 'destroy', 'rival', 'pricing', 'power', 'while', 'the', 'moat', 'is', 'the', '3.3B-user', 'deployment', 'surface', '—', 'commoditize-your-complement', 'play.', 'Ünïcode', 'Данные', 'internationalization'];
/** Quotes of 10–2000 characters. */
const quoteArb = fc
  .array(fc.constantFrom(...WORDS), { minLength: 3, maxLength: 400 })
  .map((ws) => ws.join(' ').slice(0, 2000).trim())
  .filter((s) => s.length >= 10);

describe('quote diagram on the Meta fixture', () => {
  for (const size of SIZES) {
    it(`holds every invariant at ${size.width}x${size.height}`, () => {
      expect(problems(meta, size)).toEqual([]);
    });
  }

  it('sets the whole quote, uncut, with one named chip per framework at the two social sizes', () => {
    for (const size of [{ width: 1200, height: 630 }, { width: 1080, height: 1350 }]) {
      const { layout } = renderer.layout(meta, quote, theme, size);
      expect(layout.warnings).toEqual([]);
      expect(layout.nodes[0]!.label.lines.join(' ')).toBe(meta.synthesis!.quote);
      expect(layout.nodes.slice(1).map((n) => n.label.text)).toEqual(['#1 Network Effects', '#22 Bundling', '#32 Developer Ecosystem', '#34 Aggregator Model', '#45 Model Commoditization']);
      expect(layout.texts.map((t) => t.role)).toEqual(expect.arrayContaining(['kicker', 'brand', 'chips-label']));
    }
  });

  it('alt text carries the quote and the frameworks', () => {
    const alt = quote.alt(quote.model(meta));
    expect(alt.short).toContain('Meta’s open-source AI strategy is not altruism');
    expect(alt.short.length).toBeLessThanOrEqual(125);
    expect(alt.long).toContain(meta.synthesis!.quote);
    expect(alt.long).toContain('#45 Model Commoditization');
  });

  it('is in `-d all` exactly when the analysis has a synthesis', () => {
    expect(selectDiagrams(meta, 'all').map((d) => d.name)).toContain('quote');
    const none = mustValidate({ version: 1, title: 'No synthesis', patterns: [{ id: 1, name: 'Network Effects' }] });
    expect(selectDiagrams(none, 'all').map((d) => d.name)).not.toContain('quote');
  });

  it('renders byte-identical SVG and PNG twice', () => {
    const [a] = renderer.render(meta, { theme, size: { width: 1200, height: 630 }, diagrams: ['quote'] });
    const [b] = renderer.render(meta, { theme, size: { width: 1200, height: 630 }, diagrams: ['quote'] });
    expect(b!.svg).toBe(a!.svg);
    expect(Buffer.compare(Buffer.from(b!.png!), Buffer.from(a!.png!))).toBe(0);
  });

  it('a 2000-character quote shrinks to the minimum size and, if still too long, is cut with a warning naming the field', () => {
    const long = 'Free Llama models destroy competitors’ API pricing power while giving Meta a world-class model. '.repeat(21).slice(0, 2000);
    const a = mustValidate({ version: 1, title: 'Long', synthesis: { quote: long } });
    const og = renderer.layout(a, quote, theme, { width: 1200, height: 630 }).layout;
    expect(layoutProblems(og)).toEqual([]);
    expect(og.nodes[0]!.label.style.size).toBeLessThan(og.minFontSize + 2 * (630 / 630) + 0.01);
    const small = renderer.layout(a, quote, theme, { width: 600, height: 400 }).layout;
    expect(layoutProblems(small)).toEqual([]);
    expect(small.nodes[0]!.label.style.size).toBe(small.minFontSize);
    expect(small.nodes[0]!.label.truncated).toBe(true);
    expect(small.nodes[0]!.label.lines.at(-1)!.endsWith('…')).toBe(true);
    expect(small.warnings.map((w) => w.field)).toContain('synthesis.quote');
  });
});

describe('quote diagram on generated analyses', () => {
  it('holds every invariant for 10–2000 character quotes with 0–24 frameworks', () => {
    const frameworks = fc.uniqueArray(fc.integer({ min: 1, max: 999 }), { maxLength: 24 });
    const patterns = fc.uniqueArray(fc.record({ id: fc.integer({ min: 1, max: 999 }), name: labelArb }), { maxLength: 12, selector: (p) => p.id });
    fc.assert(
      fc.property(quoteArb, frameworks, patterns, fc.constantFrom(...SIZES), (q, fw, pats, size) => {
        const a = mustValidate({ version: 1, title: 'Generated', ...(pats.length ? { patterns: pats } : {}), synthesis: { quote: q, frameworks: fw } });
        expect(problems(a, size)).toEqual([]);
        expect(quote.alt(quote.model(a)).long).toContain(a.synthesis!.quote);
      }),
      { numRuns: RUNS, seed: 62 },
    );
  });
});
