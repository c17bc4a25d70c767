import { layoutCanvas } from '../../layout/metrics.js';
import type { DiagramLayout, LayoutNode, LayoutPanel } from '../../layout/types.js';
import { TextEngine } from '../../text/engine.js';
import { layoutCardFrame } from '../cards/frame.js';
import { gridOptions, growSizes, placeGrid, sizeSteps, type Grid } from '../cards/grid.js';
import type { DiagramContext } from '../types.js';
import { fitBottleneckCards, kindTab, type FittedCards } from './fit.js';
import type { BottlenecksModel } from './model.js';

/** Cards filling less than this share of their area grow first (as pattern cards do): titles and explanations together. */
const GROW_BELOW_FILL = 0.75;

/** Cell shape (width / height) a bottleneck card reads best in. */
const IDEAL_ASPECT = 1.9;
const MAX_CARD_W = 620;

/**
 * Bottleneck cards in a grid, active first. Each card carries a tab naming its kind: active is
 * a solid card under a filled tab with a dot, emerging a dashed outline under a dashed tab
 * with a ring, so the kinds differ by word, border and marker, not by colour alone.
 */
export function layoutBottlenecks(model: BottlenecksModel, ctx: DiagramContext): DiagramLayout {
  const { metrics: m, theme } = ctx;
  const frame = layoutCardFrame({ kicker: model.kicker, title: model.title, titleLines: 1 }, ctx);
  const n = model.items.length;
  const tabs = model.items.map((b) => kindTab(b.kind, b.field, ctx));
  const tabH = Math.max(...tabs.map((t) => t.height));
  const grids = gridOptions(n, frame.area, frame.gap).sort((a, b) => Math.abs(Math.log(a.cellW / a.cellH / IDEAL_ASPECT)) - Math.abs(Math.log(b.cellW / b.cellH / IDEAL_ASPECT)));
  const top = Math.max(m.minFont, m.style('node').size * (n <= 2 ? 1.35 : n <= 4 ? 1.1 : 1));
  const sizes = sizeSteps(top, m.minFont, 2 * m.unit);
  const cardWidth = (g: Grid) => Math.min(g.cellW, MAX_CARD_W * m.unit);
  const pickAt = (list: number[]): { grid: Grid; cards: FittedCards } | undefined => {
    for (const size of list)
      for (const grid of grids) {
        const cards = fitBottleneckCards(model.items, ctx, size, cardWidth(grid), grid.cellH - tabH, false, size / top);
        if (cards) return { grid, cards };
      }
    return undefined;
  };
  // share of the area's height the cards take
  const fill = (p: { grid: Grid; cards: FittedCards }) => (p.grid.rows * (tabH + Math.min(p.grid.cellH - tabH, p.cards.contentH + 24 * m.unit)) + (p.grid.rows - 1) * p.grid.gapY) / frame.area.height;
  let pick = pickAt(sizes);
  // cards that fill less than GROW_BELOW_FILL of the area (a tall canvas, a few cards) grow first: the largest type that
  // fits (growSizes), rather than a band of empty canvas above and below them
  if (pick && fill(pick) < GROW_BELOW_FILL) pick = pickAt(growSizes(top, 2 * m.unit)) ?? pick;
  if (!pick) {
    const grid = grids[0];
    const cards = grid && fitBottleneckCards(model.items, ctx, m.minFont, cardWidth(grid), grid.cellH - tabH, true);
    if (!grid || !cards) throw new Error('the bottlenecks do not fit this canvas; try a larger --size');
    pick = { grid, cards };
  }
  const { grid, cards } = pick;
  // where even the largest type leaves them filling less than half the area (a long word caps the type),
  // the cards grow taller to half of it, their text centred
  const half = (0.5 * frame.area.height - (grid.rows - 1) * grid.gapY) / grid.rows - tabH;
  const cardH = Math.min(grid.cellH - tabH, Math.max(cards.contentH + 24 * m.unit, half));
  const cells = placeGrid(n, grid.cols, cardWidth(grid), tabH + cardH, frame.gap, grid.gapY, frame.area);
  const nodes: LayoutNode[] = [];
  const panels: LayoutPanel[] = [...frame.panels];
  const tabInset = theme.radius.card * m.unit;
  model.items.forEach((it, i) => {
    const cell = cells[i]!;
    const box = { x: cell.x, y: cell.y + tabH, width: cell.width, height: cardH };
    const title = cards.titles[i]!;
    const body = cards.texts[i];
    const contentH = TextEngine.height(title) + (body ? cards.gap + TextEngine.height(body) : 0);
    const top = box.y + (box.height - contentH) / 2;
    const left = box.x + cards.pad;
    nodes.push({
      id: it.key,
      role: 'node',
      shape: 'rect',
      box,
      label: ctx.text.moveTo(title, left, top),
      ...(body ? { note: ctx.text.moveTo(body, left, top + TextEngine.height(title) + cards.gap) } : {}),
      ...(it.kind === 'active' ? { emphasis: true } : {}),
    });
    const tab = tabs[i]!;
    const tabBox = { x: cell.x + tabInset, y: cell.y, width: tab.width, height: tabH };
    const textLeft = tabBox.x + tab.padX + tab.markerD + 0.5 * m.style('brand').size;
    panels.push({ id: `${it.key}-kind`, role: it.kind, shape: 'rect', box: tabBox, text: ctx.text.moveTo(tab.text, textLeft, tabBox.y + (tabH - TextEngine.height(tab.text)) / 2) });
  });
  return {
    ...layoutCanvas('bottlenecks', m),
    nodes,
    edges: [],
    texts: frame.texts,
    panels,
    warnings: [],
  };
}
