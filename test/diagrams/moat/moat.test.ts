import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { moat } from '../../../src/diagrams/moat/index.js';
import { selectDiagrams } from '../../../src/render/render.js';
import type { Analysis } from '../../../src/analysis/types.js';
import type { CanvasSize } from '../../../src/render/sizes.js';
import { layoutProblems, sceneContrastProblems } from '../../helpers/invariants.js';
import { CARD_RUNS, CARD_SIZES, metaAnalysis, renderProblems } from '../../helpers/card-kit.js';
import { fixtures, labelArb, lightTheme, mustValidate, renderer, theme } from '../../helpers/render-kit.js';

const SIZES = CARD_SIZES;
const RUNS = CARD_RUNS;
const meta = metaAnalysis();
const problems = (a: Analysis, size: CanvasSize): string[] => renderProblems(moat, a, size);

describe('moat diagram on the Meta fixture', () => {
  for (const size of SIZES) {
    it(`holds every invariant at ${size.width}x${size.height}`, () => {
      expect(problems(meta, size)).toEqual([]);
    });
  }

  it('draws the moat card and one named, numbered card per pattern it rests on, each pointing up into the moat', () => {
    for (const size of [{ width: 1200, height: 630 }, { width: 1080, height: 1350 }]) {
      const { layout } = renderer.layout(meta, moat, theme, size);
      expect(layout.warnings).toEqual([]);
      const [card, ...pillars] = layout.nodes;
      expect(card!.label.text).toBe('Network Effects + Attention Aggregation');
      expect(card!.note!.text).toBe(meta.moat!.text);
      expect(pillars.map((p) => `${p.badge!.text.text} ${p.label.text}`)).toEqual(['#1 Network Effects', '#34 Aggregator Model']);
      expect(layout.edges.map((e) => `${e.from}>${e.to}`)).toEqual(['pattern-1>moat', 'pattern-34>moat']);
      for (const e of layout.edges) expect(e.head[0].y).toBeGreaterThan(card!.box.y + card!.box.height);
    }
  });

  it('alt text names the moat and the patterns it rests on', () => {
    const alt = moat.alt(moat.model(meta));
    expect(alt.short).toContain('Network Effects + Attention Aggregation');
    expect(alt.short).toContain('#34 Aggregator Model');
    expect(alt.long).toContain(meta.moat!.text);
  });

  it('is in `-d all` exactly when the analysis has a moat', () => {
    expect(selectDiagrams(meta, 'all').map((d) => d.name)).toContain('moat');
    const none = mustValidate({ version: 1, title: 'No moat', synthesis: { quote: 'Short and sweet.' } });
    expect(selectDiagrams(none, 'all').map((d) => d.name)).not.toContain('moat');
  });

  it('renders byte-identical SVG and PNG twice', () => {
    const [a] = renderer.render(meta, { theme, size: { width: 1200, height: 630 }, diagrams: ['moat'] });
    const [b] = renderer.render(meta, { theme, size: { width: 1200, height: 630 }, diagrams: ['moat'] });
    expect(b!.svg).toBe(a!.svg);
    expect(Buffer.compare(Buffer.from(b!.png!), Buffer.from(a!.png!))).toBe(0);
  });
});

describe('moat diagram on generated analyses', () => {
  it('holds every invariant for a moat resting on 0–5 patterns, named or not', () => {
    const pats = fc.uniqueArray(fc.record({ id: fc.integer({ min: 1, max: 60 }), name: labelArb }), { maxLength: 8, selector: (p) => p.id });
    fc.assert(
      fc.property(labelArb, fc.option(labelArb, { nil: undefined }), fc.uniqueArray(fc.integer({ min: 1, max: 60 }), { maxLength: 5 }), pats, fc.constantFrom(...SIZES), (title, text, refs, named, size) => {
        const a = mustValidate({ version: 1, title: 'Generated', ...(named.length ? { patterns: named } : {}), moat: { title, ...(text ? { text } : {}), patterns: refs } });
        expect(problems(a, size)).toEqual([]);
        const alt = moat.alt(moat.model(a));
        expect(alt.short).toContain(title);
        for (const n of refs) expect(alt.short).toContain(`#${n} `);
      }),
      { numRuns: RUNS, seed: 63 },
    );
  });
});
