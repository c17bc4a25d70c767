import * as fontkit from 'fontkit';

/** Raw font bytes for one weight of one Unicode subset, supplied by the caller (no fs here). */
export type FontLoader = (weight: number, subset: string) => Uint8Array | undefined;

/** Subsets in the order they are tried for a character; Latin first because it is by far the commonest. */
export const SUBSETS = ['latin', 'latin-ext', 'vietnamese', 'greek', 'greek-ext', 'cyrillic', 'cyrillic-ext'] as const;

export type Font = fontkit.Font;

/**
 * Parsed fonts, opened lazily per (weight, subset) and kept for the life of the book.
 * A character is drawn with the first subset whose font has a glyph for it.
 */
export class FontBook {
  private readonly fonts = new Map<string, Font | null>();
  private readonly fontForChar = new Map<string, Font | null>();

  constructor(private readonly load: FontLoader) {}

  font(weight: number, subset: string): Font | null {
    const key = `${weight}/${subset}`;
    let font = this.fonts.get(key);
    if (font === undefined) {
      const bytes = this.load(weight, subset);
      font = bytes ? (fontkit.create(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)) as Font) : null;
      this.fonts.set(key, font);
    }
    return font;
  }

  /** The font that draws `codePoint` at `weight`, or null when no bundled subset has it. */
  fontFor(codePoint: number, weight: number): Font | null {
    const key = `${weight}/${codePoint}`;
    const cached = this.fontForChar.get(key);
    if (cached !== undefined) return cached;
    let found: Font | null = null;
    for (const subset of SUBSETS) {
      const font = this.font(weight, subset);
      if (font && font.hasGlyphForCodePoint(codePoint)) {
        found = font;
        break;
      }
    }
    this.fontForChar.set(key, found);
    return found;
  }

  /** The primary (Latin) font for a weight: vertical metrics come from it. */
  primary(weight: number): Font {
    const font = this.font(weight, 'latin');
    if (!font) throw new Error(`bundled font for weight ${weight} is missing`);
    return font;
  }
}
