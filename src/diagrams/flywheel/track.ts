import { boxAround, inflate, overlaps, type Box } from '../../layout/box.js';
import type { LayoutNode } from '../../layout/types.js';
import type { DiagramContext } from '../types.js';
import type { FlywheelModel } from './model.js';
import { reject, type Placement } from './placement.js';
import { stepCards, stepNode, type StepCardText } from './step-cards.js';
import { secondStraight, stadiumEdge, stadiumLength, stadiumPoint, straightLength, type Stadium } from './stadium.js';
import { Tried } from './tried.js';

export interface TrackSetting extends StepCardText {
  mode: 'track';
  /**
   * Every step in one column (a tall area), the loop's way back a bare straight on the other
   * side: for long labels that two columns beside the hub could only show hyphenated or not at all.
   */
  column?: boolean;
}

/**
 * From this stretch of the diagram's area (long side / short side) the steps go on a stadium
 * (two rows on a wide canvas, two columns on a tall one) before any ellipse is tried: an
 * ellipse there is either a needle or leaves the long sides of the canvas empty (its
 * eccentricity is capped at 3:1, and the cards on it make it rounder still); a 1200×630 card
 * (about 2.6:1 inside its frame) keeps its wheel. Cards are wider
 * than tall, so a tall area runs out of ring sooner: it switches at a smaller stretch. From 1.5:1
 * tall (a 1080×1920 story's area is ~1.6:1) the ring's cards were too narrow for long words:
 * German labels came out in four syllable lines ("Ent-/wick-/lungsin-/vestitionen"), whole on the track.
 */
export const TRACK_STRETCH = { wide: 3, tall: 1.5 };

/** True when the area is stretched enough for the track arrangement. */
export function wantsTrack(area: Box): boolean {
  return area.width >= area.height ? area.width / area.height >= TRACK_STRETCH.wide : area.height / area.width >= TRACK_STRETCH.tall;
}

/**
 * Where the hub goes: on the loop's middle line, halfway between whatever faces it across the
 * straights there (the card above and below it, or the straight itself when no card is there),
 * so a tall card in the middle of a row pushes the hub away rather than crowding it.
 * `oneColumn`: every step in one column (the other straight bare).
 */
function hubCentre(t: Stadium, boxes: Box[], oneColumn: boolean): { x: number; y: number } {
  if (t.wide) {
    const over = boxes.filter((b) => b.x <= t.cx && b.x + b.width >= t.cx);
    const above = Math.max(t.cy - t.r, ...over.filter((b) => b.y + b.height / 2 < t.cy).map((b) => b.y + b.height));
    const below = Math.min(t.cy + t.r, ...over.filter((b) => b.y + b.height / 2 > t.cy).map((b) => b.y));
    return { x: t.cx, y: (above + below) / 2 };
  }
  // one column of equal-width cards: the hub sits in the lane between them and the way back,
  // clear of every card, not only of the one level with it
  const level = oneColumn ? boxes : boxes.filter((b) => b.y <= t.cy && b.y + b.height >= t.cy);
  const left = Math.max(t.cx - t.r, ...level.filter((b) => b.x + b.width / 2 < t.cx).map((b) => b.x + b.width));
  const right = Math.min(t.cx + t.r, ...level.filter((b) => b.x + b.width / 2 > t.cx).map((b) => b.x));
  return { x: (left + right) / 2, y: t.cy };
}

/**
 * Cards on a stadium filling the area: steps 1…⌈n/2⌉ along the first straight (the top row,
 * left to right; on a tall canvas the right column, top down), the rest back along the second,
 * each row spread over its whole straight; the ends turn the loop round. A number badge on each
 * card's outer corner. Null when a label would be cut or broken, or cards would crowd each
 * other or the loop.
 */
