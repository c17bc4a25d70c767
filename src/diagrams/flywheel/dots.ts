import type { Box, Point } from '../../layout/box.js';
import { boxAround, inflate, overlaps } from '../../layout/box.js';
import { equalArcAngles, evenAngles, ringNormal, ringPoint, type Ring } from '../../layout/polar.js';
import type { LayoutNode } from '../../layout/types.js';
import { TextEngine } from '../../text/engine.js';
import type { Align, PlacedText } from '../../text/place.js';
import type { DiagramContext } from '../types.js';
import type { FlywheelModel } from './model.js';
import { canFit } from '../../text/whole.js';
import { Tried } from './tried.js';
import { reject, ringPlacement, type Placement } from './placement.js';
import { fitRing, type Footprint } from './ring-fit.js';

export interface DotsSetting {
  mode: 'dots';
  size: number;
  maxLines: number;
  textWidth: number;
  aspect: number;
  looser: number;
}

/** Labels sit beside their dot: after it on the right half, before it on the left, above or below at the top and bottom. */
export function sideOf(t: number): Align {
  const c = Math.cos(t);
  if (Math.abs(c) < 0.3) return 'middle';
  return c > 0 ? 'start' : 'end';
}

/**
 * Top-left corner of a w×h label for the dot at D: beside or above/below it by side, then
 * moved along the dot's side just far enough that the whole label lies beyond the ring's
 * tangent line offset by `clear`. The ring is convex, so no arc can then pass under the label.
 */
export function labelCorner(D: Point, N: Point, t: number, w: number, h: number, clear: number): Point {
  const side = sideOf(t);
  const A = { x: D.x + N.x * clear, y: D.y + N.y * clear };
  const x0 = side === 'middle' ? D.x - w / 2 : side === 'start' ? D.x + clear : D.x - clear - w;
  const y0c = side !== 'middle' ? D.y - h / 2 : Math.sin(t) < 0 ? D.y - clear - h : D.y + clear;
  if (Math.abs(N.y) < 1e-9) return { x: x0, y: y0c };
  // the label corner nearest the ring must stay on the far side of the offset tangent line
  const inwardX = N.x >= 0 ? x0 : x0 + w;
  const lift = ((inwardX - A.x) * N.x) / Math.abs(N.y);
  return N.y > 0 ? { x: x0, y: Math.max(y0c, A.y - lift) } : { x: x0, y: Math.min(y0c, A.y + lift - h) };
}

function footprints(ring: Ring | null, angles: number[], sizes: { w: number; h: number }[], rd: number, clear: number): Footprint[] {
  return angles.map((t, i) => {
    const N = ring ? ringNormal(ring, t) : { x: Math.cos(t), y: Math.sin(t) };
    const { w, h } = sizes[i]!;
    const c = labelCorner({ x: 0, y: 0 }, N, t, w, h, clear);
    return { left: Math.max(rd, -c.x), right: Math.max(rd, c.x + w), top: Math.max(rd, -c.y), bottom: Math.max(rd, c.y + h) };
  });
}

/**
 * Small numbered dots on the ring, each step's label outside it on the canvas. The ring is
 * refitted a few times because where a label goes depends on the ring's normal at its dot.
 */
export function placeDots(model: FlywheelModel, ctx: DiagramContext, area: Box, s: DotsSetting, allowCut: boolean, tried = new Tried()): Placement | null {
  const { metrics: m, text } = ctx;
  const u = m.unit;
  const node = m.style('node');
  const labels = tried.labels(`dots|${s.size}|${s.maxLines}|${s.textWidth}|${allowCut}`, model.steps.map((st) => st.label), (i) => {
    const st = model.steps[i]!;
    return text.block({ role: `step-label-${i + 1}`, text: st.label, field: `${st.field}.label`, style: { ...node, size: s.size }, lineHeightRatio: node.lineHeight, maxWidth: s.textWidth, maxLines: s.maxLines, minSize: allowCut ? m.minFont : s.size, align: 'start', x: 0, top: 0 });
  }, allowCut, (t) => canFit(text, t, { ...node, size: s.size }, s.textWidth, s.maxLines));
  if (!labels) return reject('labels do not fit');
  if (tried.repeats(s, labels)) return reject('same labels as a setting already tried');
  const bs = m.style('badge');
  const numbers = model.steps.map((st, i) => text.block({ role: 'step-number', text: String(i + 1), field: `${st.field}`, style: bs, lineHeightRatio: bs.lineHeight, maxWidth: 200 * u, maxLines: 1, minSize: bs.size, align: 'middle', x: 0, top: 0 }));
  const widest = Math.max(...numbers.map((n) => Math.hypot(n.box.width, TextEngine.height(n) * 0.75)));
  const rd = Math.max(14 * u, widest / 2 + 4 * u);
  const clear = rd + 8 * u;
  const sizes = labels.map((l) => ({ w: TextEngine.width(l), h: TextEngine.height(l) }));
  let ring: Ring | null = null;
  let angles = evenAngles(model.steps.length);
  for (let k = 0; k < 4; k++) {
    ring = fitRing(angles, footprints(ring, angles, sizes, rd, clear), area, s.aspect, ctx.theme.stroke.arc * u, k === 0 ? s.looser : 0);
    if (!ring) return reject('dots: no ring');
    // equal arcs between dots
    const r = ring;
    angles = equalArcAngles(r, angles.length);
  }
  ring = fitRing(angles, footprints(ring, angles, sizes, rd, clear), area, s.aspect, ctx.theme.stroke.arc * u);
  if (!ring) return reject('dots: no ring');
  const r = ring!;
  // labels may not touch each other or another step's dot (checked on measured boxes first: cheap)
  const corners = angles.map((t, i) => labelCorner(ringPoint(r, t), ringNormal(r, t), t, sizes[i]!.w, sizes[i]!.h, clear));
  const rects = corners.map((c, i) => ({ x: c.x, y: c.y, width: sizes[i]!.w, height: sizes[i]!.h }));
  const dots = angles.map((t) => boxAround(ringPoint(r, t), 2 * rd, 2 * rd));
  const pad = 4 * u;
  for (let i = 0; i < rects.length; i++) {
    for (let j = i + 1; j < rects.length; j++) if (overlaps(inflate(rects[i]!, pad), rects[j]!)) return reject(`dots: labels ${i + 1} and ${j + 1} touch`);
    if (dots.some((d) => overlaps(inflate(rects[i]!, pad), d))) return reject(`dots: label ${i + 1} touches a dot`);
  }
  const nodes: LayoutNode[] = [];
  const texts: PlacedText[] = [];
  angles.forEach((t, i) => {
    const D = ringPoint(r, t);
    const box = boxAround(D, 2 * rd, 2 * rd);
    const num = numbers[i]!;
    nodes.push({ id: model.steps[i]!.id, role: 'step', shape: 'circle', box, label: text.moveTo(num, D.x, D.y - TextEngine.height(num) / 2) });
    const l = labels[i]!;
    const c = corners[i]!;
    const align = sideOf(t);
    const x = align === 'start' ? c.x : align === 'end' ? c.x + sizes[i]!.w : c.x + sizes[i]!.w / 2;
    texts.push(text.placer.place({ ...l, align, x, top: c.y }));
  });
  return ringPlacement('dots', r, angles, nodes, texts);
}
