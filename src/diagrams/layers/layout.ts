import { layoutCanvas } from '../../layout/metrics.js';
import type { Box } from '../../layout/box.js';
import type { DiagramLayout, LayoutNode } from '../../layout/types.js';
import { TextEngine } from '../../text/engine.js';
import { layoutCardFrame } from '../cards/frame.js';
import { sizeSteps } from '../cards/grid.js';
import type { DiagramContext } from '../types.js';
import { fitBand, fitHeaders, spacing, type BandFit, type HeaderShape, type Headers } from './fit.js';
import { capItems, type LayersModel } from './model.js';

/**
 * How the overview is arranged: header tiles in a left column (`left`) or as a line above
 * each band (`top`); kickers over the key lines, or `inline` with them ("Moat: …").
 */
interface Variant {
  mode: 'left' | 'top';
  header: HeaderShape;
  inline: boolean;
}

/** Best-looking first; later ones give the key lines more room. */
const VARIANTS: Variant[] = [
  { mode: 'left', header: 'row', inline: false },
  { mode: 'left', header: 'column', inline: false },
  { mode: 'top', header: 'row', inline: false },
  { mode: 'left', header: 'row', inline: true },
  { mode: 'left', header: 'column', inline: true },
  { mode: 'top', header: 'row', inline: true },
];

/** At most this many key lines in all: a sparse overview, which grows its type before anything else. */
const SPARSE = 5;

interface Plan {
  v: Variant;
  headers: Headers;
  bands: BandFit[];
  need: number[];
}

function plan(model: LayersModel, ctx: DiagramContext, area: Box, v: Variant, size: number, cut: boolean): Plan | null {
  const { gapBands, gapItems } = spacing(ctx);
  const nb = model.bands.length;
  const headers = fitHeaders(model.bands, ctx, size, v.header);
  // a header line wider than the area would run off the canvas (large type on a narrow one)
  if (headers.width > area.width + 1e-6) return null;
  const contentW = v.mode === 'left' ? area.width - headers.width - gapItems : area.width;
  if (contentW < area.width * 0.5) return null;
  const avail = area.height - (nb - 1) * gapBands;
  const extra = v.mode === 'top' ? headers.height + gapItems / 2 : 0;
  const bands: BandFit[] = [];
  const need: number[] = [];
  for (const band of model.bands) {
    const f = fitBand(band, ctx, size, contentW, (cut ? avail / nb : avail) - extra, v.inline, cut);
    if (!f) return null;
    bands.push(f);
    need.push(Math.max(f.need, v.mode === 'left' ? headers.height : 0) + extra);
  }
  if (!cut && need.reduce((s, h) => s + h, 0) > avail + 1e-6) return null;
  return { v, headers, bands, need: cut ? need.map(() => avail / nb) : need };
}

/** Item nodes of one band inside `box` (side by side or stacked), content centred in each. */
function placeItems(model: LayersModel, b: number, p: Plan, box: Box, ctx: DiagramContext): LayoutNode[] {
  const { gapItems, pad, gapK } = spacing(ctx);
  const band = model.bands[b]!;
  const fit = p.bands[b]!;
  const k = band.items.length;
  const row = fit.arrangement === 'row';
  const slack = row ? 0 : (box.height - fit.need) / k;
  let y = box.y;
  return band.items.map((it, i): LayoutNode => {
    const f = fit.items[i]!;
    const w = row ? (box.width - (k - 1) * gapItems) / k : box.width;
    const h = row ? box.height : f.need + slack;
    const nb = { x: box.x + (row ? i * (w + gapItems) : 0), y: row ? box.y : y, width: w, height: h };
    y += h + gapItems;
    const kickerH = f.kicker ? TextEngine.height(f.kicker) + gapK : 0;
    const top = nb.y + (nb.height - kickerH - TextEngine.height(f.label)) / 2;
    return {
      id: `layer-${band.level}-${it.key}`,
      role: 'node',
      shape: 'rect',
      box: nb,
      ...(f.kicker ? { note: ctx.text.moveTo(f.kicker, nb.x + pad, top) } : {}),
      label: ctx.text.moveTo(f.label, nb.x + pad, top + kickerH),
      ...(it.look === 'highlight' ? { emphasis: true } : {}),
    };
  });
}

