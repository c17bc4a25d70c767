import { layoutCanvas } from '../../layout/metrics.js';
import { boxAround, inflate, overlaps, type Box } from '../../layout/box.js';
import { emptyFrame, layoutFrame, type Frame } from '../../layout/frame.js';
import type { DiagramLayout, LayoutNode } from '../../layout/types.js';
import { TextEngine } from '../../text/engine.js';
import type { PlacedText } from '../../text/place.js';
import { splitWords } from '../../text/measure.js';
import type { DiagramContext } from '../types.js';
import { routeEdges } from './edges.js';
import type { MapItem, StrategyMapModel } from './model.js';
import { fitEven, fitLine, fitSides, fitRing, unitPositions, type Geometry } from './placement.js';
import { rejected } from '../../layout/reject.js';

interface Attempt {
  size: number;
  maxLines: number;
  /** widest a satellite card may be, as a share of the area's width */
  widthShare: number;
  geometry: Geometry;
  /** crowded canvases: each card as wide as its own label, with tighter padding */
  compact: boolean;
  /** widest the hub's text may be, as a share of the area's width */
  hubShare: number;
}

/** Candidate settings, best first: largest text, then widest cards, then the roundest ring. */
function attempts(n: number, ctx: DiagramContext, landscape: boolean): Attempt[] {
  const { metrics: m } = ctx;
  // few satellites leave room: start their text larger than the node token
  const base = m.style('node').size * (n <= 2 ? 1.6 : n <= 4 ? 1.1 : 1);
  const sizes: number[] = [];
  for (let s = base; s > m.minFont; s -= 2 * m.unit) sizes.push(Math.round(s * 100) / 100);
  sizes.push(m.minFont);
  const geometries: Geometry[] =
    n <= 2
      ? [{ kind: 'line' }]
      : n <= 8
        ? [{ kind: 'ring', exponent: 2 }, { kind: 'ring', exponent: 2.6 }, { kind: 'even', exponent: 2 }, { kind: 'even', exponent: 3 }, { kind: 'even', exponent: 5 }, { kind: 'sides' }]
        : [{ kind: 'even', exponent: 5 }, { kind: 'even', exponent: 3 }, { kind: 'even', exponent: 8 }, { kind: 'even', exponent: 2 }, { kind: 'sides' }];
  const shares = n <= 2 ? [0.34, 0.28] : n <= 4 ? [0.3, 0.26, 0.22] : n <= 8 ? (landscape ? [0.24, 0.21, 0.18] : [0.36, 0.3, 0.26]) : landscape ? [0.2, 0.17, 0.15, 0.13] : [0.3, 0.26, 0.22, 0.19];
  const out: Attempt[] = [];
  for (const size of sizes) for (const maxLines of [2, 3]) for (const widthShare of shares) for (const geometry of geometries) out.push({ size, maxLines, widthShare, geometry, compact: false, hubShare: 0.3 });
  for (const size of sizes) for (const maxLines of [2, 3, 4]) for (const hubShare of [0.3, 0.2, 0.14]) for (const geometry of geometries) out.push({ size, maxLines, widthShare: shares[shares.length - 1]!, geometry, compact: true, hubShare });
  return out;
}

function fitHub(model: StrategyMapModel, ctx: DiagramContext, area: Box, nodeSize: number, share: number): { label: PlacedText; w: number; h: number; circle: boolean } {
  const { metrics: m, text } = ctx;
  const s = m.style('hub');
  // the hub leads the satellites by one step of the type scale, shrinks with them, and is never smaller
  const style = { ...s, size: Math.max(m.minFont, nodeSize, Math.min(s.size, nodeSize * 1.25)) };
  const maxWidth = Math.min(area.width * share, 300 * m.unit);
  const label = text.block({ role: 'hub', text: model.hub.label, field: `${model.hub.field}.label`, style, lineHeightRatio: s.lineHeight, maxWidth, maxLines: share < 0.3 ? 3 : 2, minSize: Math.min(nodeSize, style.size), align: 'middle', x: 0, top: 0 });
  const tw = TextEngine.width(label);
  const th = TextEngine.height(label);
  const pad = ctx.theme.spacing.padding * m.unit;
  const r = Math.max(Math.hypot(tw / 2, th / 2) + pad * 0.75, 52 * m.unit);
  if (2 * r <= area.height * 0.46) return { label, w: 2 * r, h: 2 * r, circle: true };
  return { label, w: tw + 2 * pad * 1.5, h: th + 2 * pad, circle: false };
}

