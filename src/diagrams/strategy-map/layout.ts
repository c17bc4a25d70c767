import { boxAround, inflate, overlaps, type Box } from '../../layout/box.js';
import { layoutFrame, truncationWarnings, type Frame } from '../../layout/frame.js';
import type { DiagramLayout, LayoutNode } from '../../layout/types.js';
import { TextEngine } from '../../text/engine.js';
import type { PlacedText } from '../../text/place.js';
import { splitWords } from '../../text/measure.js';
import type { DiagramContext } from '../types.js';
import { routeEdges } from './edges.js';
import type { MapItem, StrategyMapModel } from './model.js';
import { fitFrame, fitLine, fitRing, unitPositions, type Geometry } from './placement.js';

interface Attempt {
  size: number;
  maxLines: number;
  /** widest a satellite card may be, as a share of the area's width */
  widthShare: number;
  geometry: Geometry;
}

/** Candidate settings, best first: largest text, then widest cards, then the roundest ring. */
function attempts(n: number, ctx: DiagramContext, landscape: boolean): Attempt[] {
  const { metrics: m } = ctx;
  // few satellites leave room: start their text larger than the node token
  const base = m.style('node').size * (n <= 2 ? 1.25 : n <= 4 ? 1.1 : 1);
  const sizes: number[] = [];
  for (let s = base; s > m.minFont; s -= 2 * m.unit) sizes.push(Math.round(s * 100) / 100);
  sizes.push(m.minFont);
  const geometries: Geometry[] =
    n <= 2 ? [{ kind: 'line' }] : n <= 6 ? [{ kind: 'ring', exponent: 2 }, { kind: 'ring', exponent: 2.6 }] : n <= 8 ? [{ kind: 'ring', exponent: 2 }, { kind: 'ring', exponent: 2.6 }, { kind: 'frame' }] : [{ kind: 'frame' }, { kind: 'ring', exponent: 3 }];
  const shares = n <= 2 ? [0.34, 0.28] : n <= 4 ? [0.3, 0.26, 0.22] : n <= 8 ? (landscape ? [0.24, 0.21, 0.18] : [0.36, 0.3, 0.26]) : landscape ? [0.2, 0.17, 0.15, 0.13] : [0.3, 0.26, 0.22, 0.19];
  const out: Attempt[] = [];
  for (const size of sizes) for (const maxLines of [2, 3]) for (const widthShare of shares) for (const geometry of geometries) out.push({ size, maxLines, widthShare, geometry });
  return out;
}

function fitHub(model: StrategyMapModel, ctx: DiagramContext, area: Box, nodeSize: number): { label: PlacedText; w: number; h: number; circle: boolean } {
  const { metrics: m, text } = ctx;
  const s = m.style('hub');
  const style = { ...s, size: Math.max(nodeSize, s.size) };
  const maxWidth = Math.min(area.width * 0.3, 300 * m.unit);
  const label = text.block({ role: 'hub', text: model.hub.label, field: `${model.hub.field}.label`, style, lineHeightRatio: s.lineHeight, maxWidth, maxLines: 2, minSize: Math.min(nodeSize, style.size), align: 'middle', x: 0, top: 0 });
  const tw = TextEngine.width(label);
  const th = TextEngine.height(label);
  const pad = ctx.theme.spacing.padding * m.unit;
  const r = Math.max(Math.hypot(tw / 2, th / 2) + pad * 0.75, 52 * m.unit);
  if (2 * r <= area.height * 0.46) return { label, w: 2 * r, h: 2 * r, circle: true };
  return { label, w: tw + 2 * pad * 1.5, h: th + 2 * pad, circle: false };
}

/** Fits every satellite label at one size; null when one would need an ellipsis. */
function fitSatellites(items: MapItem[], ctx: DiagramContext, a: Attempt, maxTextWidth: number, allowCut: boolean): PlacedText[] | null {
  const s = ctx.metrics.style('node');
  const labels: PlacedText[] = [];
  for (const item of items) {
    const style = { ...s, size: a.size };
    const t = ctx.text.block({ role: 'node', text: item.label, field: `${item.field}.label`, style, lineHeightRatio: s.lineHeight, maxWidth: maxTextWidth, maxLines: a.maxLines, minSize: allowCut ? ctx.metrics.minFont : a.size, align: 'middle', x: 0, top: 0 });
    if (t.truncated && !allowCut) return null;
    labels.push(t);
  }
  return labels;
}

