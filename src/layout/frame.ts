import type { Theme } from '../theme/schema.js';
import { TextEngine } from '../text/engine.js';
import type { PlacedText } from '../text/place.js';
import type { Box } from './box.js';
import type { CanvasMetrics } from './metrics.js';
import type { LayoutPanel, Warning } from './types.js';

export interface FieldText {
  text: string;
  field: string;
}

export interface FrameSpec {
  title?: FieldText;
  subtitle?: FieldText;
  thesis?: FieldText;
  caption?: FieldText;
  /** the theme's wordmark */
  brand: string;
}

export interface Frame {
  texts: PlacedText[];
  panels: LayoutPanel[];
  /** what is left for the diagram itself */
  area: Box;
}

/** Warnings for every text that had to be cut with an ellipsis. */
export function truncationWarnings(texts: PlacedText[]): Warning[] {
  return texts.filter((t) => t.truncated).map((t) => ({ field: t.field ?? t.role, message: `text too long for the space; cut with an ellipsis: "${t.text.slice(0, 60)}"` }));
}

/** No frame texts (`ctx.frame === 'none'`): the whole canvas inside the margin is the diagram's area. */
export function emptyFrame(m: CanvasMetrics): Frame {
  return { texts: [], panels: [], area: { x: m.margin, y: m.margin, width: m.width - 2 * m.margin, height: m.height - 2 * m.margin } };
}

/**
 * A tight frame (metrics.tightFrame) gives the diagram room before it cuts its own text: frame
 * type this much smaller (never below the floor), gaps this much narrower.
 */
const TIGHT = { title: 0.8, text: 0.88, gap: 0.5 };
/** Height over width from which a canvas counts as tall (the hero's title takes more lines from the same ratio). */
const TALL_ASPECT = 1.6;

/** A frame token's style, smaller in a tight frame. */
function frameStyle(m: CanvasMetrics, token: 'title' | 'subtitle' | 'thesis' | 'caption', scale: number): ReturnType<CanvasMetrics['style']> {
  const s = m.style(token);
  return m.tightFrame ? { ...s, size: Math.max(m.minFont, Math.round(s.size * scale * 100) / 100) } : s;
}

/**
 * The frame every diagram shares: title (and subtitle) on top; at the bottom the thesis
 * pill, then the caption centred on a row of its own, then the wordmark at the right.
 */
export function layoutFrame(spec: FrameSpec, m: CanvasMetrics, engine: TextEngine, theme: Theme): Frame {
  const { width: W, height: H, margin, unit } = m;
  const contentW = W - 2 * margin;
  const gap = Math.round(theme.spacing.gap * unit * (m.tightFrame ? TIGHT.gap : 1));
  // a tall, narrow canvas (600×1600) has the height for more lines of caption and thesis than its width gives them
  const tall = H >= TALL_ASPECT * W;
  const texts: PlacedText[] = [];
  const panels: LayoutPanel[] = [];
  let top = margin;

  if (spec.title) {
    const s = frameStyle(m, 'title', TIGHT.title);
    const minSize = Math.max(m.minFont, s.size * 0.7);
    const t = engine.block({ role: 'title', ...spec.title, style: s, lineHeightRatio: s.lineHeight, maxWidth: contentW, maxLines: 2, minSize, align: 'middle', x: W / 2, top });
    texts.push(t);
    top += TextEngine.height(t);
  }
  if (spec.subtitle) {
    const s = frameStyle(m, 'subtitle', TIGHT.text);
    const t = engine.block({ role: 'subtitle', ...spec.subtitle, style: s, lineHeightRatio: s.lineHeight, maxWidth: contentW, maxLines: 1, minSize: m.minFont, align: 'middle', x: W / 2, top: top + 4 * unit });
    texts.push(t);
    top += 4 * unit + TextEngine.height(t);
  }

  // Footer: measured bottom-up from the bottom margin.
  const bs = m.style('brand');
  const brandProbe = engine.block({ role: 'brand', text: spec.brand, field: 'theme.wordmark', style: bs, lineHeightRatio: bs.lineHeight, maxWidth: contentW, maxLines: 1, minSize: m.minFont, align: 'end', x: W - margin, top: 0 });
  let bottom = H - margin;
  let caption: PlacedText | undefined;
  if (spec.caption) {
    const cs = frameStyle(m, 'caption', TIGHT.text);
    // one rule at every size: centred on a row of its own under the thesis pill, above the wordmark
    caption = engine.block({ role: 'caption', ...spec.caption, style: cs, lineHeightRatio: cs.lineHeight, maxWidth: contentW, maxLines: 2, minSize: m.minFont, align: 'middle', x: W / 2, top: 0 });
    if (caption.truncated) caption = engine.block({ role: 'caption', ...spec.caption, style: cs, lineHeightRatio: cs.lineHeight, maxWidth: contentW, maxLines: tall ? 5 : 3, minSize: m.minFont, align: 'middle', x: W / 2, top: 0 });
    const capH = TextEngine.height(caption);
    texts.push(engine.moveTo(brandProbe, W - margin, bottom - TextEngine.height(brandProbe)));
    bottom -= TextEngine.height(brandProbe) + gap / 2;
    caption = engine.moveTo(caption, W / 2, bottom - capH);
    texts.push(caption);
    bottom -= capH;
  } else {
    texts.push(engine.moveTo(brandProbe, W - margin, bottom - TextEngine.height(brandProbe)));
    bottom -= TextEngine.height(brandProbe);
  }

  if (spec.thesis) {
    const ts = frameStyle(m, 'thesis', TIGHT.text);
    const padX = Math.round(24 * unit);
    const padY = Math.round(10 * unit);
    const thesis = (maxLines: number) => engine.block({ role: 'thesis', ...spec.thesis!, style: ts, lineHeightRatio: ts.lineHeight, maxWidth: contentW - 2 * padX, maxLines, minSize: m.minFont, align: 'middle', x: W / 2, top: 0 });
    let t = thesis(2);
    if (t.truncated && tall) t = thesis(3);
    const pillH = TextEngine.height(t) + 2 * padY;
    const pillW = TextEngine.width(t) + 2 * padX;
    const pillTop = bottom - gap / 2 - pillH;
    const placed = engine.moveTo(t, W / 2, pillTop + padY);
    panels.push({ id: 'thesis', role: 'thesis', shape: t.lines.length > 1 ? 'rect' : 'pill', box: { x: W / 2 - pillW / 2, y: pillTop, width: pillW, height: pillH }, text: placed });
    bottom = pillTop;
  }

  const areaTop = top + (spec.title ? gap : 0);
  const areaBottom = bottom - gap;
  const area = { x: margin, y: areaTop, width: contentW, height: Math.max(0, areaBottom - areaTop) };
  return { texts, panels, area };
}
