import { layoutCanvas } from '../../layout/metrics.js';
import type { Box } from '../../layout/box.js';
import { emptyFrame, layoutFrame, type Frame } from '../../layout/frame.js';
import { layoutProblems } from '../../layout/invariants.js';
import type { DiagramLayout, LayoutBadge, LayoutNode } from '../../layout/types.js';
import { TextEngine } from '../../text/engine.js';
import type { DiagramContext } from '../types.js';
import { chainEdges } from './arrows.js';
import { columnChoices, snakeBoxes, type Grid } from './grid.js';
import type { ChainModel } from './model.js';
import { canFit } from '../../text/whole.js';
import { rejected } from '../../layout/reject.js';

/** More lines than this in one card reads as a paragraph, not a step. */
const MAX_LINES = 8;

interface Attempt {
  size: number;
  cols: number;
  /** scale of gutters, row gaps and padding: 1, or tighter for crowded canvases */
  spacing: number;
}

const debug = (why: string): null => rejected('chain', why);

function badge(ctx: DiagramContext, value: number, center: { x: number; y: number }, radius: number): LayoutBadge {
  const s = ctx.metrics.style('badge');
  const probe = ctx.text.block({ role: 'badge', text: String(value), style: s, lineHeightRatio: s.lineHeight, maxWidth: radius * 4, maxLines: 1, minSize: ctx.metrics.minFont, align: 'middle', x: center.x, top: 0 });
  return { value, center, radius, text: ctx.text.moveTo(probe, center.x, center.y - TextEngine.height(probe) / 2) };
}

/**
 * One setting: cards of one width in `cols` columns, text at `size`, as many lines as the row
 * height allows. Null when a step would be cut or a word broken (unless `cut`), or when any
 * invariant fails.
 */
function tryAttempt(model: ChainModel, ctx: DiagramContext, frame: Frame, a: Attempt, cut: boolean): DiagramLayout | null {
  const { metrics: m, text } = ctx;
  const u = m.unit;
  const k = a.spacing;
  const rb = (k < 1 ? 15 : 18) * u;
  // the badges overhang each card's top-left corner: keep them inside the area too
  const area: Box = { x: frame.area.x + rb, y: frame.area.y + rb, width: frame.area.width - rb, height: frame.area.height - rb };
  const n = model.steps.length;
  const rows = Math.ceil(n / a.cols);
  // never so tight that an arrow is all head: room for the setback, the head and some stroke
  const arrowRoom = (ctx.theme.arrow.length + ctx.theme.arrow.setback + 10) * u;
  const gutter = Math.max(56 * k * u, arrowRoom);
  const rowGap = Math.max((a.cols === 1 ? 40 : 48) * k * u, arrowRoom);
  const padX = 18 * k * u;
  const padY = 14 * k * u;
  const cardW = Math.min((area.width - (a.cols - 1) * gutter) / a.cols, 440 * u * Math.max(1, a.size / m.style('node').size));
  const s = m.style('node');
  if (cardW < 2 * padX + 40 * u) return debug(`${a.cols} columns: no room at ${a.size}px`);
  if (!cut && !model.steps.every((st) => canFit(text, st.label, { ...s, size: a.size }, cardW - 2 * padX, MAX_LINES))) return debug(`${a.cols} columns: steps do not fit at ${a.size}px`);
  const request = (st: ChainModel['steps'][number]) => ({ role: 'step', text: st.label, field: st.field, style: { ...s, size: a.size }, lineHeightRatio: s.lineHeight, maxWidth: cardW - 2 * padX, maxLines: MAX_LINES, minSize: cut ? m.minFont : a.size });
  // heights first: most settings fail on height (the Meta chain: 53 of 91), before any label is placed
  const fitted = model.steps.map((st) => text.measure(request(st)));
  if (!cut && fitted.some((f) => f.truncated)) return debug(`${a.cols} columns: steps do not fit at ${a.size}px`);
  const rowHeights = Array.from({ length: rows }, (_, r) => Math.max(64 * k * u, ...fitted.slice(r * a.cols, (r + 1) * a.cols).map((f) => f.height + 2 * padY)));
  const blockH = rowHeights.reduce((x, y) => x + y, 0) + (rows - 1) * rowGap;
  if (blockH > area.height) return debug(`${a.cols} columns at ${a.size}px: ${Math.round(blockH)}px tall, ${Math.round(area.height)}px free`);
  const labels = model.steps.map((st) => text.block({ ...request(st), align: 'middle', x: 0, top: 0 }));
  // canvas the cards leave over (a tall or wide canvas, text already at its largest) goes partly
  // into the gaps between them, rather than all into bands of empty canvas round the block
  const blockW = a.cols * cardW + (a.cols - 1) * gutter;
  const airy = (gap: number, spare: number, gaps: number) => (gaps > 0 && spare > 0 ? Math.min(gap * AIR.most, gap + (spare * AIR.share) / gaps) : gap);
  const grid: Grid = { cols: a.cols, rows, cardW, rowHeights, gutter: airy(gutter, area.width - blockW, a.cols - 1), rowGap: airy(rowGap, area.height - blockH, rows - 1) };
  const boxes = snakeBoxes(n, grid, area);
  const nodes = model.steps.map((st, i): LayoutNode => {
    const b = boxes[i]!;
    const l = labels[i]!;
    return { id: st.id, role: 'step', shape: 'rect', box: b, label: text.moveTo(l, b.x + b.width / 2, b.y + (b.height - TextEngine.height(l)) / 2), badge: badge(ctx, i + 1, { x: b.x, y: b.y }, rb) };
  });
  const edges = chainEdges(nodes, ctx);
  const layout: DiagramLayout = {
    ...layoutCanvas('chain', m),
    nodes,
    edges,
    texts: frame.texts,
    panels: frame.panels,
    warnings: [],
  };
  const problems = layoutProblems(layout);
  return problems.length ? debug(`${a.cols} columns at ${a.size}px: ${problems[0]}`) : layout;
}