function centered(ctx: DiagramContext, t: PlacedText, box: Box): PlacedText {
  return ctx.text.moveTo(t, box.x + box.width / 2, box.y + box.height / 2 - TextEngine.height(t) / 2);
}

const reject = (why: string): null => {
  if (process.env.VISINT_DEBUG_LAYOUT) process.stderr.write(`strategy-map attempt rejected: ${why}\n`);
  return null;
};

function tryAttempt(model: StrategyMapModel, ctx: DiagramContext, frame: Frame, a: Attempt, allowCut: boolean): DiagramLayout | null {
  const { metrics: m, theme } = ctx;
  const area = frame.area;
  const pad = theme.spacing.padding * m.unit;
  // never narrower than the widest single word at this size: words are not broken while anything else can give
  const style = { ...m.style('node'), size: a.size };
  const widestWord = Math.max(...model.satellites.flatMap((s) => splitWords(s.label).map((w) => ctx.text.measurer.wordWidth(w, style))));
  const labels = fitSatellites(model.satellites, ctx, a, Math.max(area.width * a.widthShare - 2 * pad, Math.min(widestWord, area.width * 0.4)), allowCut);
  if (!labels) return reject('labels');
  const w = Math.max(...labels.map((l) => TextEngine.width(l))) + 2 * pad;
  const h = Math.max(...labels.map((l) => TextEngine.height(l))) + 2 * pad * 0.85;
  const hub = fitHub(model, ctx, area, a.size);
  const n = model.satellites.length;
  const gap = 16 * m.unit;
  const g = a.geometry;
  const placed = g.kind === 'line' ? fitLine(n, area, hub, w, h) : g.kind === 'frame' ? fitFrame(n, area, w, h, gap) : fitRing(unitPositions(n, g.exponent), area, w, h);
  if (!placed) return null;
  const hubBox = boxAround(placed.hub, hub.w, hub.h);
  const boxes = placed.centers.map((c) => boxAround(c, w, h));
  for (let i = 0; i < boxes.length; i++) {
    if (overlaps(inflate(boxes[i]!, gap / 2), inflate(hubBox, gap / 2))) return reject('hub overlap');
    for (let j = i + 1; j < boxes.length; j++) if (overlaps(inflate(boxes[i]!, gap / 2), inflate(boxes[j]!, gap / 2))) return reject('satellite overlap');
  }
  const nodes: LayoutNode[] = [
    { id: model.hub.id, role: 'hub', shape: hub.circle ? 'circle' : 'rect', box: hubBox, label: centered(ctx, hub.label, hubBox) },
    ...model.satellites.map((s, i): LayoutNode => ({ id: s.id, role: 'node', shape: 'rect', box: boxes[i]!, label: centered(ctx, labels[i]!, boxes[i]!), ...(s.emphasis ? { emphasis: true } : {}) })),
  ];
  const routed = routeEdges(model, nodes, frame, ctx, allowCut);
  if (!routed) return reject('edges');
  return {
    diagram: 'strategy-map',
    width: m.width,
    height: m.height,
    margin: m.margin,
    minFontSize: m.minFont,
    nodes,
    edges: routed.edges,
    texts: frame.texts,
    panels: frame.panels,
    warnings: [...frame.warnings, ...truncationWarnings(nodes.map((x) => x.label)), ...routed.warnings],
  };
}

/**
 * Hub in the centre, satellites around it on a ring fitted to the canvas (first at 12
 * o'clock), one or two satellites on a line. Tries settings from the largest text down and
 * keeps the first that has no overlap and routes every edge clear; at the smallest
 * settings, cuts labels with an ellipsis (and a warning) rather than overflow.
 */
export function layoutStrategyMap(model: StrategyMapModel, ctx: DiagramContext): DiagramLayout {
  const { metrics: m } = ctx;
  const frame = layoutFrame({ ...(model.title ? { title: model.title } : {}), ...(model.thesis ? { thesis: model.thesis } : {}), ...(model.caption ? { caption: model.caption } : {}), brand: ctx.theme.wordmark }, m, ctx.text, ctx.theme);
  const all = attempts(model.satellites.length, ctx, frame.area.width >= frame.area.height);
  for (const allowCut of [false, true]) {
    for (const a of all) {
      const layout = tryAttempt(model, ctx, frame, a, allowCut);
      if (layout) return layout;
    }
  }
  throw new Error('the strategy map does not fit this canvas; try a larger --size');
}

