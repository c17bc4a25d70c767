import { createRequire } from 'node:module';
import type { Face, OutlineCommand } from './face.js';

type Fontkit = typeof import('fontkit');
type FkFont = import('fontkit').Font;

let fontkit: Fontkit | undefined;
/** fontkit costs ~300 ms to import, so it is loaded only when a character needs it. */
function loadFontkit(): Fontkit {
  return (fontkit ??= createRequire(import.meta.url)('fontkit') as Fontkit);
}

// calt off: Inter's contextual alternates would draw "->" as an arrow; labels must read literally
const FEATURES = { calt: false };

/** A font read with fontkit (GPOS kerning included), answering per code point. */
export class FontkitFace implements Face {
  private readonly font: FkFont;
  private readonly advances = new Map<number, number>();
  private readonly kerns = new Map<string, number>();
  readonly unitsPerEm: number;
  readonly capHeight: number;

  constructor(bytes: Uint8Array) {
    this.font = loadFontkit().create(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)) as FkFont;
    this.unitsPerEm = this.font.unitsPerEm;
    this.capHeight = this.font.capHeight;
  }

  /** A font whose tables fontkit cannot read answers "no glyph" rather than failing the render. */
  has(cp: number): boolean {
    try {
      return this.font.hasGlyphForCodePoint(cp);
    } catch {
      return false;
    }
  }

  advance(cp: number): number {
    let a = this.advances.get(cp);
    if (a === undefined) this.advances.set(cp, (a = this.font.layout(String.fromCodePoint(cp), FEATURES).positions[0]?.xAdvance ?? 0));
    return a;
  }

  kern(a: number, b: number): number {
    const key = `${a},${b}`;
    let k = this.kerns.get(key);
    if (k === undefined) {
      const run = this.font.layout(String.fromCodePoint(a, b), FEATURES);
      k = run.glyphs.length === 2 ? run.positions[0]!.xAdvance - this.advance(a) : 0;
      this.kerns.set(key, k);
    }
    return k;
  }

  outline(cp: number): OutlineCommand[] {
    return this.font.glyphForCodePoint(cp).path.commands as OutlineCommand[];
  }

  bbox(cp: number): [number, number, number, number] | null {
    const b = this.font.glyphForCodePoint(cp).bbox;
    return Number.isFinite(b.minX) && b.maxX > b.minX ? [b.minX, b.minY, b.maxX, b.maxY] : null;
  }
}
