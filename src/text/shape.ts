import type { Face } from './face.js';
import type { FontBook } from './font-book.js';

/** One glyph of a shaped word, in em relative to the word's origin. */
export interface ShapedGlyph {
  face: Face;
  cp: number;
  x: number;
}

/** A word laid out at 1 em = 1 unit, so it scales linearly with font size. */
export interface ShapedWord {
  /** advance width in em */
  advance: number;
  glyphs: ShapedGlyph[];
  /** true when some character had no glyph in any bundled font (drawn as '?') */
  missing: boolean;
}

const QUESTION = 0x3f;

/**
 * Lays words out as advance + pair kerning (GPOS kerning precomputed per pair), caching per
 * (weight, word): wrapping measures the same words many times.
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
    let prev: ShapedGlyph | undefined;
    for (const ch of text) {
      let cp = ch.codePointAt(0)!;
      let face = this.book.faceFor(cp, weight);
      if (!face) {
        missing = true;
        cp = QUESTION;
        face = this.book.primary(weight);
      }
      const em = face.unitsPerEm;
      if (prev && prev.face === face) pen += face.kern(prev.cp, cp) / em;
      const g = { face, cp, x: pen };
      glyphs.push(g);
      pen += face.advance(cp) / em;
      prev = g;
    }
    return { advance: pen, glyphs, missing };
  }
}
