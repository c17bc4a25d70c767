import { contains, inflate, overlaps, type Box, type Point } from '../../layout/box.js';
import type { WorkBudget } from '../../layout/budget.js';
import type { Frame } from '../../layout/frame.js';
import { pointsBox, polylineHitsBox } from '../../layout/route.js';
import type { LayoutNode } from '../../layout/types.js';
import { TextEngine } from '../../text/engine.js';
import type { PlacedText } from '../../text/place.js';
import type { DiagramContext } from '../types.js';
import type { RoutedEdge } from './edges.js';
import type { StrategyMapModel } from './model.js';
import { rejected } from '../../layout/reject.js';

/** Fitted label texts by edge and settings: they do not depend on where the nodes are, so one search fits each once. */
export type TextCache = Map<string, PlacedText>;

/** Design px by which a chip's own edge must be nearer its centre than any other edge. */
const AMBIGUITY = 10;

/** Where along the edge a label may sit, middle first. */
const ALONG = [0.5, 0.38, 0.62, 0.26, 0.74, 0.16, 0.84];

/** A label that found no clean place beside its edge: shown in the legend, with a numbered marker on the edge when one fits. */
export interface LegendEntry {
  index: number;
  marker?: number;
  text: string;
  field: string;
}

/** Everything a label or marker must stay clear of. */
export interface Occupied {
  inner: Box;
  boxes: Box[];
  edges: RoutedEdge[];
  /** each edge's bounding box, a quick first test */
  edgeBoxes: Box[];
}

export function occupiedBy(nodes: LayoutNode[], frame: Frame, edges: RoutedEdge[], ctx: DiagramContext, extra: Box[] = []): Occupied {
  const { margin, width, height, unit } = ctx.metrics;
  const gap = 4 * unit;
  return {
    inner: { x: margin, y: margin, width: width - 2 * margin, height: height - 2 * margin },
    boxes: [...nodes.map((n) => inflate(n.box, gap)), ...frame.texts.filter((t) => t.box.width > 0).map((t) => inflate(t.box, gap)), ...frame.panels.map((p) => inflate(p.box, gap)), ...edges.map((e) => inflate(pointsBox(e.edge.head), gap / 2)), ...extra],
    edges,
    edgeBoxes: edges.map((e) => inflate(pointsBox(e.edge.samples), 1)),
  };
}

/** The box is free: inside the margin, clear of every box and of every edge but `own` (a marker sits on its own edge). */
export function isFree(box: Box, o: Occupied, own?: RoutedEdge): boolean {
  if (!contains(o.inner, box)) return false;
  if (o.boxes.some((b) => overlaps(b, box))) return false;
  return !o.edges.some((e, i) => e !== own && overlaps(o.edgeBoxes[i]!, box) && polylineHitsBox(e.edge.samples, box));
}

/** Point and unit normal of the edge at `t` (0 = start, 1 = arrow tip). */
function pointAt(e: RoutedEdge, t: number): { p: Point; n: Point } {
  const s = e.edge.samples;
  const i = Math.min(s.length - 2, Math.max(1, Math.round(t * (s.length - 1))));
  const a = s[i - 1]!;
  const b = s[i + 1]!;
  const l = Math.hypot(b.x - a.x, b.y - a.y) || 1;
  return { p: s[i]!, n: { x: -(b.y - a.y) / l, y: (b.x - a.x) / l } };
}

function chipPadding(ctx: DiagramContext): { x: number; y: number } {
  return { x: 8 * ctx.metrics.unit, y: 3 * ctx.metrics.unit };
}

/** Distance from c to the segment a–b. */
function toSegment(c: Point, a: Point, b: Point): number {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const t = Math.max(0, Math.min(1, ((c.x - a.x) * dx + (c.y - a.y) * dy) / (dx * dx + dy * dy || 1)));
  return Math.hypot(a.x + t * dx - c.x, a.y + t * dy - c.y);
}

/**
 * Another edge passes about as close to the chip's centre as its own edge does (within
 * `margin` more): the label could be read as that edge's, as near a crossing.
 */