/** Spare canvas given to the gaps between cards: this share of it, each gap at most this many times its usual width. */
const AIR = { share: 0.6, most: 2.5 };

/** Largest step text, as a multiple of the theme's node size: free canvas goes to larger cards before it stays empty. */
const GROW = 1.4;

/** Sizes from GROW × the node size down to the minimum, 2 design px apart. */
function sizes(ctx: DiagramContext): number[] {
  const { metrics: m } = ctx;
  const out: number[] = [];
  for (let s = m.style('node').size * GROW; s > m.minFont + 1e-6; s -= 2 * m.unit) out.push(Math.round(s * 100) / 100);
  out.push(m.minFont);
  return out;
}

/**
 * The numbered logic chain as a flow: one row when it fits, else a snake of rows (or a
 * column on portrait canvases), numbers in badges, the strategy's name as the title. Tries
 * the largest text first and, at each size, the column counts that read best for the canvas.
 */
export function layoutChain(model: ChainModel, ctx: DiagramContext): DiagramLayout {
  // a composition (the hero) that draws its own title and wordmark asks for the bare diagram
  const frame = ctx.frame === 'none' ? emptyFrame(ctx.metrics) : layoutFrame({ title: model.title, brand: ctx.theme.wordmark }, ctx.metrics, ctx.text, ctx.theme);
  const cols = columnChoices(model.steps.length, frame.area);
  // tight spacing costs about a text size step per 0.3 given up: airy cards at 22 px read better than cramped ones at 24
  const u = ctx.metrics.unit;
  const tiers = sizes(ctx).flatMap((size) => [1, 0.7, 0.5].map((spacing) => ({ size, spacing, score: size / u - (1 - spacing) * 8 })));
  tiers.sort((a, b) => b.score - a.score || b.size - a.size);
  for (const { size, spacing } of tiers) {
    for (const c of cols) {
      const l = tryAttempt(model, ctx, frame, { size, cols: c, spacing }, false);
      if (l) return l;
    }
  }
  // nothing fits whole: cut with an ellipsis where the cards hold the most text
  const room = (c: number) => Math.min(frame.area.width / c, 440 * ctx.metrics.unit) * (frame.area.height / Math.ceil(model.steps.length / c));
  for (const c of [...cols].sort((a, b) => room(b) - room(a))) {
    const l = tryAttempt(model, ctx, frame, { size: ctx.metrics.minFont, cols: c, spacing: 0.5 }, true);
    if (l) return l;
  }
  throw new Error('the logic chain does not fit this canvas; try a larger --size');
}
