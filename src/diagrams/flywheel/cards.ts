import { boxAround, inflate, overlaps } from '../../layout/box.js';
import type { Box } from '../../layout/box.js';
import { evenAngles, ringArcLength, ringExit, ringNormal, ringPerimeter, ringPoint, type Ring } from '../../layout/polar.js';
import type { LayoutBadge, LayoutNode } from '../../layout/types.js';
import { TextEngine } from '../../text/engine.js';
import type { PlacedText } from '../../text/place.js';
import type { DiagramContext } from '../types.js';
import type { FlywheelModel } from './model.js';
import { canFit, shownWhole } from '../../text/whole.js';
import { Tried } from './tried.js';
import { fitRing, footprintBox, type Footprint } from './ring-fit.js';
import { spreadAngles } from './spread.js';
import { reject, ringPlacement, type Placement } from './placement.js';

export interface CardsSetting {
  mode: 'cards';
  /** label font size, canvas px */
  size: number;
  maxLines: number;
  /** widest a label line may be, canvas px */
  textWidth: number;
  /** cap on rx/ry (and ry/rx) */
  aspect: number;
  /** the cap tried before this one: skip when the ring is no more stretched than that */
  looser: number;
  notes: boolean;
}

/** A numbered badge: a circle on `center` with the step number measured and centred in it. */
export function badge(ctx: DiagramContext, value: number, center: { x: number; y: number }, radius: number): LayoutBadge {
  const s = ctx.metrics.style('badge');
  const probe = ctx.text.block({ role: 'badge', text: String(value), style: s, lineHeightRatio: s.lineHeight, maxWidth: radius * 4, maxLines: 1, minSize: ctx.metrics.minFont, align: 'middle', x: center.x, top: 0 });
  return { value, center, radius, text: ctx.text.moveTo(probe, center.x, center.y - TextEngine.height(probe) / 2) };
}

/** Which corner of a card the badge takes: the outer one, away from the ring's centre (left when level). */
export function outerCorner(ring: Ring | null, t: number): { sx: -1 | 1; sy: -1 | 1 } {
  const n = ring ? ringNormal(ring, t) : { x: Math.cos(t), y: Math.sin(t) };
  return { sx: n.x > 0.2 ? 1 : -1, sy: n.y > 0 ? 1 : -1 };
}

/**
 * Cards on the ring, each centred on its point (step 1 at 12 o'clock), one width for all, a
 * number badge on each card's outer corner, where no arc passes (the ring runs through the
 * other two corners' side of the card). Null when a label would be cut or broken, or cards
 * would crowd each other.
 */
export function placeCards(model: FlywheelModel, ctx: DiagramContext, area: Box, s: CardsSetting, allowCut: boolean, tried = new Tried()): Placement | null {
  const { metrics: m, text } = ctx;
  const u = m.unit;
  const padX = 16 * u;
  const padY = 10 * u;
  const node = m.style('node');
  const labels = tried.labels(`cards|${s.size}|${s.maxLines}|${s.textWidth}|${allowCut}`, model.steps.map((st) => st.label), (i) => {
    const st = model.steps[i]!;
    return text.block({ role: 'step', text: st.label, field: `${st.field}.label`, style: { ...node, size: s.size }, lineHeightRatio: node.lineHeight, maxWidth: s.textWidth, maxLines: s.maxLines, minSize: allowCut ? m.minFont : s.size, align: 'middle', x: 0, top: 0 });
  }, allowCut, (t) => canFit(text, t, { ...node, size: s.size }, s.textWidth, s.maxLines), { size: s.size, maxLines: s.maxLines, width: s.textWidth });
  if (!labels) return reject('labels do not fit');
  if (tried.repeats(s, labels)) return reject('same labels as a setting already tried');
  const ns = m.style('note');
  const noteGap = 4 * u;
  const notes: (PlacedText | undefined)[] = model.steps.map((st) => {
    if (!s.notes || !st.note) return undefined;
    const note = st.note;
    // the same note at the same width fits the same way in every setting: fitted once per search
    return tried.memo(`note|${st.id}|${s.textWidth}`, () => text.block({ role: 'note', text: note, field: `${st.field}.note`, style: ns, lineHeightRatio: ns.lineHeight, maxWidth: s.textWidth, maxLines: 3, minSize: ns.size, align: 'middle', x: 0, top: 0 }));
  });
  if (notes.some((n) => n && !shownWhole(n))) return reject('notes do not fit');
  const w = Math.max(...[...labels, ...notes].map((l) => (l ? TextEngine.width(l) : 0)), 96 * u) + 2 * padX;
  const labelH = Math.max(...labels.map((l) => TextEngine.height(l)));
  const heights = notes.map((n) => Math.max(labelH + 2 * padY, 56 * u) + (n ? noteGap + TextEngine.height(n) : 0));
  const rb = 16 * u;
  const base = Math.max(labelH + 2 * padY, 56 * u);
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
  const nodes = model.steps.map((st, i): LayoutNode => {
    const box = boxes[i]!;
    const note = notes[i];
    const blockH = labelH + (note ? noteGap + TextEngine.height(note) : 0);
    const top = box.y + (box.height - blockH) / 2;
    const cx = box.x + box.width / 2;
    const label = text.moveTo(labels[i]!, cx, top + (labelH - TextEngine.height(labels[i]!)) / 2);
    const c = outerCorner(r, angles[i]!);
    return {
      id: st.id,
      role: 'step',
      shape: 'rect',
      box,
      label,
      ...(note ? { note: text.moveTo(note, cx, top + labelH + noteGap) } : {}),
      badge: badge(ctx, i + 1, { x: c.sx < 0 ? box.x : box.x + box.width, y: c.sy < 0 ? box.y : box.y + box.height }, rb),
    };
  });
  return ringPlacement('cards', r, angles, nodes, []);
}
