import type { Box } from '../layout/box.js';
import { roundBox } from '../layout/box.js';
import { applyCase, splitWords, type Measurer, type TextStyle } from './measure.js';
import type { Shaper } from './shape.js';
import type { FontBook } from './font-book.js';
import type { Face } from './face.js';

export type Align = 'start' | 'middle' | 'end';

/**
 * Text that is wrapped, sized and positioned. `box` is the ink extent of the drawn glyphs
 * (from glyph bounding boxes), not an estimate; `lineTops[i]` is where line i's line box starts.
 */
export interface PlacedText {
  readonly role: string;
  /** the source text (before case transforms) */
  readonly text: string;
  /** JSON path of the field the text comes from, for warnings */
  readonly field?: string;
  readonly lines: readonly string[];
  readonly style: Readonly<TextStyle>;
  readonly lineHeight: number;
  readonly align: Align;
  /** anchor x: left edge, centre or right edge depending on align */
  readonly x: number;
  /** top of the first line box */
  readonly top: number;
  readonly baselines: readonly number[];
  readonly lineWidths: readonly number[];
  readonly box: Readonly<Box>;
  readonly truncated: boolean;
}

export interface PlaceRequest {
  role: string;
  text: string;
  field?: string;
  lines: readonly string[];
  style: TextStyle;
  lineHeight: number;
  align: Align;
  x: number;
  top: number;
  truncated?: boolean;
}

/** Lays out already-wrapped lines and measures their ink. */
export class TextPlacer {
  constructor(
    private readonly book: FontBook,
    private readonly shaper: Shaper,
    private readonly measurer: Measurer,
  ) {}

  place(req: PlaceRequest): PlacedText {
    const face = this.book.primary(req.style.weight);
    const capHeight = face.capHeight / face.unitsPerEm;
    const baselines = req.lines.map((_, i) => req.top + i * req.lineHeight + req.lineHeight / 2 + (capHeight * req.style.size) / 2);
    const shown = req.lines.map((l) => applyCase(l, req.style));
    const lineWidths = shown.map((l) => this.measurer.lineWidth(l, req.style));
    // built here, then only read: blocks are shared (TextEngine remembers them), so PlacedText is readonly
    const placed: { -readonly [K in keyof PlacedText]: PlacedText[K] } = {
      role: req.role,
      text: req.text,
      lines: req.lines,
      style: req.style,
      lineHeight: req.lineHeight,
      align: req.align,
      x: req.x,
      top: req.top,
      baselines,
      lineWidths,
      box: { x: 0, y: 0, width: 0, height: 0 },
      truncated: req.truncated ?? false,
    };
    if (req.field !== undefined) placed.field = req.field;
    let ink = this.inkBox(placed);
    // Ink above the first line box (the ring of "Å", stacked accents) would poke out of whatever the
    // block was placed against (the canvas margin, a node's box): move the lines down by the excess.
    const above = req.top - ink.y;
    if (ink.height > 0 && above > 0.01) {
      placed.baselines = baselines.map((b) => b + above);
      ink = this.inkBox(placed);
    }
    this.rawInk.set(placed, ink);
    placed.box = roundBox(ink);
    return placed;
  }

  /**
   * Each placed block's ink extent before rounding, so that moving a block translates it instead
   * of walking its glyphs again (layout searches move the same fitted labels into many boxes: the
   * flywheel's moved ~60 per layout).
   */
  private readonly rawInk = new WeakMap<PlacedText, Box>();

  /**
   * `t` with its anchor at `x` and its first line box at `top`: what placing its lines there
   * gives (a translation: the same baselines and ink, shifted), without measuring the ink again.
   */
  move(t: PlacedText, x: number, top: number): PlacedText {
    const ink = this.rawInk.get(t);
    if (!ink) return this.place({ ...t, x, top, truncated: t.truncated });
    const dx = x - t.x;
    const dy = top - t.top;
    const raw = { x: ink.x + dx, y: ink.y + dy, width: ink.width, height: ink.height };
    const moved: PlacedText = { ...t, x, top, baselines: t.baselines.map((b) => b + dy), box: roundBox(raw) };
    this.rawInk.set(moved, raw);
    return moved;
  }

  /** Calls `visit` for every glyph with its pen position in canvas pixels. */
  forEachGlyph(t: PlacedText, visit: (g: { face: Face; cp: number; x: number; y: number; size: number }) => void): void {
    const size = t.style.size;
    const tracking = (t.style.tracking ?? 0) * size;
    t.lines.forEach((line, i) => {
      const shown = applyCase(line, t.style);
      const width = t.lineWidths[i]!;
      let pen = t.align === 'start' ? t.x : t.align === 'middle' ? t.x - width / 2 : t.x - width;
      const baseline = t.baselines[i]!;
      for (const word of splitWords(shown)) {
        const shaped = this.shaper.word(word, t.style.weight);
        for (const g of shaped.glyphs) visit({ face: g.face, cp: g.cp, x: pen + g.x * size + g.cluster * tracking, y: baseline - g.y * size, size });
        pen += this.measurer.wordWidth(word, t.style) + this.measurer.spaceWidth(t.style);
      }
    });
  }

  private inkBox(t: PlacedText): Box {
    let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
    this.forEachGlyph(t, ({ face, cp, x, y, size }) => {
      const bb = face.bbox(cp);
      if (!bb) return;
      const s = size / face.unitsPerEm;
      minX = Math.min(minX, x + bb[0] * s);
      maxX = Math.max(maxX, x + bb[2] * s);
      minY = Math.min(minY, y - bb[3] * s);
      maxY = Math.max(maxY, y - bb[1] * s);
    });
    if (!Number.isFinite(minX)) return { x: t.x, y: t.top, width: 0, height: 0 };
    return { x: minX, y: minY, width: maxX - minX, height: maxY - minY };
  }
}
