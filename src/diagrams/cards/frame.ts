import type { Box } from '../../layout/box.js';
import { layoutFrame, truncationWarnings, type FieldText } from '../../layout/frame.js';
import type { LayoutPanel, Warning } from '../../layout/types.js';
import { TextEngine } from '../../text/engine.js';
import type { PlacedText } from '../../text/place.js';
import type { DiagramContext } from '../types.js';

export interface CardFrameSpec {
  /** small uppercase line above the title ("LAYER 1 · PATTERN RECOGNITION") */
  kicker?: FieldText;
  title?: FieldText;
  /** most lines the title may take (default 2) */
  titleLines?: number;
}

export interface CardFrame {
  texts: PlacedText[];
  panels: LayoutPanel[];
  /** what is left for the cards */
  area: Box;
  gap: number;
  warnings: Warning[];
}

/**
 * The card diagrams' frame: kicker and title left-aligned at the top (an editorial card
 * header), the shared footer (wordmark) at the bottom from the core frame.
 */
export function layoutCardFrame(spec: CardFrameSpec, ctx: DiagramContext): CardFrame {
  const { metrics: m, text, theme } = ctx;
  const foot = layoutFrame({ brand: theme.wordmark }, m, text, theme);
  const gap = Math.round(theme.spacing.gap * m.unit);
  const contentW = m.width - 2 * m.margin;
  const texts: PlacedText[] = [...foot.texts];
  let top = m.margin;
  if (spec.kicker) {
    const s = m.style('brand');
    const k = text.block({ role: 'kicker', ...spec.kicker, style: s, lineHeightRatio: s.lineHeight, maxWidth: contentW, maxLines: 2, minSize: m.minFont, align: 'start', x: m.margin, top });
    texts.push(k);
    top += TextEngine.height(k);
  }
  if (spec.title) {
    const s = m.style('title');
    const minSize = Math.max(m.minFont, s.size * 0.7);
    const lines = spec.titleLines ?? 2;
    // one line, shrinking to 70% first when asked for one line; then up to two lines
    let t = text.block({ role: 'title', ...spec.title, style: s, lineHeightRatio: s.lineHeight, maxWidth: contentW, maxLines: lines, minSize, align: 'start', x: m.margin, top: top + (spec.kicker ? 4 * m.unit : 0) });
    if (t.truncated && lines < 2) t = text.block({ role: 'title', ...spec.title, style: s, lineHeightRatio: s.lineHeight, maxWidth: contentW, maxLines: 2, minSize, align: 'start', x: m.margin, top: t.top });
    texts.push(t);
    top = t.top + TextEngine.height(t);
  }
  const bottom = foot.area.y + foot.area.height;
  const areaTop = top > m.margin ? top + gap : m.margin;
  const area = { x: m.margin, y: areaTop, width: contentW, height: Math.max(0, bottom - areaTop) };
  return { texts, panels: foot.panels, area, gap, warnings: truncationWarnings(texts) };
}
