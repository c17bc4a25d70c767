import { FontBook, type FaceCacheLoader, type FontLoader } from './font-book.js';
import { Measurer, type TextStyle } from './measure.js';
import { TextPlacer, type Align, type PlacedText } from './place.js';
import { Shaper } from './shape.js';
import { fitText } from './wrap.js';
import { cutOverwideLines } from './cut-line.js';
import { outlineText } from './outline.js';

export interface BlockRequest {
  role: string;
  text: string;
  field?: string;
  style: TextStyle;
  /** line height as a multiple of the fitted font size */
  lineHeightRatio: number;
  maxWidth: number;
  maxLines: number;
  minSize: number;
  /** smallest size the caller would ever try (default minSize): a word that fits whole there is never split */
  floor?: number;
  align: Align;
  x: number;
  top: number;
}

/** Everything text needs, built once per font set: measuring, wrapping, placing, outlining. */
export class TextEngine {
  readonly book: FontBook;
  readonly measurer: Measurer;
  readonly placer: TextPlacer;
  private readonly shaper: Shaper;
  /** BCP 47 language of the texts: selects hyphenation patterns */
  readonly lang: string = 'en';
  /** the canvas's smallest font size: the default floor of every block (see BlockRequest.floor) */
  readonly floor: number | undefined = undefined;

  constructor(load: FontLoader, loadCache?: FaceCacheLoader) {
    this.book = new FontBook(load, loadCache);
    this.shaper = new Shaper(this.book);
    this.measurer = new Measurer(this.shaper);
    this.placer = new TextPlacer(this.book, this.shaper, this.measurer);
  }

  /**
   * The same engine (fonts, caches) for one render: texts in `lang`, on a canvas whose smallest
   * font size is `floor` (a word that fits whole at that size is never split by default).
   */
  forCanvas(opts: { lang: string; floor?: number }): TextEngine {
    const view = Object.create(this) as TextEngine;
    Object.defineProperty(view, 'lang', { value: opts.lang });
    Object.defineProperty(view, 'floor', { value: opts.floor });
    return view;
  }

  /** Fits (balanced wrap, shrink, then ellipsis) and places a text block. */
  block(req: BlockRequest): PlacedText {
    const fit = fitText(this.measurer, { text: req.text, style: req.style, maxWidth: req.maxWidth, maxLines: req.maxLines, minSize: req.minSize, lang: this.lang, floor: req.floor ?? this.floor ?? req.minSize });
    const style = { ...req.style, size: fit.size };
    const cut = cutOverwideLines(this.measurer, fit.lines, style, req.maxWidth);
    if (cut) Object.assign(fit, { lines: cut, truncated: true });
    return this.placer.place({
      role: req.role,
      text: req.text,
      ...(req.field !== undefined ? { field: req.field } : {}),
      lines: fit.lines,
      style,
      lineHeight: fit.size * req.lineHeightRatio,
      align: req.align,
      x: req.x,
      top: req.top,
      truncated: fit.truncated,
    });
  }

  /** Moves a placed block so its first line box starts at `top` and its anchor is `x`. */
  moveTo(t: PlacedText, x: number, top: number): PlacedText {
    return this.placer.place({ ...t, x, top, truncated: t.truncated });
  }

  /** Height of the line boxes of a block. */
  static height(t: PlacedText): number {
    return t.lines.length * t.lineHeight;
  }

  /**
   * Height from the block's top to the lower of its last line box and its ink: what a column of
   * stacked blocks must advance by. Stacked combining marks move the lines down (TextPlacer.place),
   * so their ink can end below the line boxes that `height` counts.
   */
  static extent(t: PlacedText): number {
    return Math.max(TextEngine.height(t), t.box.height > 0 ? t.box.y + t.box.height - t.top : 0);
  }

  /** Widest measured line of a block. */
  static width(t: PlacedText): number {
    return Math.max(0, ...t.lineWidths);
  }

  outline(t: PlacedText): string {
    return outlineText(this.placer, t);
  }

  /** True when any character of `text` has no glyph in the bundled fonts. */
  hasMissingGlyphs(text: string, weight: number): boolean {
    for (const ch of text) if (!/\s/u.test(ch) && !this.book.faceFor(ch.codePointAt(0)!, weight)) return true;
    return false;
  }
}
