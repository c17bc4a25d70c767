import type { Box } from '../../layout/box.js';
import { layoutFrame, type FieldText } from '../../layout/frame.js';
import type { LayoutPanel } from '../../layout/types.js';
import { TextEngine } from '../../text/engine.js';
import type { PlacedText } from '../../text/place.js';
import type { DiagramContext } from '../types.js';
import { whole } from './fit-text.js';
import { upper } from './words.js';

export interface CardFrameSpec {
  /** small uppercase line above the title ("LAYER 1 · PATTERN RECOGNITION") */
  kicker?: FieldText;
  title?: FieldText;
  /** most lines the title may take (default 2) */
  titleLines?: number;
  /** the title token's size times this (dense diagrams give the title less room) */
  titleScale?: number;
}

export interface CardFrame {
  texts: PlacedText[];
  panels: LayoutPanel[];
  /** what is left for the cards */
  area: Box;
  gap: number;
}

/**
 * The card diagrams' frame: kicker and title left-aligned at the top (an editorial card
 * header), the shared footer (wordmark) at the bottom from the core frame; nothing when the
 * context asks for no frame.
 */
export function layoutCardFrame(spec: CardFrameSpec, ctx: DiagramContext): CardFrame {
  const { metrics: m, text, theme } = ctx;
  const gap = Math.round(theme.spacing.gap * m.unit);
  // a composition (the hero) that draws its own frame gets the whole canvas inside the margin
  if (ctx.frame === 'none') return { texts: [], panels: [], area: { x: m.margin, y: m.margin, width: m.width - 2 * m.margin, height: m.height - 2 * m.margin }, gap };
  const foot = layoutFrame({ brand: theme.wordmark }, m, text, theme);
  const contentW = m.width - 2 * m.margin;
  const texts: PlacedText[] = [...foot.texts];
  let top = m.margin;
  if (spec.kicker) {
    const s = m.style('brand');
    const k = text.block({ role: 'kicker', text: upper(spec.kicker.text), field: spec.kicker.field, style: s, lineHeightRatio: s.lineHeight, maxWidth: contentW, maxLines: 2, minSize: m.minFont, align: 'start', x: m.margin, top });
    texts.push(k);
    // stacked by ink as well as line boxes (combining marks can reach below the last line box)
    top += TextEngine.extent(k);
  }
  if (spec.title) {
    const token = m.style('title');
    const s = { ...token, size: Math.max(m.minFont, token.size * (spec.titleScale ?? 1)) };
    const minSize = Math.max(m.minFont, s.size * 0.7);
    const lines = spec.titleLines ?? 2;
    // the preferred line count first (shrinking to 70%), then one line more at a time: up to
    // two lines, three on portrait canvases
    const most = Math.max(lines, m.height > m.width ? 3 : 2);
    const at = top + (spec.kicker ? 4 * m.unit : 0);
    let t = text.block({ role: 'title', ...spec.title, style: s, lineHeightRatio: s.lineHeight, maxWidth: contentW, maxLines: lines, minSize, align: 'start', x: m.margin, top: at });
    for (let n = lines + 1; !whole(t) && n <= most; n++) t = text.block({ role: 'title', ...spec.title, style: s, lineHeightRatio: s.lineHeight, maxWidth: contentW, maxLines: n, minSize, align: 'start', x: m.margin, top: at });
    texts.push(t);
    top = t.top + TextEngine.extent(t);
  }
  const bottom = foot.area.y + foot.area.height;
  const areaTop = top > m.margin ? top + gap : m.margin;
  const area = { x: m.margin, y: areaTop, width: contentW, height: Math.max(0, bottom - areaTop) };
  return { texts, panels: foot.panels, area, gap };
}