function nearerToAnother(c: Point, own: number, margin: number, e: RoutedEdge, o: Occupied): boolean {
  const r = own + margin;
  return o.edges.some((x, i) => {
    if (x === e) return false;
    const b = o.edgeBoxes[i]!;
    if (c.x < b.x - r || c.x > b.x + b.width + r || c.y < b.y - r || c.y > b.y + b.height + r) return false;
    const s = x.edge.samples;
    for (let k = 1; k < s.length; k++) if (toSegment(c, s[k - 1]!, s[k]!) < r) return true;
    return false;
  });
}

/** Label chips beside the edge (either side, never on it: an arrow never runs under a label), at the first clean spot. */
function besideEdge(ctx: DiagramContext, e: RoutedEdge, text: PlacedText, o: Occupied): { label: PlacedText; box: Box } | null {
  const pad = chipPadding(ctx);
  const w = TextEngine.width(text) + 2 * pad.x;
  // by ink as well as line boxes: stacked combining marks can reach below the last line box
  const tall = TextEngine.extent(text);
  const h = tall + 2 * pad.y;
  const clearance = 3 * ctx.metrics.unit;
  for (const t of ALONG) {
    const { p, n } = pointAt(e, t);
    // distance from the curve to the chip's centre so its nearest corner just clears the line
    const off = Math.abs(n.x) * (w / 2) + Math.abs(n.y) * (h / 2) + clearance;
    for (const side of [1, -1]) {
      const c = { x: p.x + n.x * off * side, y: p.y + n.y * off * side };
      const box = { x: c.x - w / 2, y: c.y - h / 2, width: w, height: h };
      if (!isFree(box, o) || nearerToAnother(c, off, AMBIGUITY * ctx.metrics.unit, e, o)) continue;
      return { label: ctx.text.moveTo(text, c.x, c.y - tall / 2), box };
    }
  }
  return null;
}

/** A numbered disc on the edge itself, at the first spot clear of everything else. */
function markerOn(ctx: DiagramContext, e: RoutedEdge, k: number, field: string, o: Occupied, cache: TextCache): { label: PlacedText; box: Box } | null {
  const s = ctx.metrics.style('note');
  const style = { ...s, size: Math.max(ctx.metrics.minFont, s.size * 0.9), weight: 700 };
  const key = `marker|${k}|${field}`;
  let t = cache.get(key);
  if (!t) cache.set(key, (t = ctx.text.block({ role: 'edge-marker', text: String(k), field, style, lineHeightRatio: 1.1, maxWidth: 1000, maxLines: 1, minSize: style.size, align: 'middle', x: 0, top: 0 })));
  const d = Math.max(TextEngine.width(t), TextEngine.height(t)) + 6 * ctx.metrics.unit;
  for (const at of ALONG) {
    const { p } = pointAt(e, at);
    const box = { x: p.x - d / 2, y: p.y - d / 2, width: d, height: d };
    if (!isFree(box, o, e)) continue;
    return { label: ctx.text.moveTo(t, p.x, p.y - TextEngine.height(t) / 2), box };
  }
  return null;
}

export interface Labelled {
  legend: LegendEntry[];
}

/**
 * Places every edge label as a chip beside its edge, trying each position along the edge on
 * either side, in one to three lines, at one size for every label on the map: the note size,
 * then halfway to the floor, then the floor, the first at which each label finds a clean spot
 * (a map whose labels came out at two sizes read as two kinds of label). Without `allowLegend`,
 * returns null when a label finds no clean spot even at the floor; with it, such a label gets a
 * numbered marker on the edge (when one fits) and an entry in the legend. Labels of edges that
 * could not be routed go to the legend as "from → to: label".
 */
