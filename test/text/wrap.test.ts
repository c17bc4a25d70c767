import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fitText, fitsAt, wrapBalanced } from '../../src/text/wrap.js';
import { syllables } from '../../src/text/hyphenate.js';
import { segmentWords } from '../../src/text/breaks.js';
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

/** The text with white space and the hyphens the wrapper added at line ends removed. */
function rejoin(lines: string[], addedHyphen: (line: string, i: number) => boolean): string {
  return lines.map((l, i) => (addedHyphen(l, i) ? l.slice(0, -1) : l)).join('').replace(/\s+/gu, '');
}

describe('line breaking (UAX #14) and hyphenation', () => {
  it('splits an over-long word only at a hyphenation point, with a visible hyphen', () => {
    const r = fitText(m, { text: 'authorization', style, maxWidth: 110, maxLines: 3, minSize: 24, lang: 'en' });
    expect(r.truncated).toBe(false);
    expect(r.lines.length).toBeGreaterThan(1);
    expect(r.lines[0]!.endsWith('-')).toBe(true);
    const points = syllables('authorization', 'en');
    const firstPiece = r.lines[0]!.slice(0, -1);
    expect(points.map((_, i) => points.slice(0, i + 1).join(''))).toContain(firstPiece);
  });

  it('shrinks rather than splits a word that fits whole at a smaller size', () => {
    const w = m.wordWidth('authorization', style);
    const r = fitText(m, { text: 'authorization', style, maxWidth: w * 0.8, maxLines: 3, minSize: 16 });
    expect(r.lines).toEqual(['authorization']);
    expect(r.size).toBeLessThan(24);
  });

  it('breaks a compound at its own hyphen before it hyphenates either half', () => {
    // "magasins-entrepôts" cannot fit whole; each half fits, so neither half is split ("maga-sins" was)
    const half = Math.max(m.wordWidth('magasins-', style), m.wordWidth('entrepôts', style));
    const r = fitText(m, { text: 'Les magasins-entrepôts réduisent les coûts', style, maxWidth: half + 2, maxLines: 6, minSize: 24, lang: 'fr' });
    expect(r.truncated).toBe(false);
    expect(r.lines).toContain('magasins-');
    expect(r.lines.some((l) => l.startsWith('entrepôts'))).toBe(true);
    // no line ends in a hyphen the text does not have
    for (const l of r.lines) if (l.endsWith('-')) expect(l).toBe('magasins-');
  });

  it('breaks a compound at its own hyphens at the asked size rather than shrinking the type', () => {
    // the whole compound is wider than the line, each part fits: a typesetter breaks after the hyphen
    const w = m.wordWidth('commoditize-your-', style) + 4;
    expect(m.wordWidth('commoditize-your-complement', style)).toBeGreaterThan(w);
    const r = fitText(m, { text: 'a commoditize-your-complement play', style, maxWidth: w, maxLines: 4, minSize: 24, floor: 12, lang: 'en' });
    expect(r.truncated).toBe(false);
    expect(r.size).toBe(24);
    expect(r.lines.join(' ').replace(/- /gu, '-')).toBe('a commoditize-your-complement play');
    // no hyphen the text does not have
    for (const l of r.lines) if (l.endsWith('-')) expect(['commoditize-', 'your-', 'a commoditize-', 'commoditize-your-']).toContain(l);
    // an address still shrinks before it breaks
    const url = fitText(m, { text: 'example.com/platform', style, maxWidth: m.wordWidth('example.com/platform', style) * 0.8, maxLines: 3, minSize: 12 });
    expect(url.lines).toEqual(['example.com/platform']);
  });

  it('hyphenates German compounds with German patterns', () => {
    const r = fitText(m, { text: 'Wettbewerbsfähigkeitsvorteile der Plattform', style, maxWidth: 200, maxLines: 4, minSize: 24, lang: 'de' });
    expect(r.truncated).toBe(false);
    const de = syllables('Wettbewerbsfähigkeitsvorteile', 'de');
    expect(de.length).toBeGreaterThan(3);
    const hyphenated = r.lines.filter((l) => l.endsWith('-'));
    expect(hyphenated.length).toBeGreaterThan(0);
    // every split falls between two syllables of the German patterns
    const bounds = de.map((_, i) => de.slice(0, i + 1).join(''));
    expect(bounds).toContain(r.lines[0]!.slice(0, -1));
  });

  it('breaks CJK between characters and URLs after / : .', () => {
    const cjk = fitText(m, { text: '阿里巴巴集团的云计算业务', style, maxWidth: 100, maxLines: 6, minSize: 24 });
    expect(cjk.truncated).toBe(false);
    expect(cjk.lines.length).toBeGreaterThan(1);
    expect(cjk.lines.every((l) => !l.endsWith('-'))).toBe(true);
    expect(cjk.lines.join('')).toBe('阿里巴巴集团的云计算业务');
    const url = fitText(m, { text: 'https://example.com/platform/authorization', style, maxWidth: 220, maxLines: 4, minSize: 24 });
    expect(url.truncated).toBe(false);
    expect(url.lines.join('')).toBe('https://example.com/platform/authorization');
    for (const l of url.lines.slice(0, -1)) expect(l).toMatch(/[/:.]$/u);
  });

  it('segments at white space and between ideographs, keeping hard hyphens inside a word', () => {
    expect(segmentWords('  Counter-positioning  wins ').map((w) => w.text)).toEqual(['Counter-positioning', 'wins']);
    expect(segmentWords('云计算').map((w) => w.text)).toEqual(['云', '计', '算']);
  });

  it('never splits a word except at a hyphenation point, and draws the hyphen (property)', () => {
    const word = fc.stringMatching(/^[a-z]{2,18}$/);
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 8 }), fc.integer({ min: 60, max: 400 }), fc.integer({ min: 1, max: 6 }), (words, maxWidth, maxLines) => {
        const text = words.join(' ');
        const r = fitText(m, { text, style, maxWidth, maxLines, minSize: 16, lang: 'en' });
        if (r.truncated) return;
        // nothing lost, and a line that ends inside a word ends with a hyphen at a hyphenation point
        const rs = { ...style, size: r.size };
        let wi = 0;
        let rest = '';
        r.lines.forEach((line, li) => {
          const tokens = line.split(' ');
          tokens.forEach((tok, ti) => {
            const lastOnLine = ti === tokens.length - 1 && li < r.lines.length - 1;
            const piece = rest ? tok : tok;
            const full = rest + piece;
            const target = words[wi]!;
            if (full === target) {
              rest = '';
              wi++;
              return;
            }
            // a split: only at line end, with a hyphen, at a hyphenation point, and the word did not fit whole
            expect(lastOnLine).toBe(true);
            expect(piece.endsWith('-')).toBe(true);
            const head = rest + piece.slice(0, -1);
            const syl = syllables(target, 'en');
            expect(syl.map((_, i) => syl.slice(0, i + 1).join(''))).toContain(head);
            expect(m.wordWidth(target, { ...style, size: 16 })).toBeGreaterThan(maxWidth);
            rest = head;
          });
        });
        expect(wi).toBe(words.length);
        for (const l of r.lines) expect(m.lineWidth(l, rs)).toBeLessThanOrEqual(maxWidth + 0.01);
      }),
      { numRuns: 300, seed: 5 },
    );
  });

  it('fitsAt agrees with fitText at one size', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 60 }), fc.integer({ min: 60, max: 400 }), fc.integer({ min: 1, max: 4 }), (text, maxWidth, maxLines) => {
        const r = fitText(m, { text, style, maxWidth, maxLines, minSize: 24 });
        expect(fitsAt(m, text, style, maxWidth, maxLines)).toBe(!r.truncated);
      }),
      { numRuns: 200, seed: 3 },
    );
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
