import { layoutCanvas } from '../../layout/metrics.js';
import type { Warning } from '../../layout/types.js';
import type { DiagramLayout, LayoutNode } from '../../layout/types.js';
import { TextEngine } from '../../text/engine.js';
import type { PlacedText } from '../../text/place.js';
import { fitAtSize, fitWithCut, type BoxFit } from '../cards/fit-text.js';
import { layoutCardFrame } from '../cards/frame.js';
import { sizeSteps } from '../cards/grid.js';
import type { DiagramContext } from '../types.js';
import { layoutChips, type ChipRow } from './chips.js';
import type { QuoteModel } from './model.js';
import { markColumn } from './ornament.js';

/** The quote's weight: semibold while large, regular-medium once small (long quotes read better). */
const weightAt = (size: number, unit: number): 500 | 600 => (size >= 24 * unit ? 600 : 500);

function fitQuote(model: QuoteModel, ctx: DiagramContext, maxW: number, maxH: number): { quote: PlacedText; ornamentW: number } {
  const { metrics: m } = ctx;
  const sizes = sizeSteps(Math.max(m.minFont, 44 * m.unit), m.minFont, 2 * m.unit);
  const base = (size: number): BoxFit => ({ role: 'quote', ...model.quote, style: { size, weight: weightAt(size, m.unit) }, lineHeightRatio: 1.36, maxWidth: maxW - markColumn(size), maxHeight: maxH, align: 'start' });
  for (const size of sizes) {
    const q = fitAtSize(ctx.text, base(size));
    if (q) return { quote: q, ornamentW: markColumn(size) };
  }
  return { quote: fitWithCut(ctx.text, base(m.minFont)), ornamentW: markColumn(m.minFont) };
}

/**
 * A pull-quote card: the quote on a card with a large quotation mark hanging in its own
 * column, sized as large as the card allows (shrinking to the minimum, then cut with an
 * ellipsis and a warning), the frameworks as chips under it, the wordmark in the footer.
 */
export function layoutQuote(model: QuoteModel, ctx: DiagramContext): DiagramLayout {
  const { metrics: m, theme } = ctx;
  const frame = layoutCardFrame({ kicker: model.kicker }, ctx);
  const area = frame.area;
  const gap = frame.gap;
  const warnings: Warning[] = [];
  const pad = theme.spacing.padding * m.unit * 2;
  // the quote comes first: if it would have to be cut beside named chips, the chips shrink to numbers
  let chips: ChipRow | undefined;
  let fitted: ReturnType<typeof fitQuote> | undefined;
  let numbersOnly = false;
  for (const numbers of model.chips.length > 0 ? [false, true] : [false]) {
    const place = model.chips.length > 0 ? layoutChips(model.chips, ctx, area, area.height * 0.3, numbers) : null;
    const row = place?.(0);
    const chipsH = row ? row.height + gap : 0;
    const f = fitQuote(model, ctx, area.width - 2 * pad, area.height - chipsH - 2 * pad);
    chips = row;
    fitted = f;
    numbersOnly = numbers;
    if (!f.quote.truncated) break;
  }
  if (model.chips.length > 0 && !chips) warnings.push({ field: 'synthesis.frameworks', message: 'no room for the frameworks on this canvas; left out' });
  const chipsH = chips ? chips.height + gap : 0;
  const { quote, ornamentW } = fitted!;
  const cardH = TextEngine.height(quote) + 2 * pad;
  // card and chips as one block, centred in the area; mark and quote centred in the card
  const top = area.y + (area.height - cardH - chipsH) / 2;
  const box = { x: area.x, y: top, width: area.width, height: cardH };
  const groupW = ornamentW + TextEngine.width(quote);
  const card: LayoutNode = { id: 'synthesis', role: 'hub', shape: 'rect', box, label: ctx.text.moveTo(quote, box.x + (box.width - groupW) / 2 + ornamentW, box.y + pad) };
  const nodes: LayoutNode[] = [card];
  const texts = [...frame.texts];
  if (chips) {
    const placed = layoutChips(model.chips, ctx, area, area.height * 0.3, numbersOnly)!(box.y + cardH + gap);
    nodes.push(...placed.nodes);
    texts.push(placed.label);
    warnings.push(...placed.warnings);
  }
  return {
    ...layoutCanvas('quote', m),
    nodes,
    edges: [],
    texts,
    panels: frame.panels,
    warnings,
  };
}
