import { layoutCanvas } from '../../layout/metrics.js';
import { layoutProblems } from '../../layout/invariants.js';
import type { Box } from '../../layout/box.js';
import type { DiagramLayout, Warning } from '../../layout/types.js';
import type { DiagramContext } from '../types.js';
import { sideFrame, stackedFrame, type Composition, type FrameTexts, type HeroFrame } from './compose.js';
import { drawnExtent, embedMain, type Embedded } from './embed.js';
import type { HeroModel } from './model.js';
import { heroStyles, titleLines, type HeroStyles } from './styles.js';
import { shiftLayout, type Shift } from './translate.js';

/** The hero's layout also carries what its scene step needs: the embedded diagram. */
export interface HeroLayout extends DiagramLayout {
  composition: Composition;
  embedded?: Embedded;
}

/** Smallest diagram slot, as shares of the content box: what we aim for, then what we accept. */
const MIN_SLOT: Record<Composition, { w: number; h: number }[]> = {
  side: [{ w: 0.45, h: 0.9 }],
  stacked: [{ w: 0.9, h: 0.5 }, { w: 0.9, h: 0.36 }],
};
/** Design-scale factors to try for the embedded diagram, roomiest text first. */
const SCALES = [1, 0.8];

interface Candidate {
  frame: HeroFrame;
  embedded: Embedded | null;
}

/** Warnings of a layout search that degraded (strategy map: legend, markers, left out), not just cut text. */
const GAVE_UP = /legend|left out/u;
/** A text given up, not a note (a note left out is fine). */
const gaveUp = (w: Warning): boolean => GAVE_UP.test(w.message) && !w.field.endsWith('.note');

/**
 * How far a diagram layout is from clean: labels cut with an ellipsis and texts moved to the
 * legend or to a numbered marker count one each; a text left out counts two, since the reader
 * never sees it (a legend still says it: Nine crossing labels' hero at 1200×630 had traded seven
 * legend entries for four labels left out); broken rules (overlap, text under an arrow, …) ten.
 * Notes left out are fine.
 */
function flaws(l: DiagramLayout): number {
  const texts = [...l.nodes.flatMap((n) => [n.label, ...(n.note ? [n.note] : [])]), ...l.edges.flatMap((e) => (e.label ? [e.label] : [])), ...l.texts, ...l.panels.map((p) => p.text)];
  const givenUp = l.warnings.filter(gaveUp).reduce((sum, w) => sum + (/left out/u.test(w.message) ? 2 : 1), 0);
  return texts.filter((t) => t.truncated).length + givenUp + 10 * layoutProblems(l).length;
}

function compositions(ctx: DiagramContext): Composition[] {
  const { width: W, height: H } = ctx.metrics;
  return W / H >= 1.6 ? ['side', 'stacked'] : ['stacked'];
}

function slotBigEnough(f: HeroFrame, ctx: DiagramContext, min: { w: number; h: number }): boolean {
  const { width: W, height: H, margin } = ctx.metrics;
  return f.slot.width >= min.w * (W - 2 * margin) && f.slot.height >= min.h * (H - 2 * margin);
}

/**
 * Tallest slot, as a multiple of its width, per main diagram: a hub-and-spoke map on a taller
 * slot only pushes its satellites into the corners and stretches its spokes across empty canvas
 * (the flywheel and the chain have arrangements of their own for tall slots). The spare height
 * goes evenly above and below the diagram.
 */
const SLOT_STRETCH: Partial<Record<string, number>> = { 'strategy-map': 1.7 };

/** The frame's slot, no taller than its diagram can use, centred where the frame left room. */
function usableSlot(slot: Box, diagram: string): Box {
  const most = SLOT_STRETCH[diagram];
  if (most === undefined || slot.height <= most * slot.width) return slot;
  const height = Math.round(most * slot.width);
  return { ...slot, y: slot.y + Math.round((slot.height - height) / 2), height };
}

/** Most diagram layouts one hero may run: each is a full search of its own, so the worst case stays bounded. */
const MAX_EMBEDS = 4;
/**
 * Frames to offer the diagram, best first: per pass and composition (side before stacked on
 * wide canvases), the one with the largest title whose three lines fit and whose slot is big
 * enough (the second pass accepts a smaller slot); last, the roomiest stacked frame (smallest
 * title, no subtitle) for a diagram that needs more room than the others gave it.
 */