/**
 * Fits every satellite label at one size; null when one would need an ellipsis. A label may
 * be wider than the attempt's share when its own longest word needs it (words are not broken
 * while anything else can give), up to 40% of the area.
 */
function fitSatellites(items: MapItem[], ctx: DiagramContext, a: Attempt, shareWidth: number, areaWidth: number, allowCut: boolean): PlacedText[] | null {
  const s = ctx.metrics.style('node');
  const labels: PlacedText[] = [];
  for (const item of items) {
    const style = { ...s, size: a.size };
    const widestWord = Math.max(...splitWords(item.label).map((w) => ctx.text.measurer.wordWidth(w, style)));
    // once cutting is allowed, long words no longer widen cards: they are broken or cut instead
    const maxWidth = allowCut ? Math.max(shareWidth, areaWidth * 0.22) : Math.max(shareWidth, Math.min(widestWord, areaWidth * 0.4));
    const t = ctx.text.block({ role: 'node', text: item.label, field: `${item.field}.label`, style, lineHeightRatio: s.lineHeight, maxWidth, maxLines: a.maxLines, minSize: allowCut ? ctx.metrics.minFont : a.size, align: 'middle', x: 0, top: 0 });
    if (t.truncated && !allowCut) return null;
    labels.push(t);
  }
  // one type size for every satellite: a label that had to shrink pulls the others down with it
  const smallest = Math.min(...labels.map((l) => l.style.size));
  if (labels.some((l) => l.style.size !== smallest)) return fitSatellites(items, ctx, { ...a, size: smallest }, shareWidth, areaWidth, allowCut);
  return labels;
}

function centered(ctx: DiagramContext, t: PlacedText, box: Box): PlacedText {
  return ctx.text.moveTo(t, box.x + box.width / 2, box.y + box.height / 2 - TextEngine.height(t) / 2);
}

/** True when the circle (centre c, radius r) reaches into the box. */
function circleNearBox(c: { x: number; y: number }, r: number, b: Box): boolean {
  const dx = Math.max(b.x - c.x, 0, c.x - (b.x + b.width));
  const dy = Math.max(b.y - c.y, 0, c.y - (b.y + b.height));
  return Math.hypot(dx, dy) < r;
}

const reject = (why: string): null => rejected('strategy-map', why);

/** Fitted labels depend on the text settings only, not on the geometry: fit once per key. */
type LabelCache = Map<string, { labels: PlacedText[] | null; hub: ReturnType<typeof fitHub> }>;