/** A band's header tile: number badge and layer name, side by side or stacked. */
function headerNode(model: LayersModel, b: number, hd: Headers, box: Box, ctx: DiagramContext): LayoutNode {
  const { pad, gapIn } = spacing(ctx);
  const band = model.bands[b]!;
  const name = hd.names[b]!;
  const num = hd.numbers[b]!;
  const r = hd.badgeD / 2;
  const nameH = TextEngine.height(name);
  let center: { x: number; y: number };
  let label;
  if (hd.shape === 'row') {
    center = { x: box.x + pad + r, y: box.y + box.height / 2 };
    label = ctx.text.moveTo(name, center.x + r + gapIn, center.y - nameH / 2);
  } else {
    const top = box.y + (box.height - (hd.badgeD + gapIn / 2 + nameH)) / 2;
    center = { x: box.x + box.width / 2, y: top + r };
    label = ctx.text.moveTo({ ...name, align: 'middle' }, center.x, top + hd.badgeD + gapIn / 2);
  }
  return { id: `layer-${band.level}`, role: 'hub', shape: 'rect', box, label, badge: { value: band.level, center, radius: r, text: ctx.text.moveTo(num, center.x, center.y - TextEngine.height(num) / 2) } };
}

/**
 * One band per layer with data, Layer 0 at the top: a hub-coloured header tile (number badge
 * and layer name) and the layer's key lines as cards. Tries arrangements from the roomiest
 * looking down and type sizes from large to small, keeping the first that fits; at the
 * minimum size, key lines are cut with an ellipsis (and a warning) rather than overflow.
 */
/** Whether some arrangement holds up to `cap` items per band (or caps[b] in band b) uncut at the smallest type (the search's test before it drops items). */
export function fitsWithCap(full: LayersModel, ctx: DiagramContext, cap: number | readonly number[]): boolean {
  const frame = layoutCardFrame({ kicker: full.kicker, title: full.title, titleLines: 1, titleScale: 0.8 }, ctx);
  return VARIANTS.some((v) => plan(capItems(full, cap), ctx, frame.area, v, ctx.metrics.minFont, false) !== null);
}

