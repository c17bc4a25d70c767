import { boxCenter, inflate, pointInBox, type Box, type Point } from '../../layout/box.js';
import type { WorkBudget } from '../../layout/budget.js';
import type { Frame } from '../../layout/frame.js';
import { curveGeometry, drawn, insideShapeAt, pointsBox, polylineHitsBox, polylinesCross, type ArrowStyle, type Curve } from '../../layout/route.js';
import type { LayoutEdge, LayoutNode } from '../../layout/types.js';
import type { DiagramContext } from '../types.js';
import type { StrategyMapModel } from './model.js';
import { rejected } from '../../layout/reject.js';

/** Bends to try for a curved edge, gentlest first; sign picked so the curve bows away from the hub. */
const BENDS = [0.18, 0.3, 0.45, 0.65, 0.9, 1.2];
/** Bends for one direction of a two-way pair: never straight, so the two arrows are two visibly separate curves. */
const TWIN_BENDS = [0.12, 0.2, 0.3, 0.45, 0.65];

export function arrowStyle(ctx: DiagramContext): ArrowStyle {
  const { arrow } = ctx.theme;
  const u = ctx.metrics.unit;
  return { length: arrow.length * u, width: arrow.width * u, setback: Math.min(arrow.setback, 6) * u };
}

/** A routed edge and the index of its spec in `model.edges`. */
export interface RoutedEdge {
  index: number;
  edge: LayoutEdge;
}

export interface Routing {
  edges: RoutedEdge[];
  /** indices of edges with no clean route (only when routing with `keepGoing`): shown in the legend instead */
  unrouted: number[];
}

/** Bounding boxes of a polyline, for a cheap first test before segment-by-segment crossing checks. */
const boxesMeet = (a: Box, b: Box) => a.x <= b.x + b.width && b.x <= a.x + a.width && a.y <= b.y + b.height && b.y <= a.y + a.height;

interface Scene {
  nodes: LayoutNode[];
  obstacles: Box[];
  /** the obstacles grown by half the padding: what an edge's line must stay out of (computed once, not per bend tried) */
  grown: Box[];
  inner: Box;
  pad: number;
}

/** Ways the edge would break the picture: through another node or a frame text, off the canvas. */
function hardProblems(e: Curve, s: Scene): number {
  let hard = 0;
  const pts = e.samples;
  for (const n of s.nodes) {
    if (n.id === e.from || n.id === e.to) continue;
    // the samples between the ends (no copy of them: this runs for every bend of every edge tried)
    for (let i = 1; i < pts.length - 1; i++)
      if (insideShapeAt(n, pts[i]!.x, pts[i]!.y, s.pad)) {
        hard++;
        break;
      }
  }
  for (let i = 0; i < s.obstacles.length; i++) if (polylineHitsBox(pts, s.grown[i]!, e.box) || polylineHitsBox(e.head, s.obstacles[i]!)) hard++;
  if (!pts.every((p) => pointInBox(p, s.inner)) || !e.head.every((p) => pointInBox(p, s.inner))) hard++;
  return hard;
}

function crossings(e: Curve, placed: RoutedEdge[]): number {
  let n = 0;
  for (const q of placed) if (boxesMeet(e.box, pointsBox(q.edge.samples)) && polylinesCross(e.samples, q.edge.samples)) n++;
  return n;
}

