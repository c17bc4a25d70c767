import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { patterns } from '../../../src/diagrams/patterns/index.js';
import { selectDiagrams } from '../../../src/render/render.js';
import type { Analysis } from '../../../src/analysis/types.js';
import type { CanvasSize } from '../../../src/render/sizes.js';
import { layoutProblems, sceneContrastProblems } from '../../helpers/invariants.js';
import { CARD_RUNS, CARD_SIZES, metaAnalysis, renderProblems } from '../../helpers/card-kit.js';
import { fixtures, labelArb, lightTheme, mustValidate, renderer, theme } from '../../helpers/render-kit.js';

const SIZES = CARD_SIZES;
const RUNS = CARD_RUNS;
const meta = metaAnalysis();
const problems = (a: Analysis, size: CanvasSize): string[] => renderProblems(patterns, a, size);

describe('patterns diagram on the Meta fixture', () => {
  for (const size of SIZES) {
    it(`holds every invariant at ${size.width}x${size.height}`, () => {
      expect(problems(meta, size)).toEqual([]);
    });
  }

  it('draws every pattern with its number in a badge of one shared size (tabular alignment)', () => {
    const { layout } = renderer.layout(meta, patterns, theme, { width: 1200, height: 630 });
    expect(layout.nodes.map((n) => n.badge?.text.text)).toEqual(['#45', '#1', '#34', '#22', '#32']);
    expect(layout.nodes.map((n) => n.label.text)).toEqual(meta.patterns!.map((p) => p.name));
    expect(new Set(layout.nodes.map((n) => n.badge!.radius)).size).toBe(1);
  });

  it('shows the notes and cuts nothing at the two social sizes', () => {
    for (const size of [{ width: 1200, height: 630 }, { width: 1080, height: 1350 }]) {
      const { layout } = renderer.layout(meta, patterns, theme, size);
      expect(layout.warnings).toEqual([]);
      expect(layout.nodes.every((n) => n.note !== undefined)).toBe(true);
    }
  });

  it('alt text names every pattern with its number', () => {
    const alt = patterns.alt(patterns.model(meta));
    for (const p of meta.patterns!) expect(alt.short).toContain(`#${p.id} ${p.name}`);
    expect(alt.long).toContain(meta.patterns![0]!.note!);
  });

  it('is in `-d all` when the analysis has patterns, and only then', () => {
    expect(selectDiagrams(meta, 'all').map((d) => d.name)).toContain('patterns');
    const none = mustValidate({ version: 1, title: 'No patterns', synthesis: { quote: 'Short and sweet.' } });
    expect(selectDiagrams(none, 'all').map((d) => d.name)).not.toContain('patterns');
  });

  it('renders byte-identical SVG and PNG twice', () => {
    const once = renderer.render(meta, { theme, size: { width: 1200, height: 630 }, diagrams: ['patterns'] })[0]!;
    const twice = renderer.render(meta, { theme, size: { width: 1200, height: 630 }, diagrams: ['patterns'] })[0]!;
    expect(twice.svg).toBe(once.svg);
    expect(Buffer.compare(Buffer.from(twice.png!), Buffer.from(once.png!))).toBe(0);
  });
});

describe('patterns diagram on generated analyses', () => {
  const pattern = fc.record({ id: fc.integer({ min: 1, max: 999 }), name: labelArb, note: fc.option(labelArb, { nil: undefined }) });
  it('holds every invariant for 1–12 patterns with 1–120 character names and notes', () => {
    fc.assert(
      fc.property(fc.uniqueArray(pattern, { minLength: 1, maxLength: 12, selector: (p) => p.id }), fc.constantFrom(...SIZES), (list, size) => {
        const a = mustValidate({ version: 1, title: 'Generated', patterns: list.map((p) => (p.note ? p : { id: p.id, name: p.name })) });
        expect(problems(a, size)).toEqual([]);
        const alt = patterns.alt(patterns.model(a));
        for (const p of a.patterns!) expect(alt.short).toContain(`#${p.id} ${p.name}`);
      }),
      { numRuns: RUNS, seed: 61 },
    );
  });
});
