import type { Box } from '../../layout/box.js';
import type { FieldText } from '../../layout/frame.js';
import type { LayoutPanel } from '../../layout/types.js';
import { TextEngine } from '../../text/engine.js';
import type { PlacedText } from '../../text/place.js';
import type { DiagramContext } from '../types.js';
import type { HeroStyles } from './styles.js';

/*
 * Why our TextEngine and not satori for the frame: the render pipeline is synchronous end to
 * end (Renderer.render, the library's render(), the CLI) while satori only returns a Promise;
 * every diagram must hand back a DiagramLayout whose texts carry measured INK boxes (for
 * layout.json, the shared invariant checker and contrast checks), which satori's node boxes
 * are not; and the engine already does balanced wrapping with the same Inter glyphs that the
 * outliner draws, so the frame, the embedded diagram and every other diagram share one
 * typography. The frame is a flex-like column computed here: fixed blocks top and bottom,
 * the diagram slot takes the rest. No 0.35 s satori import on any path.
 */

/** Side: text column on the left, diagram on the right (wide canvases, short titles). Stacked: title over diagram over footer. */
export type Composition = 'side' | 'stacked';

export interface FrameTexts {
  /** the analysis's `subject` only: nothing stands in for it (the theme's label would repeat the wordmark) */
  kicker?: FieldText;
  title: FieldText;
  subtitle?: FieldText;
  thesis?: FieldText;
  brand: string;
}

export interface HeroFrame {
  composition: Composition;
  texts: PlacedText[];
  panels: LayoutPanel[];
  /** where the main diagram goes */
  slot: Box;
  /** the title fit in three lines at the size tried */
  titleFits: boolean;
}

/** Share of the content width the side composition gives its text column. */
export const SIDE_COLUMN = 0.44;

function thesisPanel(ctx: DiagramContext, s: HeroStyles, thesis: FieldText, maxWidth: number, x: number, bottom: number): LayoutPanel {
  const u = ctx.metrics.unit;
  const padX = Math.round(22 * u);
  const padY = Math.round(10 * u);
  const t = ctx.text.block({ role: 'thesis', ...thesis, style: s.thesis, lineHeightRatio: s.thesis.lineHeight, maxWidth: maxWidth - 2 * padX, maxLines: 2, minSize: ctx.metrics.minFont, align: 'start', x: x + padX, top: 0 });
  const h = TextEngine.height(t) + 2 * padY;
  const w = TextEngine.width(t) + 2 * padX;
  return { id: 'thesis', role: 'thesis', shape: t.lines.length > 1 ? 'rect' : 'pill', box: { x, y: bottom - h, width: w, height: h }, text: ctx.text.moveTo(t, x + padX, bottom - h + padY) };
}

/** Kicker, title and (when `withSubtitle`) subtitle from `top` down, left-aligned at `x` within `width`. */
function header(ctx: DiagramContext, s: HeroStyles, f: FrameTexts, titleSize: number, x: number, width: number, withSubtitle: boolean, titleLines: number): { texts: PlacedText[]; bottom: number; titleFits: boolean } {
  const { unit: u, margin, minFont } = ctx.metrics;
  // the kicker sits right of a short accent bar drawn by the scene; with no subject the title starts at the margin
  const kicker = f.kicker ? ctx.text.block({ role: 'kicker', ...f.kicker, style: s.kicker, lineHeightRatio: s.kicker.lineHeight, maxWidth: width - 40 * u, maxLines: 1, minSize: minFont, align: 'start', x: x + Math.round(40 * u), top: margin }) : undefined;
  let top = kicker ? margin + TextEngine.height(kicker) + Math.round(14 * u) : margin;
  const title = ctx.text.block({ role: 'title', ...f.title, style: { ...s.title, size: titleSize }, lineHeightRatio: s.title.lineHeight, maxWidth: width, maxLines: titleLines, minSize: titleSize, align: 'start', x, top });
  top += TextEngine.height(title);
  const texts = kicker ? [kicker, title] : [title];
  if (withSubtitle && f.subtitle) {
    const sub = ctx.text.block({ role: 'subtitle', ...f.subtitle, style: s.subtitle, lineHeightRatio: s.subtitle.lineHeight, maxWidth: width, maxLines: 2, minSize: minFont, align: 'start', x, top: top + Math.round(10 * u) });
    texts.push(sub);
    top += Math.round(10 * u) + TextEngine.height(sub);
  }
  return { texts, bottom: top, titleFits: !title.truncated };
}