/** Sign (+1 or −1) of the bend that pushes the curve's middle away from `hub`. */
function outwardSign(from: Box, to: Box, hub: Point): number {
  const a = boxCenter(from);
  const b = boxCenter(to);
  const mid = { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
  const normal = { x: -(b.y - a.y), y: b.x - a.x };
  return normal.x * (mid.x - hub.x) + normal.y * (mid.y - hub.y) >= 0 ? 1 : -1;
}

/**
 * Spokes (hub ↔ satellite) are straight; satellite → satellite edges are curves that bow
 * outward, bent further until they pass no other box. A two-way pair (A→B and B→A) is drawn
 * as two curves bowing to opposite sides. Strict routing returns null at the first edge that
 * has no clean route, or a spoke too short to read; with `keepGoing`, such edges are listed
 * in `unrouted` and left off the picture (the caller shows them in the legend).
 */
export function routeEdges(model: StrategyMapModel, nodes: LayoutNode[], frame: Frame, ctx: DiagramContext, keepGoing: boolean, budget: WorkBudget, avoid: Box[] = []): Routing | null {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const hub = nodes[0]!;
  const arrow = arrowStyle(ctx);
  const small: ArrowStyle = { length: arrow.length * 0.6, width: arrow.width * 0.6, setback: arrow.setback * 0.5 };
  const { margin, width, height, unit } = ctx.metrics;
  const obstacles = [...frame.texts.map((t) => t.box), ...frame.panels.map((p) => p.box), ...avoid];
  const pad = 6 * unit;
  const scene: Scene = { nodes, obstacles, grown: obstacles.map((o) => inflate(o, pad / 2)), inner: { x: margin, y: margin, width: width - 2 * margin, height: height - 2 * margin }, pad };
  const pairs = new Set(model.edges.map((e) => `${e.from}\u0000${e.to}`));
  const twinBend = new Map<string, number>();
  const routed: RoutedEdge[] = [];
  const unrouted: number[] = [];
  for (const [index, spec] of model.edges.entries()) {
    const from = byId.get(spec.from)!;
    const to = byId.get(spec.to)!;
    const id = `edge-${spec.from}-${spec.to}`;
    const spoke = from.role === 'hub' || to.role === 'hub';
    const sign = outwardSign(from.box, to.box, boxCenter(hub.box));
    const twin = pairs.has(`${spec.to}\u0000${spec.from}`);
    const scale = spoke ? 0.5 : 1;
    let bends: number[];
    if (twin) {
      // the second of a pair bends with the same sign as the first: along the reversed chord that is the other side
      const first = twinBend.get(`${spec.to}\u0000${spec.from}`);
      const s = first === undefined ? sign : Math.sign(first);
      bends = first === undefined ? [...TWIN_BENDS.map((b) => b * scale * s), ...TWIN_BENDS.map((b) => -b * scale * s)] : TWIN_BENDS.map((b) => b * scale * s);
    } else bends = spoke ? [0, ...BENDS.map((b) => b * 0.5 * sign), ...BENDS.map((b) => -b * 0.5 * sign)] : [...BENDS.map((b) => b * sign), ...BENDS.map((b) => -b * sign)];
    let best: { edge: Curve; bend: number; score: number } | null = null;
    // when degrading, an edge between cards that nearly touch (a spoke into a card beside the hub) gets a smaller head rather than none
    for (const a of keepGoing ? [arrow, small] : [arrow]) {
      // once the budget is spent, a degraded map tries every other bend: routing 40 edges stays bounded
      for (const bend of keepGoing && budget.exhausted ? bends.filter((_, i) => i % 2 === 0) : bends) {
        budget.spend(0.05);
        const edge = curveGeometry(id, from, to, bend, a);
        const visible = Math.hypot(edge.samples[0]!.x - edge.head[0].x, edge.samples[0]!.y - edge.head[0].y);
        // a spoke too short to read as an arrow means the cards are too big for this canvas: reject, don't bend
        if (spoke && !twin && bend === 0 && visible < a.length + 28 * unit && !keepGoing) return rejected('strategy-map', `short spoke ${id}`);
        const tooShort = visible < a.length + (keepGoing ? 4 : 12) * unit;
        const hard = hardProblems(edge, scene) + (tooShort ? 1 : 0);
        const score = hard * 100 + (hard === 0 ? crossings(edge, routed) : 0);
        if (!best || score < best.score) best = { edge, bend, score };
        if (score === 0) break;
      }
      if (best && best.score < 100) break;
    }
    if (!best || best.score >= 100) {
      if (!keepGoing) return rejected('strategy-map', `no route for ${id} (score ${best?.score})`);
      unrouted.push(index);
      continue;
    }
    if (twin) twinBend.set(`${spec.from}\u0000${spec.to}`, best.bend);
    routed.push({ index, edge: drawn(best.edge) });
  }
  return { edges: routed, unrouted };
}
