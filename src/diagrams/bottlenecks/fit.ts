import { TextEngine } from '../../text/engine.js';
import type { PlacedText } from '../../text/place.js';
import { fitAtSize, fitWithCut, type BoxFit } from '../cards/fit-text.js';
import type { DiagramContext } from '../types.js';
import type { BottleneckItem } from './model.js';
import { upper } from '../cards/words.js';
import { wordsFor } from '../../i18n/index.js';

/** The kind tab on top of a card: "ACTIVE" / "EMERGING" after a marker (filled dot / ring). */
export interface Tab {
  text: PlacedText;
  width: number;
  height: number;
  markerD: number;
  padX: number;
}

export function kindTab(kind: BottleneckItem['kind'], field: string, ctx: DiagramContext): Tab {
  const { metrics: m, text } = ctx;
  const s = m.style('brand');
  const t = text.block({ role: 'kind', text: upper(kind === 'active' ? wordsFor(text.lang).active : wordsFor(text.lang).emerging), field: `${field}.kind`, style: s, lineHeightRatio: s.lineHeight, maxWidth: 1e6, maxLines: 1, minSize: s.size, align: 'start', x: 0, top: 0 });
  const padX = 0.75 * s.size;
  const markerD = 0.62 * s.size;
  return { text: t, markerD, padX, width: padX + markerD + 0.5 * s.size + TextEngine.width(t) + padX, height: TextEngine.height(t) + 0.7 * s.size };
}

export interface FittedCards {
  titles: PlacedText[];
  texts: (PlacedText | undefined)[];
  pad: number;
  gap: number;
  /** tallest card's content with padding */
  contentH: number;
}

/**
 * Every card's title at `size` and its explanation a step smaller; null when one does not fit.
 * `grown`: titles past their usual largest size by this factor (a canvas with room), the
 * explanations grown with them so the hierarchy stays the usual one.
 */
export function fitBottleneckCards(items: BottleneckItem[], ctx: DiagramContext, size: number, cardW: number, maxH: number, cut: boolean, grown = 1): FittedCards | null {
  const { metrics: m, theme, text } = ctx;
  const pad = theme.spacing.padding * m.unit * 1.25;
  const gap = 8 * m.unit;
  const inner = cardW - 2 * pad;
  if (inner < size * 4) return null;
  const textSize = Math.max(m.minFont, Math.min(m.style('caption').size * 1.2 * Math.max(1, grown), size * 0.78));
  const titles: PlacedText[] = [];
  const texts: (PlacedText | undefined)[] = [];
  let contentH = 0;
  for (const it of items) {
    const tf: BoxFit = { role: 'node', text: it.title, field: `${it.field}.title`, style: { size, weight: 700 }, lineHeightRatio: 1.2, maxWidth: inner, maxHeight: maxH - 2 * pad, maxLines: 3 };
    const title = fitAtSize(text, tf) ?? (cut ? fitWithCut(text, { ...tf, maxLines: 2 }) : null);
    if (!title) return null;
    let h = TextEngine.height(title);
    let body: PlacedText | undefined;
    if (it.text) {
      const bf: BoxFit = { role: 'note', text: it.text, field: `${it.field}.text`, style: { size: textSize, weight: 500 }, lineHeightRatio: 1.35, maxWidth: inner, maxHeight: maxH - 2 * pad - h - gap };
      body = fitAtSize(text, bf) ?? (cut ? fitWithCut(text, bf) : undefined);
      if (!body) return null;
      h += gap + TextEngine.height(body);
    }
    titles.push(title);
    texts.push(body);
    contentH = Math.max(contentH, h + 2 * pad);
  }
  return contentH <= maxH + 1e-6 || cut ? { titles, texts, pad, gap, contentH } : null;
}
