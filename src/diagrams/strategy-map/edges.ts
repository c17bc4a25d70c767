import { boxCenter, contains, inflate, pointInBox, type Box, type Point } from '../../layout/box.js';
import type { Frame } from '../../layout/frame.js';
import { curveBetween, insideShape, polylinesCross, type ArrowStyle } from '../../layout/route.js';
import type { LayoutEdge, LayoutNode, Warning } from '../../layout/types.js';
import { TextEngine } from '../../text/engine.js';
import type { DiagramContext } from '../types.js';
import type { StrategyMapModel } from './model.js';

/** Bends to try for a curved edge, gentlest first; sign picked so the curve bows away from the hub. */
const BENDS = [0.18, 0.3, 0.45, 0.65, 0.9];

export function arrowStyle(ctx: DiagramContext): ArrowStyle {
  const { arrow } = ctx.theme;
  const u = ctx.metrics.unit;
  return { length: arrow.length * u, width: arrow.width * u, setback: Math.min(arrow.setback, 6) * u };
}

/** Every way the edge would break the picture: through another node, a text, off the canvas, across another edge. */
function problems(e: LayoutEdge, nodes: LayoutNode[], obstacles: Box[], inner: Box, placed: LayoutEdge[], pad: number): { hard: number; crossings: number } {
  let hard = 0;
  const body = e.samples.slice(1, -1);
  for (const n of nodes) {
    if (n.id === e.from || n.id === e.to) continue;
    if (body.some((p) => insideShape(n, p, pad))) hard++;
  }
  for (const o of obstacles) if (body.some((p) => pointInBox(p, inflate(o, pad / 2)))) hard++;
  if (![...e.samples, ...e.head].every((p) => pointInBox(p, inner))) hard++;
  const crossings = placed.filter((q) => polylinesCross(e.samples, q.samples)).length;
  return { hard, crossings };
}

/** Sign (+1 or −1) of the bend that pushes the curve's middle away from `hub`. */
function outwardSign(from: Box, to: Box, hub: Point): number {
  const a = boxCenter(from);
  const b = boxCenter(to);
  const mid = { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
  const normal = { x: -(b.y - a.y), y: b.x - a.x };
  return normal.x * (mid.x - hub.x) + normal.y * (mid.y - hub.y) >= 0 ? 1 : -1;
}

function placeEdgeLabel(ctx: DiagramContext, e: LayoutEdge, text: string, field: string): { label: ReturnType<TextEngine['block']>; box: Box } {
  const { metrics: m } = ctx;
  const s = m.style('note');
  const mid = e.samples[Math.floor(e.samples.length / 2)]!;
  const label = ctx.text.block({ role: 'edge-label', text, field, style: s, lineHeightRatio: s.lineHeight, maxWidth: 200 * m.unit, maxLines: 2, minSize: m.minFont, align: 'middle', x: mid.x, top: 0 });
  const h = TextEngine.height(label);
  const padX = 10 * m.unit;
  const padY = 4 * m.unit;
  const placed = ctx.text.moveTo(label, mid.x, mid.y - h / 2);
  return { label: placed, box: { x: mid.x - TextEngine.width(placed) / 2 - padX, y: mid.y - h / 2 - padY, width: TextEngine.width(placed) + 2 * padX, height: h + 2 * padY } };
}

/**
 * Spokes (hub ↔ satellite) are straight; satellite → satellite edges are curves that bow
 * outward, bent further until they pass no other box. Returns null when an edge cannot be
 * routed cleanly (unless `forced`, when the cleanest found is kept with a warning).
 */
export function routeEdges(model: StrategyMapModel, nodes: LayoutNode[], frame: Frame, ctx: DiagramContext, forced: boolean): { edges: LayoutEdge[]; warnings: Warning[] } | null {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const hub = nodes[0]!;
  const arrow = arrowStyle(ctx);
  const { margin, width, height, unit } = ctx.metrics;
  const inner = { x: margin, y: margin, width: width - 2 * margin, height: height - 2 * margin };
  const obstacles = [...frame.texts.map((t) => t.box), ...frame.panels.map((p) => p.box)];
  const edges: LayoutEdge[] = [];
  const warnings: Warning[] = [];
  const labelBoxes: Box[] = [];
  for (const [k, spec] of model.edges.entries()) {
    const from = byId.get(spec.from)!;
    const to = byId.get(spec.to)!;
    const id = `edge-${spec.from}-${spec.to}`;
    const spoke = from.role === 'hub' || to.role === 'hub';
    const sign = outwardSign(from.box, to.box, boxCenter(hub.box));
    const bends = spoke ? [0, ...BENDS.map((b) => b * 0.5 * sign), ...BENDS.map((b) => -b * 0.5 * sign)] : [...BENDS.map((b) => b * sign), ...BENDS.map((b) => -b * sign)];
    let best: { edge: LayoutEdge; score: number } | null = null;
    for (const bend of bends) {
      const edge = curveBetween(id, from, to, bend, arrow);
      const visible = Math.hypot(edge.samples[0]!.x - edge.head[0].x, edge.samples[0]!.y - edge.head[0].y);
      // a spoke too short to read as an arrow means the cards are too big for this canvas: reject, don't bend
      if (spoke && bend === 0 && visible < arrow.length + 28 * unit && !forced) return null;
      const p = problems(edge, nodes, [...obstacles, ...labelBoxes], inner, edges, 6 * unit);
      const score = p.hard * 100 + p.crossings + (visible < arrow.length + 12 * unit ? 50 : 0);
      if (!best || score < best.score) best = { edge, score };
      if (score === 0) break;
    }
    if (!best) return null;
    if (best.score > 0) {
      if (!forced && best.score >= 50) return null;
      if (best.score >= 50) warnings.push({ field: model.edges[k]!.field, message: 'edge could not be routed clear of other boxes' });
    }
    const edge = best.edge;
    if (spec.label) {
      const { label, box } = placeEdgeLabel(ctx, edge, spec.label, `${model.edges[k]!.field}.label`);
      const clash = nodes.some((n) => !(box.x + box.width < n.box.x || n.box.x + n.box.width < box.x || box.y + box.height < n.box.y || n.box.y + n.box.height < box.y)) || !contains(inner, box);
      if (clash && !forced) return null;
      edge.label = label;
      edge.labelBox = box;
      labelBoxes.push(box);
    }
    edges.push(edge);
  }
  return { edges, warnings };
}