function frames(ctx: DiagramContext, s: HeroStyles, texts: FrameTexts): HeroFrame[] {
  const sizes: number[] = [];
  for (let t = s.title.size; t > s.titleMin; t -= s.titleStep) sizes.push(t);
  sizes.push(s.titleMin);
  const lines = titleLines(ctx.metrics.width, ctx.metrics.height);
  const build = (c: Composition, size: number, sub: boolean) => (c === 'side' ? sideFrame : stackedFrame)(ctx, s, texts, size, sub, lines);
  const out: HeroFrame[] = [];
  for (const pass of [0, 1]) {
    for (const c of compositions(ctx)) {
      const min = MIN_SLOT[c][pass];
      if (!min) continue;
      for (const size of sizes) {
        // the subtitle only when the frame still has room for it
        const withSub = texts.subtitle ? build(c, size, true) : undefined;
        const frame = withSub && withSub.titleFits && slotBigEnough(withSub, ctx, min) ? withSub : build(c, size, false);
        if (frame.titleFits && slotBigEnough(frame, ctx, min)) {
          out.push(frame);
          break;
        }
      }
    }
  }
  // a title that fits no frame at its smallest size gets one more line before it is cut
  if (out.length === 0) {
    const longer = stackedFrame(ctx, s, texts, s.titleMin, false, lines + 1);
    if (longer.titleFits && slotBigEnough(longer, ctx, MIN_SLOT.stacked[1]!)) out.push(longer);
  }
  // the smallest title, cut to fewer lines (with a warning) when even that leaves no room
  let roomiest = stackedFrame(ctx, s, texts, s.titleMin, false, lines);
  for (let fewer = Math.min(2, lines - 1); fewer >= 1 && roomiest.slot.height <= 0; fewer--) roomiest = stackedFrame(ctx, s, texts, s.titleMin, false, fewer);
  return distinct([...out, roomiest]);
}

/** Offers with distinct slots, first kept: the same slot lays out the same diagram. */
function distinct(offers: HeroFrame[]): HeroFrame[] {
  return offers.filter((f, i) => offers.findIndex((g) => g.slot.x === f.slot.x && g.slot.y === f.slot.y && g.slot.width === f.slot.width && g.slot.height === f.slot.height) === i);
}

/**
 * Offers the frames in turn: the first whose diagram lays out cleanly wins. A frame no larger
 * than one where the diagram did not lay out at all is skipped. Otherwise the least flawed
 * layout found is kept (its warnings go with it), else the roomiest frame without a diagram.
 */
function search(model: HeroModel, ctx: DiagramContext, texts: FrameTexts): Candidate {
  const offers = frames(ctx, heroStyles(ctx.metrics, ctx.theme), texts);
  const tooSmall: Box[] = [];
  let calls = 0;
  let limit = MAX_EMBEDS;
  let fallback: (Candidate & { flaws: number; scale: number }) | undefined;
  const roomiest = offers[offers.length - 1]!;
  const smallest = SCALES[SCALES.length - 1]!;
  search: for (const frame of offers) {
    if (tooSmall.some((b) => frame.slot.width <= b.width && frame.slot.height <= b.height)) continue;
    let laidOut = false;
    for (const k of SCALES) {
      if (calls >= limit) break search;
      calls++;
      const embedded = embedMain(model.analysis, model.main, usableSlot(frame.slot, model.main.type.name), ctx, k);
      if (!embedded) continue;
      laidOut = true;
      const n = flaws(embedded.layout);
      if (n === 0) return { frame, embedded };
      if (!fallback || n < fallback.flaws) fallback = { frame, embedded, flaws: n, scale: k };
      // a diagram that already gave things up (edges or labels to a legend, left out) gets one more try, not three: each is a full search
      if (embedded.layout.warnings.some((w) => GAVE_UP.test(w.message))) limit = Math.min(limit, calls + 1);
    }
    if (!laidOut) tooSmall.push(frame.slot);
  }
  // still giving things up: one last search with the most room the hero has (its roomiest frame at
  // the smallest scale), kept only when it gives up less. Nintendo's seven-card map at 1080×1080 left
  // two edges out in the first frame and drew them all (one label as a marker) here
  const triedRoomiest = fallback?.frame === roomiest && fallback.scale === smallest;
  if (fallback && fallback.flaws > 0 && !triedRoomiest && calls < MAX_EMBEDS) {
    const embedded = embedMain(model.analysis, model.main, usableSlot(roomiest.slot, model.main.type.name), ctx, smallest);
    if (embedded && flaws(embedded.layout) < fallback.flaws) return { frame: roomiest, embedded };
  }
  return fallback ?? { frame: roomiest, embedded: null };
}