export function placeTrack(model: FlywheelModel, ctx: DiagramContext, area: Box, s: TrackSetting, allowCut: boolean, tried = new Tried()): Placement | null {
  const u = ctx.metrics.unit;
  const wide = area.width >= area.height;
  // the same fits as the ring's cards (same keys): the search measures each label once
  const cards = stepCards(model, ctx, s, allowCut, tried);
  if (typeof cards === 'string') return reject(`track: ${cards}`);
  const { width: w, heights, rb } = cards;
  const stroke = ctx.theme.stroke.arc * u;
  const n = model.steps.length;
  // three steps make one row and the loop's way back (a lone card on the second straight would
  // sit against the hub); so does a one-column setting, for any number of steps
  const k = n === 3 || s.column ? n : Math.ceil(n / 2);
  const rows = [model.steps.map((_, i) => i).slice(0, k), model.steps.map((_, i) => i).slice(k)];
  // across the straights each row reaches half its deepest card plus a badge beyond it (an empty row: the stroke)
  const across = (i: number) => (wide ? heights[i]! : w);
  const along = (i: number) => (wide ? w : heights[i]!);
  const reach = rows.map((row) => (row.length ? Math.max(...row.map(across)) / 2 + rb : stroke));
  const alongRoom = wide ? area.width : area.height;
  const acrossRoom = wide ? area.height : area.width;
  const r = (acrossRoom - reach[0]! - reach[1]!) / 2;
  // the two rows must not meet (hub.ts then measures the room for the hub between the cards)
  if (r * 2 < reach[0]! + reach[1]! + 28 * u) return reject('track: rows too close');
  const half = alongRoom / 2 - r - stroke;
  if (half <= 0) return reject('track: no straight');
  const offset = reach[0]! - reach[1]!;
  const t: Stadium = wide ? { wide, cx: area.x + area.width / 2, cy: area.y + area.height / 2 + offset / 2, half, r } : { wide, cx: area.x + area.width / 2 - offset / 2, cy: area.y + area.height / 2, half, r };
  const S = straightLength(t);
  const arrowRoom = (ctx.theme.arrow.length + ctx.theme.arrow.setback + 16) * u;
  // a row spans its whole straight, its end cards flush with the straight's ends (the ends' arcs
  // then join the rows directly), the others evenly between; a lone card sits in the middle
  const at: number[] = [];
  for (const [ri, row] of rows.entries()) {
    if (!row.length) continue;
    const inset = Math.max(...row.map(along)) / 2;
    const pitch = row.length > 1 ? (S - 2 * inset) / (row.length - 1) : S;
    if (row.some((i) => along(i) + arrowRoom > pitch)) return reject('track: straight too short for its cards');
    row.forEach((i, j) => (at[i] = (ri === 0 ? 0 : secondStraight(t)) + (row.length > 1 ? inset + j * pitch : S / 2)));
  }
  const boxes = at.map((s0, i) => boxAround(stadiumPoint(t, s0), w, heights[i]!));
  const nodes = boxes.map((box, i): LayoutNode => {
    // the outer corner: away from the loop's middle across the straights, and along them
    const sx = box.x + box.width / 2 > t.cx + 0.5 ? 1 : box.x + box.width / 2 < t.cx - 0.5 ? -1 : wide ? -1 : i < k ? 1 : -1;
    const sy = box.y + box.height / 2 > t.cy + 0.5 ? 1 : -1;
    return stepNode(model, ctx, cards, i, box, { sx, sy });
  });
  const gap = 12 * u;
  const footprint = (nd: LayoutNode) => ({ x: Math.min(nd.box.x, nd.badge!.center.x - rb), y: Math.min(nd.box.y, nd.badge!.center.y - rb), width: 0, height: 0, right: Math.max(nd.box.x + nd.box.width, nd.badge!.center.x + rb), bottom: Math.max(nd.box.y + nd.box.height, nd.badge!.center.y + rb) });
  const feet = nodes.map((nd) => {
    const f = footprint(nd);
    return { x: f.x, y: f.y, width: f.right - f.x, height: f.bottom - f.y };
  });
  for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) if (overlaps(inflate(feet[i]!, gap / 2), inflate(feet[j]!, gap / 2))) return reject(`track: cards ${i + 1} and ${j + 1} crowd`);
  const L = stadiumLength(t);
  return {
    mode: 'track',
    centre: hubCentre(t, nodes.map((nd) => nd.box), !wide && k === n),
    stretch: 1,
    nodes,
    texts: [],
    arc: (i, arrow) => stadiumEdge(t, nodes[i]!, nodes[(i + 1) % n]!, at[i]!, i + 1 < n ? at[i + 1]! : at[0]! + L, arrow),
  };
}
