import type { Font, FontBook } from './font-book.js';

/** One glyph of a shaped word, in font units relative to the word's origin. */
export interface ShapedGlyph {
  font: Font;
  glyphId: number;
  x: number;
  y: number;
}

/** A word shaped at 1 em = 1 unit, so it scales linearly with font size. */
export interface ShapedWord {
  /** advance width in em */
  advance: number;
  glyphs: ShapedGlyph[];
  /** true when some character had no glyph in any bundled font */
  missing: boolean;
}

/** Splits text into runs of consecutive characters drawn by the same font. */
function fontRuns(book: FontBook, text: string, weight: number): { font: Font | null; text: string }[] {
  const runs: { font: Font | null; text: string }[] = [];
  for (const ch of text) {
    const font = book.fontFor(ch.codePointAt(0)!, weight);
    const last = runs[runs.length - 1];
    if (last && last.font === font) last.text += ch;
    else runs.push({ font, text: ch });
  }
  return runs;
}

/**
 * Shapes words with the font's own GSUB/GPOS (kerning, contextual forms) through fontkit,
 * caching per (weight, word): wrapping measures the same words many times.
 */
export class Shaper {
  private readonly cache = new Map<string, ShapedWord>();

  constructor(private readonly book: FontBook) {}

  word(text: string, weight: number): ShapedWord {
    const key = `${weight}\u0000${text}`;
    const hit = this.cache.get(key);
    if (hit) return hit;
    const shaped = this.shape(text, weight);
    this.cache.set(key, shaped);
    return shaped;
  }

  private shape(text: string, weight: number): ShapedWord {
    const glyphs: ShapedGlyph[] = [];
    let pen = 0;
    let missing = false;
    for (const run of fontRuns(this.book, text, weight)) {
      // A character no bundled font has is drawn with the Latin font's .notdef-free fallback: '?'.
      const font = run.font ?? this.book.primary(weight);
      const runText = run.font ? run.text : '?'.repeat([...run.text].length);
      missing ||= !run.font;
      // calt off: Inter's contextual alternates would draw "->" as an arrow; labels must read literally
      const layout = font.layout(runText, { calt: false });
      const em = font.unitsPerEm;
      layout.glyphs.forEach((glyph, i) => {
        const pos = layout.positions[i]!;
        glyphs.push({ font, glyphId: glyph.id, x: pen + pos.xOffset / em, y: pos.yOffset / em });
        pen += pos.xAdvance / em;
      });
    }
    return { advance: pen, glyphs, missing };
  }
}
