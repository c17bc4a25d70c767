import type { Analysis } from '../../analysis/types.js';
import type { Box } from '../../layout/box.js';
import type { CanvasMetrics } from '../../layout/metrics.js';
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
    style(token) {
      const t = theme.type[token];
      return {
        size: Math.max(minFont, Math.round(t.size * unit * 100) / 100),
        weight: t.weight,
        lineHeight: t.lineHeight,
        ...(t.tracking !== undefined ? { tracking: t.tracking } : {}),
        ...(t.uppercase !== undefined ? { uppercase: t.uppercase } : {}),
      };
    },
  };
}

/** Drops frame texts of a diagram that ignores `ctx.frame === 'none'`. */
function withoutFrame(l: DiagramLayout): DiagramLayout {
  return { ...l, texts: l.texts.filter((t) => !FRAME_ROLES.has(t.role)), panels: l.panels.filter((p) => !FRAME_ROLES.has(p.role)) };
}

/**
 * Lays the main diagram out in `slot` without its frame. Returns null when it does not fit
 * (the diagram throws) so the caller can try a larger slot or a tighter scale.
 */
export function embedMain(a: Analysis, main: MainDiagram, slot: Box, hero: DiagramContext, k: number): Embedded | null {
  if (slot.width < 1 || slot.height < 1) return null;
  const ctx: DiagramContext = { metrics: slotMetrics(slot, hero.metrics, hero.theme, k), theme: hero.theme, text: hero.text, frame: 'none' };
  try {
    const model = main.type.model(a, ctx);
    return { main, layout: withoutFrame(main.type.layout(model, ctx)), ctx, shift: { dx: slot.x, dy: slot.y } };
  } catch {
    return null;
  }
}
