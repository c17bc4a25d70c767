/** One path command of a glyph outline, in font units (y up). */
export interface OutlineCommand {
  command: 'moveTo' | 'lineTo' | 'quadraticCurveTo' | 'bezierCurveTo' | 'closePath';
  args: number[];
}

/**
 * What text layout needs from a font, per code point: the model is advance + pair kerning
 * (no ligatures or contextual forms), so the same numbers come from a precomputed cache or
 * from the font itself.
 */
export interface Face {
  readonly unitsPerEm: number;
  readonly capHeight: number;
  has(cp: number): boolean;
  /** advance width in font units */
  advance(cp: number): number;
  /** extra advance after `a` when followed by `b`, in font units (negative = tighter) */
  kern(a: number, b: number): number;
  outline(cp: number): OutlineCommand[];
  /** ink bounds [minX, minY, maxX, maxY] in font units; null for blank glyphs */
  bbox(cp: number): [number, number, number, number] | null;
}