function brandAt(ctx: DiagramContext, s: HeroStyles, brand: string, x: number, align: 'start' | 'end', bottom: number): PlacedText {
  const b = ctx.text.block({ role: 'brand', text: brand, field: 'theme.wordmark', style: s.brand, lineHeightRatio: s.brand.lineHeight, maxWidth: ctx.metrics.width, maxLines: 1, minSize: ctx.metrics.minFont, align, x, top: 0 });
  return ctx.text.moveTo(b, x, bottom - TextEngine.height(b));
}

/** Title over the diagram; footer row: thesis pill on the left, wordmark on the right (two rows when both do not fit). */
export function stackedFrame(ctx: DiagramContext, s: HeroStyles, f: FrameTexts, titleSize: number, withSubtitle: boolean, titleLines = 3): HeroFrame {
  const { width: W, height: H, margin, unit: u } = ctx.metrics;
  const contentW = W - 2 * margin;
  const gap = Math.round(ctx.theme.spacing.gap * u);
  const head = header(ctx, s, f, titleSize, margin, contentW, withSubtitle, titleLines);
  const bottom = H - margin;
  let brand = brandAt(ctx, s, f.brand, W - margin, 'end', bottom);
  const panels: LayoutPanel[] = [];
  let footerTop = brand.box.y;
  if (f.thesis) {
    const brandW = TextEngine.width(brand);
    let pill = thesisPanel(ctx, s, f.thesis, contentW - brandW - gap, margin, bottom);
    if (pill.text.truncated || pill.text.lines.length > 1) pill = thesisPanel(ctx, s, f.thesis, contentW, margin, bottom - TextEngine.height(brand) - gap / 2);
    const oneRow = pill.box.y + pill.box.height >= bottom - 0.5;
    // on one row the wordmark is centred on the pill's middle
    if (oneRow) brand = ctx.text.moveTo(brand, W - margin, pill.box.y + pill.box.height / 2 - TextEngine.height(brand) / 2);
    panels.push(pill);
    footerTop = Math.min(footerTop, pill.box.y);
  }
  const slotTop = Math.round(head.bottom + gap);
  const slot = { x: margin, y: slotTop, width: contentW, height: Math.max(0, Math.round(footerTop - gap) - slotTop) };
  return { composition: 'stacked', texts: [...head.texts, brand], panels, slot, titleFits: head.titleFits };
}

/** Text column on the left (kicker, title, subtitle at the top; thesis and wordmark at the bottom); diagram on the right. */
export function sideFrame(ctx: DiagramContext, s: HeroStyles, f: FrameTexts, titleSize: number, withSubtitle: boolean, titleLines = 3): HeroFrame {
  const { width: W, height: H, margin, unit: u } = ctx.metrics;
  const contentW = W - 2 * margin;
  const colW = Math.round(contentW * SIDE_COLUMN);
  const gap = Math.round(ctx.theme.spacing.gap * u);
  const head = header(ctx, s, f, titleSize, margin, colW, withSubtitle, titleLines);
  const brand = brandAt(ctx, s, f.brand, margin, 'start', H - margin);
  const panels = f.thesis ? [thesisPanel(ctx, s, f.thesis, colW, margin, brand.box.y - gap)] : [];
  const footerTop = panels[0]?.box.y ?? brand.box.y;
  // the column must hold the header and the footer with a gap between them
  const fits = head.bottom + gap <= footerTop;
  const slotX = margin + colW + Math.round(48 * u);
  const slot = { x: slotX, y: margin, width: W - margin - slotX, height: H - 2 * margin };
  return { composition: 'side', texts: [...head.texts, brand], panels, slot, titleFits: head.titleFits && fits };
}