export function layoutLayers(full: LayersModel, ctx: DiagramContext): DiagramLayout {
  const { metrics: m } = ctx;
  const frame = layoutCardFrame({ kicker: full.kicker, title: full.title, titleLines: 1, titleScale: 0.8 }, ctx);
  const area = frame.area;
  const { gapBands, gapItems } = spacing(ctx);
  // grow before shrinking: a sparse overview (few layers, few key lines) starts from larger type, as
  // the bottlenecks do, so it fills the canvas instead of floating in it (one or two key lines from
  // 2.2× the key-line size: at 1.5× the og card and the 400×400 square kept a third of their height
  // empty); the size search stops at the first size that fits, so a full overview is unchanged
  const items = full.bands.reduce((n, b) => n + b.items.length, 0);
  const tall = area.height >= 1.5 * area.width;
  const grow = items <= 2 ? (tall ? 2.6 : 2.2) : items <= SPARSE ? 1.8 : 1;
  const sizes = sizeSteps(Math.max(m.minFont, m.style('node').size * grow), m.minFont, 2 * m.unit);
  let p: Plan | null = null;
  let model = full;
  // every item with kickers over the key lines, then inline kickers, then fewer items per band
  // on a tall area the header goes over its key lines (a header column beside them leaves the key lines a sliver)
  const order = tall ? [...VARIANTS.filter((v) => v.mode === 'top'), ...VARIANTS.filter((v) => v.mode !== 'top')] : VARIANTS;
  if (items <= SPARSE) {
    // a sparse overview: the largest type any arrangement holds (the first arrangement in order at
    // that size), not the first arrangement that holds some size, which could be its smallest
    // while the next one fills the canvas with large type
    const fits = order.filter((v) => plan(full, ctx, area, v, m.minFont, false));
    for (const size of sizes) {
      for (const v of fits) if ((p = plan(full, ctx, area, v, size, false))) break;
      if (p) break;
    }
  }
  /** The first arrangement (in order) that holds `capped` at the smallest type, at the largest type it holds. */
  const largest = (capped: LayersModel): Plan | null => {
    for (const v of order) {
      // what does not fit at the smallest size fits at no size: test that first, it is the common miss
      const floor = plan(capped, ctx, area, v, m.minFont, false);
      if (!floor) continue;
      for (const size of sizes) {
        const q = size === m.minFont ? floor : plan(capped, ctx, area, v, size, false);
        if (q) return q;
      }
    }
    return null;
  };
  for (const cap of p ? [] : [3, 2, 1]) {
    p = largest((model = capItems(full, cap)));
    if (!p) continue;
    // fewer items in every band fit: give bands back their next items one at a time, top band
    // first, while some arrangement still holds them at the smallest type (the French overview at
    // square showed one pattern of three though the type could shrink to hold a second)
    const caps = full.bands.map((b) => Math.min(cap, b.items.length));
    let raised = false;
    for (let b = 0; b < caps.length; b++) {
      while (caps[b]! < Math.min(3, full.bands[b]!.items.length)) {
        caps[b]!++;
        if (order.some((v) => plan(capItems(full, caps), ctx, area, v, m.minFont, false))) raised = true;
        else {
          caps[b]!--;
          break;
        }
      }
    }
    if (raised) p = largest((model = capItems(full, caps)));
    break;
  }
  if (!p) {
    model = capItems(full, 1);
    p = plan(model, ctx, area, VARIANTS[3]!, m.minFont, true) ?? plan(model, ctx, area, VARIANTS[5]!, m.minFont, true);
  }
  if (!p) throw new Error('the five-layer overview does not fit this canvas; try a larger --size');
  // spare height makes the bands taller, each in proportion to its need, up to twice it (three
  // times on a tall area) rather than leaving empty canvas above and below; the rest centres the stack
  const needed = p.need.reduce((s, h) => s + h, 0);
  const spare = area.height - (model.bands.length - 1) * gapBands - needed;
  const stretch = 1 + Math.max(0, Math.min(spare / needed, tall ? 2 : 1));
  const nodes: LayoutNode[] = [];
  let y = area.y + (spare - (stretch - 1) * needed) / 2;
  model.bands.forEach((_, b) => {
    const h = p!.need[b]! * stretch;
    const hd = p!.headers;
    const left = p!.v.mode === 'left';
    nodes.push(headerNode(model, b, hd, { x: area.x, y, width: hd.width, height: left ? h : hd.height }, ctx));
    const content = left ? { x: area.x + hd.width + gapItems, y, width: area.width - hd.width - gapItems, height: h } : { x: area.x, y: y + hd.height + gapItems / 2, width: area.width, height: h - hd.height - gapItems / 2 };
    nodes.push(...placeItems(model, b, p!, content, ctx));
    y += h + gapBands;
  });
  return {
    ...layoutCanvas('layers', m),
    nodes,
    edges: [],
    texts: frame.texts,
    panels: frame.panels,
    // an item is left out only when no arrangement holds it even at the smallest type; never silently
    warnings: full.bands.flatMap((band, b) => band.items.filter((it) => !model.bands[b]!.items.includes(it)).map((it) => ({ field: it.field, message: `left out of the ${band.name} layer: no room for it on this canvas` }))),
  };
}
