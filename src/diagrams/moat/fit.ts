import type { PlacedText } from '../../text/place.js';
import { TextEngine } from '../../text/engine.js';
import { fitBadgeCards, type BadgeCardItem, type BadgeCards } from '../cards/badge-card.js';
import { fitDescending } from '../cards/fit-text.js';
import { sizeSteps } from '../cards/grid.js';
import type { DiagramContext } from '../types.js';
import type { MoatModel } from './model.js';

export interface PillarFit {
  cols: number;
  rows: number;
  cards: BadgeCards;
  cardW: number;
  cardH: number;
  height: number;
}

/**
 * The patterns under the moat: one row if any size fits (so each can point up at the moat),
 * otherwise more rows; names as large as fit, cut with an ellipsis only as a last resort.
 */
export function fitPillars(items: BadgeCardItem[], ctx: DiagramContext, width: number, maxH: number, gap: number): PillarFit | null {
  const { metrics: m } = ctx;
  const sizes = sizeSteps(m.style('node').size, m.minFont, 2 * m.unit);
  const n = items.length;
  const grids: { rows: number; cols: number }[] = [];
  for (let rows = 1; rows <= n; rows++) {
    const cols = Math.ceil(n / rows);
    if (rows === 1 || Math.ceil(n / (rows - 1)) !== cols) grids.push({ rows, cols });
  }
  const attempt = (g: { rows: number; cols: number }, size: number, cut: boolean): PillarFit | null => {
    const cardW = Math.min(340 * m.unit, (width - (g.cols - 1) * gap) / g.cols);
    const cellH = (maxH - (g.rows - 1) * gap) / g.rows;
    for (const template of ['column', 'row'] as const) {
      for (const compact of [false, true]) {
        const cards = fitBadgeCards(items, { template, nameSize: size, withNotes: false, cardW, maxH: cellH, cut, compact }, ctx);
        if (!cards) continue;
        const cardH = Math.min(cellH, cards.contentH);
        return { ...g, cards, cardW, cardH, height: g.rows * cardH + (g.rows - 1) * gap };
      }
    }
    return null;
  };
  for (const g of grids) for (const size of sizes) {
    const f = attempt(g, size, false);
    if (f) return f;
  }
  // last resort: names cut with an ellipsis, in the first grid where that fits
  for (const g of grids) {
    const f = attempt(g, m.minFont, true);
    if (f) return f;
  }
  return null;
}

export interface MoatCardFit {
  title: PlacedText;
  text?: PlacedText;
  /** gap between title and text */
  gap: number;
  height: number;
}

/** The moat's name as large as it fits in about half the card, its explanation in the rest; `grow` raises both sizes' ceilings. */
export function fitMoatCard(model: MoatModel, ctx: DiagramContext, width: number, maxH: number, grow = 1): MoatCardFit {
  const { metrics: m, text } = ctx;
  const hub = m.style('hub');
  const titleSizes = sizeSteps(Math.max(m.minFont, hub.size * 1.25 * grow), m.minFont, 2 * m.unit);
  const titleShare = model.text ? 0.5 : 1;
  const title = fitDescending(text, { role: 'hub', ...model.title, style: { size: hub.size, weight: 800 }, lineHeightRatio: 1.15, maxWidth: width, maxHeight: maxH * titleShare, maxLines: 3 }, titleSizes, true)!;
  const gap = 10 * m.unit;
  let body: PlacedText | undefined;
  if (model.text) {
    const cap = m.style('caption');
    const left = maxH - TextEngine.height(title) - gap;
    const sizes = sizeSteps(Math.max(m.minFont, cap.size * 1.1 * grow), m.minFont, 2 * m.unit);
    body = fitDescending(text, { role: 'note', ...model.text, style: { size: cap.size, weight: 500 }, lineHeightRatio: 1.4, maxWidth: width, maxHeight: Math.max(left, m.minFont * 1.4) }, sizes, true)!;
  }
  const height = TextEngine.height(title) + (body ? gap + TextEngine.height(body) : 0);
  return { title, ...(body ? { text: body } : {}), gap, height };
}
