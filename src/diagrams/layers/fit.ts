import { TextEngine } from '../../text/engine.js';
import type { PlacedText } from '../../text/place.js';
import { fitAtSize, fitWithCut, whole, type BoxFit } from '../cards/fit-text.js';
import type { DiagramContext } from '../types.js';
import type { LayerBand, LayerItem } from './model.js';
import { upper } from '../cards/words.js';

/** Spacing of the overview, in canvas px. */
export function spacing(ctx: DiagramContext) {
  const u = ctx.metrics.unit;
  return { pad: 12 * u, padY: 9 * u, gapK: 3 * u, gapItems: 12 * u, gapBands: 12 * u, gapIn: 10 * u };
}

export interface ItemFit {
  /** absent when the kicker is inline in the label */
  kicker?: PlacedText;
  label: PlacedText;
  /** content height with padding */
  need: number;
}

export interface BandFit {
  arrangement: 'row' | 'column';
  items: ItemFit[];
  /** height the band's items need */
  need: number;
}

/**
 * Kicker (small caps) over the key line at `size`, or with `inline` the two as one text
 * ("Moat: …"); null if it does not fit `width` × `maxH`.
 */
export function fitItem(it: LayerItem, ctx: DiagramContext, size: number, width: number, maxH: number, inline: boolean, cut: boolean): ItemFit | null {
  const { metrics: m, text } = ctx;
  const { pad, padY, gapK } = spacing(ctx);
  const inner = width - 2 * pad;
  if (inner < size * 3) return null;
  let kicker: PlacedText | undefined;
  if (!inline) {
    const ks = m.style('brand');
    kicker = text.block({ role: 'kicker', text: upper(it.kicker), field: it.field, style: ks, lineHeightRatio: 1.15, maxWidth: inner, maxLines: 1, minSize: ks.size, align: 'start', x: 0, top: 0 });
    if (!whole(kicker) && !cut) return null;
  }
  const head = kicker ? TextEngine.height(kicker) + gapK : 0;
  const f: BoxFit = { role: 'node', text: inline ? it.inline : it.text, field: it.field, style: { size, weight: 600 }, lineHeightRatio: 1.2, maxWidth: inner, maxHeight: maxH - 2 * padY - head, maxLines: 4 };
  const label = fitAtSize(text, f) ?? (cut ? fitWithCut(text, f) : null);
  if (!label) return null;
  return { ...(kicker ? { kicker } : {}), label, need: 2 * padY + head + TextEngine.height(label) };
}

/** The band's items side by side or stacked, whichever needs less height at `size`. */
export function fitBand(band: LayerBand, ctx: DiagramContext, size: number, width: number, maxH: number, inline: boolean, cut = false): BandFit | null {
  const { gapItems } = spacing(ctx);
  const k = band.items.length;
  let best: BandFit | null = null;
  for (const arrangement of k > 1 ? (['row', 'column'] as const) : (['row'] as const)) {
    const w = arrangement === 'row' ? (width - (k - 1) * gapItems) / k : width;
    const share = arrangement === 'row' ? maxH : (maxH - (k - 1) * gapItems) / k;
    const items: ItemFit[] = [];
    for (const it of band.items) {
      const f = fitItem(it, ctx, size, w, share, inline, cut);
      if (!f) break;
      items.push(f);
    }
    if (items.length < k) continue;
    const need = arrangement === 'row' ? Math.max(...items.map((i) => i.need)) : items.reduce((s, i) => s + i.need, 0) + (k - 1) * gapItems;
    if (need > maxH + 1e-6 && !cut) continue;
    if (!best || need < best.need) best = { arrangement, items, need };
  }
  return best;
}

/** Header tiles: badge left of the name (`row`) or above it (`column`, a narrower tile). */
export type HeaderShape = 'row' | 'column';

export interface Headers {
  shape: HeaderShape;
  names: PlacedText[];
  numbers: PlacedText[];
  badgeD: number;
  width: number;
  /** least height of a tile */
  height: number;
}

/** Each band's header: its number in a badge and its name, at `size`. */
export function fitHeaders(bands: LayerBand[], ctx: DiagramContext, size: number, shape: HeaderShape): Headers {
  const { text } = ctx;
  const { pad, padY, gapIn } = spacing(ctx);
  const names = bands.map((b) => text.block({ role: 'hub', text: b.name, field: 'layers', style: { size, weight: 700 }, lineHeightRatio: 1.2, maxWidth: 1e6, maxLines: 1, minSize: size, align: 'start', x: 0, top: 0 }));
  const numbers = bands.map((b) => text.block({ role: 'badge', text: String(b.level), field: 'layers', style: { size, weight: 800 }, lineHeightRatio: 1.2, maxWidth: 1e6, maxLines: 1, minSize: size, align: 'middle', x: 0, top: 0 }));
  const badgeD = size * 1.8;
  const nameW = Math.max(...names.map((n) => TextEngine.width(n)));
  const nameH = TextEngine.height(names[0]!);
  if (shape === 'row') return { shape, names, numbers, badgeD, width: pad + badgeD + gapIn + nameW + pad, height: badgeD + 2 * padY };
  return { shape, names, numbers, badgeD, width: Math.max(badgeD, nameW) + 2 * pad, height: badgeD + gapIn / 2 + nameH + 2 * padY };
}
