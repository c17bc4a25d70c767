import { layoutCanvas } from '../../layout/metrics.js';
import type { DiagramLayout } from '../../layout/types.js';
import { fitBadgeCards, placeBadgeCard, type BadgeCards, type BadgeTemplate } from '../cards/badge-card.js';
import { layoutCardFrame } from '../cards/frame.js';
import { gridOptions, growSizes, placeGrid, sizeSteps, type Grid } from '../cards/grid.js';
import type { DiagramContext } from '../types.js';
import type { PatternsModel } from './model.js';

/**
 * Cards filling less than this share of the area grow (larger names and notes) before the rest is
 * left empty: five Meta patterns at 600×1600 filled 0.62 of it, with a fifth of the height bare above
 * and below them.
 */
const GROW_BELOW_FILL = 0.75;

/** Cell shape (width / height) each template looks best in. */
const IDEAL: Record<BadgeTemplate, number> = { row: 2.6, stack: 1.5, column: 0.9 };
/** Widest a card may get, in design px: one or two patterns make a card, not a banner. */
const MAX_CARD_W: Record<BadgeTemplate, number> = { row: 680, stack: 520, column: 360 };

interface Choice {
  grid: Grid;
  cards: BadgeCards;
  score: number;
}

/** Every grid and template that fits at one name size, the best-shaped first. */
function choicesAt(model: PatternsModel, ctx: DiagramContext, grids: Grid[], size: number, withNotes: boolean, cut: boolean, grown = 1): Choice[] {
  const out: Choice[] = [];
  for (const grid of grids) {
    for (const template of ['row', 'stack', 'column'] as const) {
      const cardW = Math.min(grid.cellW, MAX_CARD_W[template] * ctx.metrics.unit);
      for (const compact of [false, true]) {
        const cards = fitBadgeCards(model.items, { template, nameSize: size, withNotes, cardW, maxH: grid.cellH, cut, compact, grown }, ctx);
        // compact cards only when the roomy ones do not fit this grid
        if (cards) {
          out.push({ grid, cards, score: Math.abs(Math.log(grid.cellW / grid.cellH / IDEAL[template])) + (compact ? 0.5 : 0) });
          break;
        }
      }
    }
  }
  return out.sort((a, b) => a.score - b.score);
}

/**
 * Numbered badges in a grid: tries name sizes from large to small, first with the notes, then
 * without them; at each size keeps the grid and card template whose cells suit it best. As a
 * last resort names are cut with an ellipsis (and a warning) at the minimum size.
 */
function framed(model: PatternsModel, ctx: DiagramContext) {
  const frame = layoutCardFrame({ kicker: model.kicker, title: model.title, titleLines: 1 }, ctx);
  const gap = frame.gap * (model.items.length > 6 ? 0.75 : 1);
  return { frame, gap, grids: gridOptions(model.items.length, frame.area, gap) };
}

/** Whether any grid and card template holds every name and note uncut at `size` (the search's test before notes are left out). */
export function notesFit(model: PatternsModel, ctx: DiagramContext, size: number): boolean {
  return choicesAt(model, ctx, framed(model, ctx).grids, size, true, false).length > 0;
}

export function layoutPatterns(model: PatternsModel, ctx: DiagramContext): DiagramLayout {
  const { metrics: m } = ctx;
  const { frame, gap, grids } = framed(model, ctx);
  const n = model.items.length;
  const node = m.style('node').size;
  const max = Math.max(m.minFont, node * (n <= 2 ? 1.3 : n <= 6 ? 1.15 : 1));
  const sizes = sizeSteps(max, m.minFont, 2 * m.unit);
  const anyNotes = model.items.some((it) => it.note);
  // grow, then shrink, then cut: with the notes down to the smallest type before they are left out
  const phases = [
    ...(anyNotes ? [{ notes: true, floor: m.minFont, cut: false }] : []),
    { notes: false, floor: m.minFont, cut: false },
    { notes: false, floor: m.minFont, cut: true },
  ];
  let best: Choice | undefined;
  for (const phase of phases) {
    for (const size of phase.cut ? [m.minFont] : sizes.filter((s) => s >= phase.floor - 1e-6)) {
      best = choicesAt(model, ctx, grids, size, phase.notes, phase.cut)[0];
      if (best) break;
    }
    if (best) break;
  }
  if (!best) throw new Error('the patterns do not fit this canvas; try a larger --size');
  // cards that fill less than GROW_BELOW_FILL of the area (a tall or a wide canvas, a few patterns) grow first: the largest
  // name size (growSizes) that still fits the same way, rather than a band of empty canvas round them
  const fill = (c: Choice) => (c.grid.rows * Math.min(c.grid.cellH, c.cards.contentH + 24 * m.unit) + (c.grid.rows - 1) * c.grid.gapY) / frame.area.height;
  if (!best.cards.spec.cut && fill(best) < GROW_BELOW_FILL)
    for (const size of growSizes(max, 2 * m.unit)) {
      // the notes grow with the names, so the hierarchy stays the usual one
      const larger = choicesAt(model, ctx, grids, size, best.cards.spec.withNotes, false, size / max)[0];
      if (larger) {
        best = larger;
        break;
      }
    }
  const { grid, cards } = best;
  // cards share one size: their tallest content, stretched a little towards the cell
  // no wider than the widest content needs (a lone short name makes a compact card), nor than the cell
  const cardW = Math.min(grid.cellW, MAX_CARD_W[cards.spec.template] * m.unit, Math.max(cards.contentW + 48 * m.unit, grid.cellW * 0.5));
  const cardH = Math.min(grid.cellH, cards.contentH + 24 * m.unit);
  const boxes = placeGrid(n, grid.cols, cardW, cardH, gap, grid.gapY, frame.area);
  const nodes = model.items.map((it, i) => placeBadgeCard(cards, i, it, boxes[i]!, 'node', ctx));
  return {
    ...layoutCanvas('patterns', m),
    nodes,
    edges: [],
    texts: frame.texts,
    panels: frame.panels,
    // notes left out only when no grid holds them even at the smallest type; never silently
    warnings: cards.spec.withNotes ? [] : model.items.flatMap((it) => (it.note ? [{ field: `${it.field}.note`, message: 'note left out: no room for it on this canvas' }] : [])),
  };
}
