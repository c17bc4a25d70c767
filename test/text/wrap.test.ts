import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fitText, wrapBalanced } from '../../src/text/wrap.js';
import { renderer } from '../helpers/render-kit.js';

const m = renderer.text.measurer;
const style = { size: 24, weight: 600 };

describe('wrapBalanced()', () => {
  it('keeps the greedy line count but evens the lines out', () => {
    const words = 'Free models destroy rival pricing while Meta monetizes via users'.split(' ');
    const widths = words.map((w) => m.wordWidth(w, style));
    const lines = wrapBalanced(words, widths, m.spaceWidth(style), 600);
    expect(lines).toHaveLength(2);
    const [a, b] = lines.map((l) => m.lineWidth(l, style)) as [number, number];
    expect(Math.min(a, b) / Math.max(a, b)).toBeGreaterThan(0.6);
  });

  it('never breaks inside a word and loses no word', () => {
    fc.assert(
      fc.property(fc.array(fc.stringMatching(/^[a-zA-Zé]{1,12}$/), { minLength: 1, maxLength: 20 }), fc.integer({ min: 150, max: 700 }), (words, maxWidth) => {
        const widths = words.map((w) => m.wordWidth(w, style));
        const lines = wrapBalanced(words, widths, m.spaceWidth(style), maxWidth);
        expect(lines.join(' ').split(' ')).toEqual(words);
      }),
      { numRuns: 200, seed: 7 },
    );
  });
});

describe('fitText()', () => {
  it('returns the preferred size when the text fits', () => {
    const r = fitText(m, { text: 'Meta Llama', style, maxWidth: 400, maxLines: 2, minSize: 16 });
    expect(r).toEqual({ lines: ['Meta Llama'], size: 24, truncated: false });
  });

  it('shrinks before it cuts, and cuts with an ellipsis only at the minimum size', () => {
    const shrunk = fitText(m, { text: 'Commoditize AI Layer', style, maxWidth: 130, maxLines: 2, minSize: 16 });
    expect(shrunk.size).toBeLessThan(24);
    expect(shrunk.truncated).toBe(false);
    const cut = fitText(m, { text: 'one two three four five six seven eight nine ten eleven twelve', style, maxWidth: 120, maxLines: 2, minSize: 16 });
    expect(cut.size).toBe(16);
    expect(cut.truncated).toBe(true);
    expect(cut.lines).toHaveLength(2);
    expect(cut.lines[1]!.endsWith('\u2026')).toBe(true);
  });

  it('keeps every line within the width, whatever the text (property)', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 120 }), fc.integer({ min: 40, max: 600 }), fc.integer({ min: 1, max: 4 }), (text, maxWidth, maxLines) => {
        const r = fitText(m, { text, style, maxWidth, maxLines, minSize: 12 });
        expect(r.lines.length).toBeLessThanOrEqual(maxLines);
        for (const l of r.lines) expect(m.lineWidth(l, { ...style, size: r.size })).toBeLessThanOrEqual(maxWidth + 0.01);
      }),
      { numRuns: 300, seed: 11 },
    );
  });

  it('measures with kerning: "To" is narrower than "T" + "o"', () => {
    expect(m.wordWidth('To', style)).toBeLessThan(m.wordWidth('T', style) + m.wordWidth('o', style));
  });
});

describe('case transforms', () => {
  it('measures uppercase styles as drawn (a kicker is wider in capitals)', () => {
    const upper = { size: 16, weight: 800, uppercase: true };
    expect(m.wordWidth('business', upper)).toBeCloseTo(m.wordWidth('BUSINESS', { size: 16, weight: 800 }), 5);
    const r = fitText(m, { text: 'the business engineer', style: upper, maxWidth: m.lineWidth('THE BUSINESS', { size: 16, weight: 800 }) + 1, maxLines: 2, minSize: 16 });
    expect(r.lines).toEqual(['the business', 'engineer']);
  });
});

describe('glyph coverage', () => {
  it('draws → ← ↔ (missing from the bundled Inter subsets) instead of "?"', () => {
    const shaper = (renderer.text as unknown as { shaper: { word(t: string, w: number): { missing: boolean; glyphs: { cp: number }[] } } }).shaper;
    for (const w of ['A→B', '←', '↔']) {
      const shaped = shaper.word(w, 600);
      expect(shaped.missing).toBe(false);
      expect(shaped.glyphs.map((g) => g.cp)).not.toContain(0x3f);
    }
    expect(renderer.text.hasMissingGlyphs('Better AI → revenue', 600)).toBe(false);
    expect(renderer.text.hasMissingGlyphs('مرحبا', 600)).toBe(true);
  });
});
