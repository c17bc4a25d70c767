import { FontBook, type FaceCacheLoader, type FontLoader } from './font-book.js';
import { Measurer, type TextStyle } from './measure.js';
import { TextPlacer, type Align, type PlacedText } from './place.js';
import { Shaper } from './shape.js';
import { fitText, type FitResult } from './wrap.js';
import { cutOverwideLines } from './cut-line.js';
import { outlineText } from './outline.js';

/**
 * Entries of the fitted-lines cache before it is emptied (each a few hundred bytes). The most one
 * render fits is ~2,000 (Nine crossing labels' hero); 20,000 let each worker of `visint serve`
 * carry ~20 MB of texts from analyses long gone.
 */
const MAX_CACHED_FITS = 8_000;

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

  /**
   * Fitted lines by request. Layout searches fit the same text into the same box many times (the
   * Meta chain: ~30 ms of its layout went to re-fitting); fitting is a pure function of these keys.
   * Shared by every view of the engine (forCanvas), so the language and floor are part of the key.
   */
  private readonly fits = new Map<string, FitResult>();

  private fit(req: BlockRequest): FitResult {
    const { style } = req;
    const floor = req.floor ?? this.floor ?? req.minSize;
    const key = `${style.size}|${style.weight}|${style.tracking ?? 0}|${style.uppercase === true}|${req.maxWidth}|${req.maxLines}|${req.minSize}|${floor}|${this.lang}|${req.text}`;
    const hit = this.fits.get(key);
    if (hit) return hit;
    const fit = fitText(this.measurer, { text: req.text, style, maxWidth: req.maxWidth, maxLines: req.maxLines, minSize: req.minSize, lang: this.lang, floor });
    const cut = cutOverwideLines(this.measurer, fit.lines, { ...style, size: fit.size }, req.maxWidth);
    const result = cut ? { ...fit, lines: cut, truncated: true } : fit;
    if (this.fits.size >= MAX_CACHED_FITS) this.fits.clear(); // a long batch: bounded memory
    this.fits.set(key, result);
    return result;
  }

  /**
   * What `block` would fit, without placing it (no glyph ink is measured): the lines, the size
   * and whether it was cut. A search can reject a setting by its text heights before it pays for
   * placing every block of it.
   */
  measure(req: Omit<BlockRequest, 'align' | 'x' | 'top'>): { lines: readonly string[]; size: number; truncated: boolean; height: number } {
    const fit = this.fit(req as BlockRequest);
    return { lines: fit.lines, size: fit.size, truncated: fit.truncated, height: fit.lines.length * fit.size * req.lineHeightRatio };
  }

  /** Fits (balanced wrap, shrink, then ellipsis) and places a text block. */
  block(req: BlockRequest): PlacedText {
    const fit = this.fit(req);
    const style = { ...req.style, size: fit.size };
    return this.placer.place({
      role: req.role,
      text: req.text,
      ...(req.field !== undefined ? { field: req.field } : {}),
      lines: [...fit.lines],
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
    return this.placer.move(t, x, top);
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