export function placeEdgeLabels(model: StrategyMapModel, edges: RoutedEdge[], unrouted: number[], nodes: LayoutNode[], frame: Frame, ctx: DiagramContext, allowLegend: boolean, budget: WorkBudget, cache: TextCache, avoid: Box[] = []): Labelled | null {
  const { metrics: m } = ctx;
  const note = m.style('note');
  const sizes = [...new Set([note.size, Math.max(m.minFont, (note.size + m.minFont) / 2), m.minFont])];
  const scene: LabelScene = { model, labelled: edges.filter((e) => model.edges[e.index]!.label), edges, nodes, frame, ctx, budget, cache, avoid };
  let pass: Pass | null = null;
  for (const size of sizes) {
    pass = placeAt(scene, size, allowLegend && size === sizes[sizes.length - 1]);
    if (pass) break;
  }
  if (!pass) return rejected('strategy-map', 'edge labels');
  for (const [e, placed] of pass.placed) {
    e.edge.label = placed.label;
    e.edge.labelBox = placed.box;
  }
  return { legend: [...pass.legend, ...unrouted.map((index) => pathEntry(model, index, model.edges[index]!.field))] };
}

/** What every pass of the label placement shares. */
interface LabelScene {
  model: StrategyMapModel;
  /** the routed edges that have a label */
  labelled: RoutedEdge[];
  edges: RoutedEdge[];
  nodes: LayoutNode[];
  frame: Frame;
  ctx: DiagramContext;
  budget: WorkBudget;
  cache: TextCache;
  avoid: Box[];
}

interface Pass {
  placed: [RoutedEdge, { label: PlacedText; box: Box }][];
  legend: LegendEntry[];
}

/** Legend entries name their edge's ends by their first words: the legend is a key, not a copy. */
function legendName(model: StrategyMapModel, id: string): string {
  const item = id === model.hub.id ? model.hub : model.satellites.find((s) => s.id === id);
  const t = item?.label ?? id;
  const words = t.split(/\s+/u);
  let short = words[0]!;
  for (const w of words.slice(1)) if ((short + ' ' + w).length <= 18) short += ` ${w}`; else break;
  return short.length < t.length ? `${short.replace(/[,;:]$/u, '')}…` : t;
}

/** A legend entry for edge `index` drawn without its label (or not drawn): "from › to: label". */
function pathEntry(model: StrategyMapModel, index: number, field: string): LegendEntry {
  const spec = model.edges[index]!;
  return { index, text: `${legendName(model, spec.from)} › ${legendName(model, spec.to)}${spec.label ? `: ${spec.label}` : ''}`, field };
}

/** Every label at `size`; null when one finds no clean spot, unless `toLegend` (then it gets a marker or a legend entry). */
function placeAt(s: LabelScene, size: number, toLegend: boolean): Pass | null {
  const { model, ctx, cache } = s;
  const { metrics: m } = ctx;
  const note = m.style('note');
  const o = occupiedBy(s.nodes, s.frame, s.edges, ctx, s.avoid);
  const gap = 2 * m.unit;
  const out: Pass = { placed: [], legend: [] };
  for (const e of s.labelled) {
    const spec = model.edges[e.index]!;
    const field = `${spec.field}.label`;
    let placed: { label: PlacedText; box: Box } | null = null;
    for (const [maxWidth, maxLines] of [[170, 2], [120, 3], [240, 2]] as const) {
      s.budget.spend(0.02);
      const key = `${e.index}|${size}|${maxWidth}|${maxLines}`;
      let text = cache.get(key);
      if (!text) cache.set(key, (text = ctx.text.block({ role: 'edge-label', text: spec.label!, field, style: { ...note, size }, lineHeightRatio: note.lineHeight, maxWidth: maxWidth * m.unit, maxLines, minSize: size, align: 'middle', x: 0, top: 0 })));
      if (text.truncated) continue;
      placed = besideEdge(ctx, e, text, o);
      if (placed) break;
    }
    if (!placed) {
      if (!toLegend) return null;
      const k = out.legend.filter((l) => l.marker !== undefined).length + 1;
      placed = markerOn(ctx, e, k, field, o, cache);
      out.legend.push(placed ? { index: e.index, marker: k, text: spec.label!, field } : pathEntry(model, e.index, field));
    }
    if (placed) {
      out.placed.push([e, placed]);
      o.boxes.push(inflate(placed.box, gap));
    }
  }
  return out;
}
