import { boxAround, inflate, overlaps } from '../../layout/box.js';
import type { Box } from '../../layout/box.js';
import { evenAngles, ringArcLength, ringExit, ringNormal, ringPerimeter, ringPoint, type Ring } from '../../layout/polar.js';
import type { DiagramContext } from '../types.js';
import type { FlywheelModel } from './model.js';
import { Tried } from './tried.js';
import { fitRing, footprintBox, type Footprint } from './ring-fit.js';
import { spreadAngles } from './spread.js';
import { reject, ringPlacement, type Placement } from './placement.js';
import { stepCards, stepNode, type StepCardText } from './step-cards.js';

export interface CardsSetting extends StepCardText {
  mode: 'cards';
  /** cap on rx/ry (and ry/rx) */
  aspect: number;
  /** the cap tried before this one: skip when the ring is no more stretched than that */
  looser: number;
}

/** Below this |normal.y| a card sits level with the ring's centre (3 or 9 o'clock): rounding noise, not a side. */
const LEVEL = 1e-9;

/**
 * Which corner of a card the badge takes: the outer one, away from the ring's centre (left when
 * upright, below when level, so the cards at 3 and 9 o'clock carry their badges alike).
 */
export function outerCorner(ring: Ring | null, t: number): { sx: -1 | 1; sy: -1 | 1 } {
  const n = ring ? ringNormal(ring, t) : { x: Math.cos(t), y: Math.sin(t) };
  return { sx: n.x > 0.2 ? 1 : -1, sy: n.y > -LEVEL ? 1 : -1 };
}

/**
 * Cards on the ring, each centred on its point (step 1 at 12 o'clock), one width for all, a
 * number badge on each card's outer corner, where no arc passes (the ring runs through the
 * other two corners' side of the card). Null when a label would be cut or broken, or cards
 * would crowd each other.
 */
export function placeCards(model: FlywheelModel, ctx: DiagramContext, area: Box, s: CardsSetting, allowCut: boolean, tried = new Tried()): Placement | null {
  const u = ctx.metrics.unit;
  const cards = stepCards(model, ctx, s, allowCut, tried);
  if (typeof cards === 'string') return reject(cards);
  const { width: w, heights, base, rb } = cards;
  // a card taller for its note grows away from the hub at the top and bottom of the ring
  const shift = (i: number, t: number) => Math.sign(Math.abs(Math.sin(t)) > 0.3 ? Math.sin(t) : 0) * (heights[i]! - base) / 2;
  const cardAt = (r: Ring, i: number, t: number): Box => {
    const p = ringPoint(r, t);
    return boxAround({ x: p.x, y: p.y + shift(i, t) }, w, heights[i]!);
  };
  const feetAt = (ring: Ring | null, angles: number[]): Footprint[] =>
    angles.map((t, i) => {
      const c = outerCorner(ring, t);
      const h = heights[i]!;
      const dy = shift(i, t);
      return { left: w / 2 + (c.sx < 0 ? rb : 0), right: w / 2 + (c.sx > 0 ? rb : 0), top: h / 2 - dy + (c.sy < 0 ? rb : 0), bottom: h / 2 + dy + (c.sy > 0 ? rb : 0) };
    });
  const stroke = ctx.theme.stroke.arc * u;
  let angles = evenAngles(model.steps.length);
  let ring = fitRing(angles, feetAt(null, angles), area, s.aspect, stroke, s.looser);
  // quick test before spreading: the ring must hold every card (the ring length each one
  // covers where it sits now, with some slack, as spreading moves them) plus an arrow per gap
  const arrowRoom = (ctx.theme.arrow.length + ctx.theme.arrow.setback + 16) * u;
  if (ring) {
    const r0 = ring;
    const covered = angles.reduce((sum, t, i) => sum + ringArcLength(r0, ringExit(r0, t, -1, cardAt(r0, i, t)), ringExit(r0, t, 1, cardAt(r0, i, t))), 0);
    if (ringPerimeter(r0) < 0.85 * covered + angles.length * arrowRoom) return reject('ring too short for the cards');
  }
  // even out the arcs between cards, refitting the ring to the new angles each time
  for (let k = 0; k < 3 && ring; k++) {
    const r: Ring = ring;
    angles = spreadAngles(r, angles, (i, t) => cardAt(r, i, t), k === 0 ? 4 : 2);
    ring = fitRing(angles, feetAt(r, angles), area, s.aspect, stroke);
  }
  if (!ring) return reject('no ring');
  const r: Ring = ring;
  const feet = feetAt(r, angles);
  const boxes = angles.map((t, i) => cardAt(r, i, t));
  const reach = angles.map((t, i) => footprintBox(ringPoint(r, t), feet[i]!));
  const gap = 12 * u;
  for (let i = 0; i < reach.length; i++)
    for (let j = i + 1; j < reach.length; j++) if (overlaps(inflate(reach[i]!, gap / 2), inflate(reach[j]!, gap / 2))) return reject(`cards ${i + 1} and ${j + 1} crowd`);
  const nodes = model.steps.map((_, i) => stepNode(model, ctx, cards, i, boxes[i]!, outerCorner(r, angles[i]!)));
  return ringPlacement('cards', r, angles, nodes, []);
}
