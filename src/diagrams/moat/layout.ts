import { wordsFor } from '../../i18n/index.js';
import { layoutCanvas } from '../../layout/metrics.js';
import type { Warning } from '../../layout/types.js';
import type { DiagramLayout, LayoutEdge, LayoutNode } from '../../layout/types.js';
import { TextEngine } from '../../text/engine.js';
import type { PlacedText } from '../../text/place.js';
import { verticalArrow } from '../cards/arrow.js';
import { placeBadgeCard } from '../cards/badge-card.js';
import { layoutCardFrame } from '../cards/frame.js';
import { placeGrid } from '../cards/grid.js';
import type { DiagramContext } from '../types.js';
import { fitMoatCard, fitPillars, type PillarFit } from './fit.js';
import type { MoatModel } from './model.js';
import { upper } from '../cards/words.js';

/**
 * "RESTS ON" in the arrow gap: centred between two arrows when a gap between them holds it,
 * else just beside the outermost arrow; left out when there is no room.
 */
function restsOn(ctx: DiagramContext, xs: number[], left: number, right: number, midY: number): PlacedText | undefined {
  const s = ctx.metrics.style('brand');
  const clear = 20 * ctx.metrics.unit;
  const t = ctx.text.block({ role: 'connector', text: upper(wordsFor(ctx.text.lang).restsOn), field: 'moat.patterns', style: s, lineHeightRatio: s.lineHeight, maxWidth: 1e6, maxLines: 1, minSize: s.size, align: 'middle', x: 0, top: midY - (s.size * s.lineHeight) / 2 });
  const w = t.box.width + 2 * clear;
  for (let i = 1; i < xs.length; i++) if (xs[i]! - xs[i - 1]! >= w) return ctx.text.moveTo(t, (xs[i]! + xs[i - 1]!) / 2, t.top);
  const last = xs[xs.length - 1]!;
  if (right - last >= w) return ctx.text.moveTo(t, last + w / 2, t.top);
  if (xs[0]! - left >= w) return ctx.text.moveTo(t, xs[0]! - w / 2, t.top);
  return undefined;
}

/** Beyond this height-to-width ratio of its area the moat's type may grow, up to MAX_GROWTH. */
const TALL = 1.2;
const MAX_GROWTH = 2;

/**
 * How much larger the moat card's type may start on a tall area (a 600×1600 canvas): there the
 * moat and its patterns, at their usual sizes, float in the middle of a canvas two-thirds empty.
 * (The patterns' names keep their sizes: larger, a long compound breaks into three lines.)
 */
function tallGrowth(area: { width: number; height: number }): number {
  return Math.min(MAX_GROWTH, Math.max(1, area.height / area.width / TALL));
}

/**
 * The moat as a wide hub-coloured card (name large, explanation under it); the patterns it
 * rests on as numbered cards beneath, each with an arrow up into the moat when they fit in one
 * row. Without patterns the moat card stands alone, centred.
 */
export function layoutMoat(model: MoatModel, ctx: DiagramContext): DiagramLayout {
  const { metrics: m, theme } = ctx;
  const frame = layoutCardFrame({ kicker: model.kicker }, ctx);
  const { area, gap } = frame;
  const warnings: Warning[] = [];
  const grow = tallGrowth(area);
  let pillars: PillarFit | null = null;
  if (model.pillars.length > 0) {
    pillars = fitPillars(model.pillars, ctx, area.width, area.height * (model.pillars.length > 3 ? 0.5 : 0.42), gap);
    if (!pillars) warnings.push({ field: 'moat.patterns', message: 'no room for the patterns on this canvas; left out' });
  }
  const arrows = pillars?.rows === 1;
  // arrows need a clear run; without them the gap holds a centred "RESTS ON"
  const brand = m.style('brand');
  const between = pillars ? (arrows ? Math.max(2 * gap, 64 * m.unit) : brand.size * brand.lineHeight + gap) : 0;
  const pad = theme.spacing.padding * m.unit * 1.75;
  const maxCardH = area.height - (pillars ? pillars.height + between : 0);
  const fit = fitMoatCard(model, ctx, area.width - 2 * pad, maxCardH - 2 * pad, grow);
  const cardH = fit.height + 2 * pad;
  const top = area.y + (area.height - cardH - (pillars ? between + pillars.height : 0)) / 2;
  // alone, the moat card hugs its text (never narrower than half the area); over patterns it spans the row
  const textW = Math.max(TextEngine.width(fit.title), fit.text ? TextEngine.width(fit.text) : 0) + 2 * pad;
  const cardW = pillars ? area.width : Math.min(area.width, Math.max(area.width * 0.5, textW + 48 * m.unit));
  const box = { x: area.x + (area.width - cardW) / 2, y: top, width: cardW, height: cardH };
  const moat: LayoutNode = {
    id: 'moat',
    role: 'hub',
    shape: 'rect',
    box,
    label: ctx.text.moveTo(fit.title, box.x + pad, box.y + pad),
    ...(fit.text ? { note: ctx.text.moveTo(fit.text, box.x + pad, box.y + pad + TextEngine.height(fit.title) + fit.gap) } : {}),
  };
  const nodes: LayoutNode[] = [moat];
  const edges: LayoutEdge[] = [];
  const texts = [...frame.texts];
  if (pillars) {
    const rowArea = { x: area.x, y: box.y + cardH + between, width: area.width, height: pillars.height };
    const boxes = placeGrid(model.pillars.length, pillars.cols, pillars.cardW, pillars.cardH, gap, gap, rowArea);
    const cards = model.pillars.map((p, i) => placeBadgeCard(pillars!.cards, i, p, boxes[i]!, 'node', ctx));
    nodes.push(...cards);
    if (arrows) {
      for (const c of cards) edges.push(verticalArrow(`edge-${c.id}-moat`, c, moat, c.box.x + c.box.width / 2, ctx));
      const xs = cards.map((c) => c.box.x + c.box.width / 2);
      const label = restsOn(ctx, xs, area.x, area.x + area.width, box.y + cardH + between / 2);
      if (label) texts.push(label);
    } else {
      texts.push(restsOn(ctx, [area.x, area.x + area.width], area.x, area.x + area.width, box.y + cardH + between / 2)!);
    }
  }
  return {
    ...layoutCanvas('moat', m),
    nodes,
    edges,
    texts,
    panels: frame.panels,
    warnings,
  };
}
