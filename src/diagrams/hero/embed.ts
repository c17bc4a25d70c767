import type { Analysis } from '../../analysis/types.js';
import { union, type Box } from '../../layout/box.js';
import { scaledStyle, type CanvasMetrics } from '../../layout/metrics.js';
import type { DiagramLayout } from '../../layout/types.js';
import type { Theme } from '../../theme/schema.js';
import type { DiagramContext } from '../types.js';
import type { MainDiagram } from './model.js';
import type { Shift } from './translate.js';

/** Frame texts a diagram draws for itself; the hero draws its own, so these never appear twice. */
const FRAME_ROLES = new Set(['title', 'subtitle', 'thesis', 'caption', 'brand']);

/** The main diagram laid out in the hero's slot, in its own coordinates (origin = slot corner). */
export interface Embedded {
  main: MainDiagram;
  layout: DiagramLayout;
  ctx: DiagramContext;
  shift: Shift;
}

/**
 * Metrics for the slot: its own width and height, no margin (the slot already sits inside the
 * hero's), but the HERO's scale and text minimum — so the embedded diagram draws at exactly the
 * size it lays out at (no scaling) and none of its text can fall below the hero's 2.5% floor.
 * `k` (≤ 1) tightens the design scale when the diagram needs more room.
 */
export function slotMetrics(slot: Box, hero: CanvasMetrics, theme: Theme, k: number): CanvasMetrics {
  const unit = hero.unit * k;
  const minFont = hero.minFont;
  return {
    width: slot.width,
    height: slot.height,
    unit,
    margin: 0,
    minFont,
    style: (token) => scaledStyle(theme, token, unit, minFont),
  };
}

/** Where the diagram actually draws: nodes, badges, edges with their heads and labels, texts, panels. */
export function drawnExtent(l: DiagramLayout): Box | undefined {
  const dot = (p: { x: number; y: number }): Box => ({ x: p.x, y: p.y, width: 0, height: 0 });
  const boxes = [
    ...l.nodes.flatMap((n) => [n.box, ...(n.badge ? [{ x: n.badge.center.x - n.badge.radius, y: n.badge.center.y - n.badge.radius, width: 2 * n.badge.radius, height: 2 * n.badge.radius }] : [])]),
    ...l.edges.flatMap((e) => [...e.samples.map(dot), ...e.head.map(dot), ...(e.labelBox ? [e.labelBox] : [])]),
    ...l.texts.filter((t) => t.box.width > 0).map((t) => t.box),
    ...l.panels.map((p) => p.box),
  ];
  return boxes.length ? union(boxes) : undefined;
}

/** Shift that puts the drawn extent in the middle of the slot (whole pixels, so coordinates stay on 0.01). */
function centredShift(l: DiagramLayout, slot: Box): { dx: number; dy: number } {
  const e = drawnExtent(l);
  if (!e) return { dx: slot.x, dy: slot.y };
  return { dx: slot.x + Math.round((slot.width - e.width) / 2 - e.x), dy: slot.y + Math.round((slot.height - e.height) / 2 - e.y) };
}

/** Drops frame texts of a diagram that ignores `ctx.frame === 'none'`. */
function withoutFrame(l: DiagramLayout): DiagramLayout {
  return { ...l, texts: l.texts.filter((t) => !FRAME_ROLES.has(t.role)), panels: l.panels.filter((p) => !FRAME_ROLES.has(p.role)) };
}

/**
 * Lays the main diagram out in `slot` without its frame, centred in it. Returns null when it does not fit
 * (the diagram throws) so the caller can try a larger slot or a tighter scale.
 */
export function embedMain(a: Analysis, main: MainDiagram, slot: Box, hero: DiagramContext, k: number): Embedded | null {
  if (slot.width < 1 || slot.height < 1) return null;
  const ctx: DiagramContext = { metrics: slotMetrics(slot, hero.metrics, hero.theme, k), theme: hero.theme, text: hero.text, frame: 'none' };
  try {
    const model = main.type.model(a, ctx);
    const layout = withoutFrame(main.type.layout(model, ctx));
    // a diagram that leaves part of its slot empty is centred in it, not pushed to one side
    return { main, layout, ctx, shift: centredShift(layout, slot) };
  } catch {
    return null;
  }
}
