import { boxAround, inflate, overlaps, pointInBox, type Box, type Point } from '../../layout/box.js';
import type { FieldText } from '../../layout/frame.js';
import type { LayoutNode } from '../../layout/types.js';
import { TextEngine } from '../../text/engine.js';
import type { PlacedText } from '../../text/place.js';
import type { DiagramContext } from '../types.js';
import { shownWhole } from '../../text/whole.js';

export interface Hub {
  node?: LayoutNode;
  text?: PlacedText;
}

/** Distance from p to the nearest point of b (0 inside). */
function distanceToBox(p: Point, b: Box): number {
  const dx = Math.max(b.x - p.x, 0, p.x - (b.x + b.width));
  const dy = Math.max(b.y - p.y, 0, p.y - (b.y + b.height));
  return Math.hypot(dx, dy);
}

/** Radius of a hub circle with no words: the size a one-word hub takes at the theme's hub size. */
const BLANK_RADIUS = 48;

/**
 * A hub with no words (no `center`): the same circle, as large as a one-word hub and never
 * larger than the room between the arcs; no hub at all when less than the smallest hub fits.
 */
function blankHub(ctx: DiagramContext, center: Point, room: number): Hub {
  const u = ctx.metrics.unit;
  const r = Math.min(BLANK_RADIUS * u, room);
  if (r < 28 * u) return {};
  const s = ctx.metrics.style('hub');
  const label = ctx.text.block({ role: 'hub', text: '', field: 'flywheel.center', style: s, lineHeightRatio: s.lineHeight, maxWidth: 2 * r, maxLines: 1, minSize: s.size, align: 'middle', x: center.x, top: center.y });
  return { node: { id: 'hub', role: 'hub', shape: 'circle', box: boxAround(center, 2 * r, 2 * r), label } };
}

/**
 * The point on the vertical through `center` with the most room, and that room, within the disk
 * the arcs leave round the centre (so it stays inside the loop). Three steps on a ring put two
 * cards level with its centre and leave the open space above them: Doctolib's three-step wheel at
 * 1080×1080 had room for its hub circle there, not at the ring's centre, and set its hub as bare
 * words. Only asked for (HubOptions.offCentre) when no circle fits at the centre at any type size
 * the flywheel may step down to for one (layout.ts).
 */
function roomiestOnAxis(center: Point, arcRoom: (c: Point) => number, roomAt: (c: Point) => number, step: number): [Point, number] {
  let best: [Point, number] = [center, roomAt(center)];
  const reach = arcRoom(center);
  for (let dy = step; dy < reach; dy += step) {
    for (const y of [center.y - dy, center.y + dy]) {
      const c = { x: center.x, y };
      const room = roomAt(c);
      if (room > best[1]) best = [c, room];
    }
  }
  return best;
}

export interface HubOptions {
  /** only a hub circle will do (a track has room for one); no bare words */
  circleOnly?: boolean;
  /** the circle may move along the vertical through the centre to where it has the most room (roomiestOnAxis) */
  offCentre?: boolean;
  /** remembers fitted hub texts across the settings of one search (they do not depend on the setting) */
  memo?: (key: string, make: () => PlacedText) => PlacedText;
}

/**
 * The hub in the ring's middle, clear of every arc and box: a hub circle at any text size
 * down to the smallest (the hub looks the same at every size), else the words alone on the canvas, smaller and on more lines before they are cut (with a
 * warning: a hub is meant to be one to three words). Null when not even that fits.
 */
export function placeHub(hub: FieldText | undefined, ctx: DiagramContext, center: Point, arcs: Point[], boxes: Box[], opts: HubOptions = {}): Hub | null {
  const { metrics: m, text } = ctx;
  const u = m.unit;
  const clearArc = 14 * u;
  const gap = 14 * u;
  const arcRoom = (c: Point) => Math.min(...arcs.map((p) => Math.hypot(p.x - c.x, p.y - c.y) - clearArc));
  const roomAt = (c: Point) => Math.min(arcRoom(c), ...boxes.map((b) => distanceToBox(c, b) - gap));
  const room = roomAt(center);
  if (!hub) return blankHub(ctx, center, room);
  const hs = m.style('hub');
  const sizes: number[] = [];
  for (let s = hs.size; s > m.minFont; s -= 2 * u) sizes.push(s);
  sizes.push(m.minFont);
  // fitted at x = 0 and moved into place after: the same fit serves every setting's centre
  const make = (size: number, maxWidth: number, maxLines: number, cut: boolean) => () =>
    text.block({ role: 'hub', text: hub.text, field: hub.field, style: { ...hs, size }, lineHeightRatio: hs.lineHeight, maxWidth, maxLines, minSize: cut ? m.minFont : size, align: 'middle', x: 0, top: 0 });
  const fit = (size: number, maxWidth: number, maxLines: number, cut: boolean) =>
    opts.memo ? opts.memo(`hub|${size}|${maxWidth}|${maxLines}|${cut}`, make(size, maxWidth, maxLines, cut)) : make(size, maxWidth, maxLines, cut)();
  const widths = [300 * u, 220 * u, 160 * u, 120 * u];
  // one look at every size: a hub circle, its text shrinking to the smallest size and three
  // lines before the words are set bare (only when no circle fits between the cards at all)
  const circleAt = (at: Point, room: number): Hub | null => {
    for (const [size, lines] of [...sizes.map((s) => [s, 2] as const), ...sizes.map((s) => [s, 3] as const)]) {
      if (room < 40 * u) break;
      for (const w of widths) {
        const t = fit(size, w, lines, false);
        if (!shownWhole(t)) continue;
        const r = Math.max(Math.hypot(TextEngine.width(t) / 2, TextEngine.height(t) / 2) + 8 * u, 40 * u);
        if (r > room) continue;
        const box = boxAround(at, 2 * r, 2 * r);
        return { node: { id: 'hub', role: 'hub', shape: 'circle', box, label: text.moveTo(t, at.x, at.y - TextEngine.height(t) / 2) } };
      }
    }
    return null;
  };
  const circle = circleAt(center, room) ?? (opts.offCentre ? circleAt(...roomiestOnAxis(center, arcRoom, roomAt, 4 * u)) : null);
  if (circle) return circle;
  if (opts.circleOnly) return null;
  // free text: its ink box kept clear of arcs and boxes
  const clear = (probe: PlacedText): PlacedText | null => {
    const t = text.moveTo(probe, center.x, center.y - TextEngine.height(probe) / 2);
    const zone = inflate(t.box, clearArc);
    if (arcs.some((p) => pointInBox(p, zone))) return null;
    if (boxes.some((b) => overlaps(inflate(t.box, gap), b))) return null;
    return t;
  };
  for (const maxLines of [2, 3]) {
    for (const size of sizes) {
      for (const w of widths) {
        const probe = fit(size, w, maxLines, false);
        const t = shownWhole(probe) ? clear(probe) : null;
        if (t) return { text: t };
      }
    }
  }
  for (const w of widths) {
    const t = clear(fit(m.minFont, w, 3, true));
    if (t) return { text: t };
  }
  return null;
}