function tryAttempt(model: StrategyMapModel, ctx: DiagramContext, frame: Frame, a: Attempt, allowCut: boolean, forced: boolean, cache: LabelCache): DiagramLayout | null {
  const { metrics: m, theme } = ctx;
  const area = frame.area;
  const pad = theme.spacing.padding * m.unit * (a.compact ? 0.6 : 1);
  const key = `${a.size}|${a.maxLines}|${a.widthShare}|${a.compact}|${a.hubShare}|${allowCut}`;
  let fitted = cache.get(key);
  if (!fitted) cache.set(key, (fitted = { labels: fitSatellites(model.satellites, ctx, a, area.width * a.widthShare - 2 * pad, area.width, allowCut), hub: fitHub(model, ctx, area, a.size, a.hubShare) }));
  const { hub } = fitted;
  let labels = fitted.labels;
  if (!labels) return reject('labels');
  if (!a.compact) {
    // uniform cards are as wide as the widest label: re-wrap the others to that width (fewer lines)
    const textWidth = Math.max(...labels.map((l) => TextEngine.width(l)));
    labels = fitSatellites(model.satellites, ctx, a, textWidth, 0, allowCut) ?? labels;
  }
  const widths = labels.map((l) => TextEngine.width(l) + 2 * pad);
  const w = a.compact ? widths.reduce((x, y) => x + y, 0) / widths.length : Math.max(...widths);
  const h = Math.max(...labels.map((l) => TextEngine.height(l))) + 2 * pad * 0.85;
  if (hub.label.truncated && !allowCut) return reject('hub label');
  const n = model.satellites.length;
  const gap = (a.compact ? 10 : 16) * m.unit;
  const g = a.geometry;
  const placed = g.kind === 'line' ? fitLine(n, area, hub, w, h) : g.kind === 'even' ? fitEven(n, area, w, h, gap, g.exponent, a.compact ? widths : undefined) : g.kind === 'sides' ? fitSides(n, area, w, h) : fitRing(unitPositions(n, g.exponent), area, w, h);
  if (!placed) return null;
  const hubBox = boxAround(placed.hub, hub.w, hub.h);
  // compact cards keep their own width, nudged back inside the area where wider than the average
  const boxes = placed.centers.map((c, i) => {
    const wi = a.compact ? widths[i]! : w;
    const x = Math.min(Math.max(c.x, area.x + wi / 2), area.x + area.width - wi / 2);
    return boxAround({ x, y: c.y }, wi, h);
  });
  for (let i = 0; i < boxes.length; i++) {
    if (hub.circle ? circleNearBox(placed.hub, hub.w / 2 + gap, boxes[i]!) : overlaps(inflate(boxes[i]!, gap / 2), inflate(hubBox, gap / 2))) return reject('hub overlap');
    for (let j = i + 1; j < boxes.length; j++) if (overlaps(inflate(boxes[i]!, gap / 2), inflate(boxes[j]!, gap / 2))) return reject('satellite overlap');
  }
  const nodes: LayoutNode[] = [
    { id: model.hub.id, role: 'hub', shape: hub.circle ? 'circle' : 'rect', box: hubBox, label: centered(ctx, hub.label, hubBox) },
    ...model.satellites.map((s, i): LayoutNode => ({ id: s.id, role: 'node', shape: 'rect', box: boxes[i]!, label: centered(ctx, labels[i]!, boxes[i]!), ...(s.emphasis ? { emphasis: true } : {}) })),
  ];
  const routed = routeEdges(model, nodes, frame, ctx, forced);
  if (!routed) return reject('edges');
  return {
    ...layoutCanvas('strategy-map', m),
    nodes,
    edges: routed.edges,
    texts: frame.texts,
    panels: frame.panels,
    warnings: [...routed.warnings],
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
  const frame = ctx.frame === 'none' ? emptyFrame(m) : layoutFrame({ ...(model.title ? { title: model.title } : {}), ...(model.thesis ? { thesis: model.thesis } : {}), ...(model.caption ? { caption: model.caption } : {}), brand: ctx.theme.wordmark }, m, ctx.text, ctx.theme);
  const all = attempts(model.satellites.length, ctx, frame.area.width >= frame.area.height);
  // strict first; then labels may be cut with an ellipsis; last, edges may be imperfect (with warnings)
  const cache: LabelCache = new Map();
  for (const [allowCut, forced] of [[false, false], [true, false], [true, true]] as const) {
    for (const a of all) {
      const layout = tryAttempt(model, ctx, frame, a, allowCut, forced, cache);
      if (layout) return layout;
    }
  }
  throw new Error('the strategy map does not fit this canvas; try a larger --size');
}

