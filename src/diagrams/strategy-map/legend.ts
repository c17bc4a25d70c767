import type { Box } from '../../layout/box.js';
import type { Warning } from '../../layout/types.js';
import { TextEngine } from '../../text/engine.js';
import type { PlacedText } from '../../text/place.js';
import type { DiagramContext } from '../types.js';
import { isFree, type LegendEntry, type Occupied, type TextCache } from './edge-labels.js';

export interface Legend {
  texts: PlacedText[];
  box: Box;
  /** entries that did not fit the legend's height (left out, with a warning) */
  dropped: LegendEntry[];
}

/**
 * The legend as a column of small texts, one per entry ("1  label" for a marker, or the
 * label alone), at most two lines each, cut with an ellipsis beyond; entries that would make
 * it taller than `maxHeight` are dropped. Laid out with its top-left corner at (x, y).
 */
export function buildLegend(entries: LegendEntry[], ctx: DiagramContext, x: number, y: number, maxWidth: number, maxHeight: number, cache: TextCache): Legend {
  const { metrics: m } = ctx;
  const note = m.style('note');
  const style = { ...note, size: Math.max(m.minFont, note.size * 0.9) };
  const gap = 3 * m.unit;
  const texts: PlacedText[] = [];
  const dropped: LegendEntry[] = [];
  let top = y;
  for (const [i, e] of entries.entries()) {
    const text = e.marker !== undefined ? `${e.marker}  ${e.text}` : e.text;
    const key = `legend|${i}|${text}|${maxWidth}`;
    let fitted = cache.get(key);
    if (!fitted) cache.set(key, (fitted = ctx.text.block({ role: `legend-${i + 1}`, text, field: e.field, style, lineHeightRatio: note.lineHeight, maxWidth, maxLines: 2, minSize: m.minFont, align: 'start', x: 0, top: 0 })));
    const t = ctx.text.moveTo(fitted, x, top);
    // by ink as well as line boxes: a label's stacked marks can reach below its last line box
    const extent = TextEngine.extent(t);
    if (top + extent > y + maxHeight) {
      dropped.push(...entries.slice(i));
      break;
    }
    texts.push(t);
    top += extent + gap;
  }
  const width = Math.max(0, ...texts.map((t) => t.box.x + t.box.width - x));
  return { texts, box: { x, y, width, height: Math.max(0, top - gap - y) }, dropped };
}

/** A legend in a free corner of `area` (bottom first), or null when no corner has room. */
export function legendInCorner(entries: LegendEntry[], ctx: DiagramContext, area: Box, o: Occupied, cache: TextCache): Legend | null {
  const maxWidth = Math.min(area.width * 0.45, 320 * ctx.metrics.unit);
  const probe = buildLegend(entries, ctx, 0, 0, maxWidth, area.height * 0.45, cache);
  if (probe.dropped.length || probe.texts.length === 0) return null;
  const { width: w, height: h } = probe.box;
  const corners = [
    { x: area.x, y: area.y + area.height - h },
    { x: area.x + area.width - w, y: area.y + area.height - h },
    { x: area.x, y: area.y },
    { x: area.x + area.width - w, y: area.y },
  ];
  for (const c of corners) {
    if (!isFree({ x: c.x, y: c.y, width: w, height: h }, o)) continue;
    return buildLegend(entries, ctx, c.x, c.y, maxWidth, area.height * 0.45, cache);
  }
  return null;
}

export function legendWarnings(entries: LegendEntry[], dropped: LegendEntry[]): Warning[] {
  const shown = entries.filter((e) => !dropped.includes(e));
  return [
    ...shown.map((e) => ({ field: e.field, message: e.marker !== undefined ? `edge label has no clean place beside its edge; shown as marker ${e.marker} with the text in the legend` : 'shown in the legend only: no clean place for it on the map' })),
    ...dropped.map((e) => ({ field: e.field, message: 'left out: no room for it on the map or in its legend' })),
  ];
}
