import type { Theme } from '../theme/schema.js';
import type { TextStyle } from '../text/measure.js';

/** Theme sizes are design pixels at a 630 px short side; everything scales with the short side. */
export const REFERENCE_SHORT_SIDE = 630;
/** No text smaller than 2.5% of the canvas's shorter side (spec: 16 px at 1200×630). */
export const MIN_FONT_RATIO = 0.025;

export interface CanvasMetrics {
  width: number;
  height: number;
  /** scale of design pixels to canvas pixels */
  unit: number;
  margin: number;
  minFont: number;
  /** a theme text token at this canvas's scale, never below the minimum */
  style(token: keyof Theme['type']): TextStyle & { lineHeight: number };
  /**
   * The frame gives the diagram more room (smaller title, thesis and caption type, tighter gaps):
   * the renderer's last step before a diagram cuts or leaves out its own text (render.ts).
   */
  tightFrame?: boolean;
}

/** A theme text token at a design scale, never below `minFont`. */
export function scaledStyle(theme: Theme, token: keyof Theme['type'], unit: number, minFont: number): TextStyle & { lineHeight: number } {
  const t = theme.type[token];
  return {
    size: Math.max(minFont, Math.round(t.size * unit * 100) / 100),
    weight: t.weight,
    lineHeight: t.lineHeight,
    ...(t.tracking !== undefined ? { tracking: t.tracking } : {}),
    ...(t.uppercase !== undefined ? { uppercase: t.uppercase } : {}),
  };
}

/** Aspect ratio (long / short side) up to which the short side alone sets the scale: the 1200×630 reference. */
const PLAIN_ASPECT = 1.9;
/** Largest boost of the scale on a very long canvas. */
const MAX_ASPECT_BOOST = 1.3;

/**
 * Design-px scale: the short side over 630, raised a little on canvases longer than the
 * reference (2400×600, 600×1600), where the long side has room the short side's scale would
 * leave empty: ×(aspect / 1.9)^0.35, at most ×1.3 (2400×600: ×1.3; 600×1600: ×1.12).
 */
export function canvasUnit(width: number, height: number, grow = true): number {
  const short = Math.min(width, height);
  if (!grow) return short / REFERENCE_SHORT_SIDE;
  const aspect = Math.max(width, height) / short;
  const boost = Math.min(MAX_ASPECT_BOOST, Math.max(1, aspect / PLAIN_ASPECT) ** 0.35);
  return (short / REFERENCE_SHORT_SIDE) * boost;
}

/** `grow: false`: the plain short-side scale (the renderer's fallback when the grown one would cut or leave out text). */
export function canvasMetrics(width: number, height: number, theme: Theme, grow = true, tightFrame = false, shrink = 1): CanvasMetrics {
  const short = Math.min(width, height);
  const unit = canvasUnit(width, height, grow) * shrink;
  const minFont = Math.ceil(short * MIN_FONT_RATIO * 100) / 100;
  return {
    width,
    height,
    unit,
    margin: Math.round(theme.spacing.margin * unit),
    minFont,
    style: (token) => scaledStyle(theme, token, unit, minFont),
    ...(tightFrame ? { tightFrame } : {}),
  };
}

/** The canvas fields every DiagramLayout starts with. */
export function layoutCanvas(diagram: string, m: CanvasMetrics): { diagram: string; width: number; height: number; margin: number; minFontSize: number } {
  return { diagram, width: m.width, height: m.height, margin: m.margin, minFontSize: m.minFont };
}