/**
 * When the diagram cannot be drawn: the largest title (with subtitle) that fits in three
 * lines, and the header block centred in the space above the footer, like a title card.
 */
function textOnlyFrame(ctx: DiagramContext, texts: FrameTexts): HeroFrame | undefined {
  const s = heroStyles(ctx.metrics, ctx.theme);
  for (let size = s.title.size; size >= s.titleMin - 0.01; size -= s.titleStep) {
    const f = stackedFrame(ctx, s, texts, Math.max(size, s.titleMin), true, titleLines(ctx.metrics.width, ctx.metrics.height));
    if (!f.titleFits || f.slot.height <= 0) continue;
    const dy = Math.round(f.slot.height / 2);
    const header = new Set(['kicker', 'title', 'subtitle']);
    return { ...f, texts: f.texts.map((t) => (header.has(t.role) ? ctx.text.moveTo(t, t.x, t.top + dy) : t)), slot: { ...f.slot, y: f.slot.y + dy, height: 0 } };
  }
  return undefined;
}

/**
 * Beside a text column that is narrower than the column's share (a short title), a diagram
 * narrower than its slot is centred in the whole room right of the text, not in the slot: no
 * empty strip between the words and the picture.
 */
function sideBalanced(frame: HeroFrame, e: Embedded, ctx: DiagramContext): Shift {
  const extent = drawnExtent(e.layout);
  if (frame.composition !== 'side' || !extent) return e.shift;
  const { width: W, margin, unit: u } = ctx.metrics;
  const textRight = Math.max(...frame.texts.filter((t) => t.box.width > 0).map((t) => t.box.x + t.box.width), ...frame.panels.map((p) => p.box.x + p.box.width));
  const left = textRight + Math.round(48 * u);
  const right = W - margin;
  if (extent.width > right - left) return e.shift;
  const dx = Math.round(left + (right - left - extent.width) / 2 - extent.x);
  return { dx: Math.min(dx, e.shift.dx), dy: e.shift.dy };
}

/** Kicker, title, subtitle, the main diagram, thesis and wordmark, composed for this canvas's shape. */
export function layoutHero(model: HeroModel, ctx: DiagramContext): HeroLayout {
  const { metrics: m, theme } = ctx;
  const texts: FrameTexts = { title: model.title, brand: theme.wordmark };
  if (model.kicker) texts.kicker = model.kicker;
  if (model.subtitle) texts.subtitle = model.subtitle;
  if (model.thesis) texts.thesis = model.thesis;
  const found = search(model, ctx, texts);
  const { embedded } = found;
  const frame = embedded ? found.frame : textOnlyFrame(ctx, texts) ?? found.frame;
  const warnings: Warning[] = [];
  const layout: HeroLayout = { ...layoutCanvas('hero', m), nodes: [], edges: [], texts: frame.texts, panels: frame.panels, warnings, composition: frame.composition };
  if (!embedded) {
    warnings.push({ field: model.main.type.name, message: `the ${model.main.type.name} does not fit a ${m.width}x${m.height} hero; drawn without it` });
    return layout;
  }
  const placed: Embedded = { ...embedded, shift: sideBalanced(frame, embedded, ctx) };
  const shifted = shiftLayout(embedded.layout, placed.shift, ctx.text);
  layout.nodes = shifted.nodes;
  layout.edges = shifted.edges;
  layout.texts = [...frame.texts, ...shifted.texts];
  layout.panels = [...frame.panels, ...shifted.panels];
  layout.warnings = [...warnings, ...embedded.layout.warnings];
  layout.embedded = placed;
  return layout;
}
