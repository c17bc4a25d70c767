import { layoutCanvas } from '../../layout/metrics.js';
import { boxAround, contains, inflate, overlaps, type Box } from '../../layout/box.js';
import { emptyFrame, layoutFrame, type Frame } from '../../layout/frame.js';
import type { DiagramLayout, LayoutNode, Warning } from '../../layout/types.js';
import { TextEngine } from '../../text/engine.js';
import type { PlacedText } from '../../text/place.js';
import { splitAtSyllable } from '../../text/whole.js';
import { splitWords } from '../../text/measure.js';
import type { DiagramContext } from '../types.js';
import { routeEdges, type Routing } from './edges.js';
import { placeEdgeLabels, type LegendEntry, type TextCache } from './edge-labels.js';
import { legendWarnings } from './legend.js';
import { WorkBudget, type StepMemo } from '../../layout/budget.js';
import type { MapItem, StrategyMapModel } from './model.js';
import { centred, fitEvenIn, fitGrid, fitLine, fitSides, fitRing, unitPositions, type Geometry, type RingCache } from './placement.js';
import { rejected } from '../../layout/reject.js';
import { degrade, legendBand, placementKey, type DegradeMemo, type Outcome } from './degrade.js';
import type { Attempt } from './attempt.js';
import { ROOMY_PAD, roomyAttempts } from './roomy.js';
import { neighbourOrder } from './order.js';

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

/**
 * Widest a hub label may grow before it is cut (`widen`), as a share of the area's width, and its
 * most lines; only on maps of up to `maxCards` cards (more need the room round the hub).
 */
const HUB_WHOLE = { share: 0.5, maxLines: 4, maxCards: 8 };

/**
 * The hub's label and its shape. With `widen`, a label that would be cut with an ellipsis gets
 * more width (up to HUB_WHOLE.share of the area) and more lines (up to HUB_WHOLE.maxLines): the
 * first that shows it whole, fewest lines first, then the narrowest. The map's centre is its
 * point, and a few cards leave room for a larger hub where a cut one says little
 * ("Unternehmensres…").
 */
function fitHub(model: StrategyMapModel, ctx: DiagramContext, area: Box, nodeSize: number, share: number, allowCircle = true, widen = false): { label: PlacedText; w: number; h: number; circle: boolean } {
  const { metrics: m, text } = ctx;
  const s = m.style('hub');
  // the hub leads the satellites by one step of the type scale, shrinks with them, and is never smaller
  const style = { ...s, size: Math.max(m.minFont, nodeSize, Math.min(s.size, nodeSize * 1.25)) };
  const maxWidth = Math.min(area.width * share, 300 * m.unit);
  const maxLines = share < 0.3 ? 4 : 2;
  const fit = (width: number, lines: number) => text.block({ role: 'hub', text: model.hub.label, field: `${model.hub.field}.label`, style, lineHeightRatio: s.lineHeight, maxWidth: width, maxLines: lines, minSize: Math.min(nodeSize, style.size), align: 'middle', x: 0, top: 0 });
  let label = fit(maxWidth, maxLines);
  if (label.truncated && widen) {
    const widest = Math.max(maxWidth, area.width * HUB_WHOLE.share);
    // fewest lines first (a long word whole on a wider line rather than split into syllables), then the narrowest
    const tries: [number, number][] = [];
    for (let lines = maxLines; lines <= Math.max(maxLines, HUB_WHOLE.maxLines); lines++) for (const width of [maxWidth, (maxWidth + widest) / 2, widest]) if (width > maxWidth || lines > maxLines) tries.push([width, lines]);
    for (const [width, lines] of tries) {
      const t = fit(width, lines);
      if (!t.truncated) {
        label = t;
        break;
      }
    }
  }
  const tw = TextEngine.width(label);
  const th = TextEngine.height(label);
  const pad = ctx.theme.spacing.padding * m.unit;
  const r = Math.max(Math.hypot(tw / 2, th / 2) + pad * 0.75, 52 * m.unit);
  if (allowCircle && 2 * r <= area.height * 0.46) return { label, w: 2 * r, h: 2 * r, circle: true };
  return { label, w: tw + 2 * pad * 1.5, h: th + 2 * pad, circle: false };
}

/**
 * Fits every satellite label at one size; null when one would need an ellipsis. A label may
 * be wider than the attempt's share when its own longest word needs it (words are not broken
 * while anything else can give), up to 40% of the area.
 */
function fitSatellites(items: MapItem[], ctx: DiagramContext, a: Attempt, shareWidth: number, areaWidth: number, allowCut: boolean, budget?: WorkBudget): PlacedText[] | null {
  const s = ctx.metrics.style('node');
  const labels: PlacedText[] = [];
  for (const item of items) {
    // fitting text is the search's main cost: charged by the characters fitted
    budget?.spend(item.label.length / 120);
    const style = { ...s, size: a.size };
    const widestWord = Math.max(...splitWords(item.label).map((w) => ctx.text.measurer.wordWidth(w, style)));
    // once cutting is allowed, long words no longer widen cards: they are broken or cut instead
    const maxWidth = a.exactWidth ? shareWidth : allowCut ? Math.max(shareWidth, areaWidth * 0.22) : Math.max(shareWidth, Math.min(widestWord, areaWidth * 0.4));
    const t = ctx.text.block({ role: 'node', text: item.label, field: `${item.field}.label`, style, lineHeightRatio: s.lineHeight, maxWidth, maxLines: a.maxLines, minSize: allowCut ? ctx.metrics.minFont : a.size, align: 'middle', x: 0, top: 0 });
    if (t.truncated && !allowCut) return null;
    labels.push(t);
  }
  // one type size for every satellite: a label that had to shrink pulls the others down with it
  const smallest = Math.min(...labels.map((l) => l.style.size));
  if (labels.some((l) => l.style.size !== smallest)) return fitSatellites(items, ctx, { ...a, size: smallest }, shareWidth, areaWidth, allowCut, budget);
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
interface LabelCache {
  bySettings: Map<string, { labels: PlacedText[] | null; uniform?: PlacedText[]; hub: ReturnType<typeof fitHub> }>;
  /**
   * fitSatellites by its arguments, with the work it spent: settings that differ only in the hub
   * (its share, its shape, a widened hub) fit the same cards. A repeat spends the same work again.
   */
  satellites: StepMemo<PlacedText[] | null>;
}

/** fitSatellites through the cache (same arguments, same labels; the work replayed). */
function satellitesOnce(items: MapItem[], ctx: DiagramContext, a: Attempt, shareWidth: number, areaWidth: number, allowCut: boolean, cache: LabelCache, budget: WorkBudget): PlacedText[] | null {
  const key = `${a.size}|${a.maxLines}|${a.exactWidth === true}|${allowCut}|${shareWidth}|${areaWidth}`;
  return budget.once(cache.satellites, key, () => fitSatellites(items, ctx, a, shareWidth, areaWidth, allowCut, budget));
}

function placeNodes(model: StrategyMapModel, ctx: DiagramContext, area: Box, a: Attempt, allowCut: boolean, cache: LabelCache, rings: RingCache, budget: WorkBudget): LayoutNode[] | null {
  const { metrics: m, theme } = ctx;
  const pad = theme.spacing.padding * m.unit * (a.compact || a.exactWidth ? ROOMY_PAD : 1);
  const key = `${a.size}|${a.maxLines}|${a.widthShare}|${a.compact}|${a.hubShare}|${a.exactWidth === true}|${a.rectHub === true}|${a.hubWide === true}|${allowCut}|${area.width}|${area.height}`;
  let fitted = cache.bySettings.get(key);
  // fitting text is the costly step; a cached fit and a placement are cheap
  if (!fitted) {
    budget.spend(0.5);
    cache.bySettings.set(key, (fitted = { labels: satellitesOnce(model.satellites, ctx, a, area.width * a.widthShare - 2 * pad, area.width, allowCut, cache, budget), hub: fitHub(model, ctx, area, a.size, a.hubShare, !a.rectHub, model.satellites.length <= HUB_WHOLE.maxCards && (!a.exactWidth || a.hubWide === true)) }));
  } else budget.spend(0.1);
  const { hub } = fitted;
  let labels = fitted.labels;
  if (!labels) return reject('labels');
  if (!a.compact) {
    // uniform cards are as wide as the widest label: re-wrap the others to that width (fewer lines)
    fitted.uniform ??= satellitesOnce(model.satellites, ctx, a, Math.max(...labels.map((l) => TextEngine.width(l))), 0, allowCut, cache, budget) ?? labels;
    labels = fitted.uniform;
  }
  const widths = labels.map((l) => TextEngine.width(l) + 2 * pad);
  const w = a.compact ? widths.reduce((x, y) => x + y, 0) / widths.length : Math.max(...widths);
  const h = Math.max(...labels.map((l) => TextEngine.height(l))) + 2 * pad * 0.85;
  if (hub.label.truncated && !allowCut) return reject('hub label');
  const n = model.satellites.length;
  const gap = (a.compact ? 10 : 16) * m.unit;
  const g = a.geometry;
  const placed = g.kind === 'line' ? fitLine(n, area, hub, w, h) : g.kind === 'even' ? evenCentred(rings, n, area, w, h, gap, g.exponent, a.compact ? widths : undefined, a.rectHub ? undefined : hub, hub) : g.kind === 'sides' ? fitSides(n, area, w, h) : fitRing(unitPositions(n, g.exponent), area, w, h);
  budget.spend(0.2);
  if (!placed) return null;
  const hubBox = boxAround(placed.hub, hub.w, hub.h);
  // compact cards keep their own width, nudged back inside the area where wider than the average
  const boxes = placed.centers.map((c, i) => {
    const wi = a.compact ? widths[i]! : w;
    const x = Math.min(Math.max(c.x, area.x + wi / 2), area.x + area.width - wi / 2);
    return boxAround({ x, y: c.y }, wi, h);
  });
  if (!contains(area, hubBox, 0.5) || boxes.some((b) => !contains(area, b, 0.5))) return reject('outside the area');
  // each card grown by half the gap once, not once per pair
  const grown = boxes.map((b) => inflate(b, gap / 2));
  const hubGrown = inflate(hubBox, gap / 2);
  for (let i = 0; i < boxes.length; i++) {
    if (hub.circle ? circleNearBox(placed.hub, hub.w / 2 + gap, boxes[i]!) : overlaps(grown[i]!, hubGrown)) return reject('hub overlap');
    for (let j = i + 1; j < boxes.length; j++) if (overlaps(grown[i]!, grown[j]!)) return reject('satellite overlap');
  }
  return [
    { id: model.hub.id, role: 'hub', shape: hub.circle ? 'circle' : 'rect', box: hubBox, label: centered(ctx, hub.label, hubBox) },
    ...model.satellites.map((s, i): LayoutNode => ({ id: s.id, role: 'node', shape: 'rect', box: boxes[i]!, label: centered(ctx, labels[i]!, boxes[i]!), ...(s.emphasis ? { emphasis: true } : {}) })),
  ];
}

/** An even ring (fitEven), the drawing then centred in its area (centred). */
function evenCentred(rings: RingCache, n: number, area: Box, w: number, h: number, gap: number, exponent: number, widths: number[] | undefined, avoid: { w: number; h: number } | undefined, hub: { w: number; h: number }) {
  const placed = fitEvenIn(rings, n, area, w, h, gap, exponent, widths, false, avoid);
  return placed && centred(placed, widths ?? placed.centers.map(() => w), h, area, hub);
}

/** The grid fallback's nodes: every card sized to its cell, text at the largest size that fits, cut with an ellipsis beyond. */
function gridNodes(model: StrategyMapModel, ctx: DiagramContext, area: Box): LayoutNode[] {
  const { metrics: m, theme } = ctx;
  const g = fitGrid(model.satellites.length, area);
  const pad = Math.min(theme.spacing.padding * m.unit * 0.5, g.cell.height * 0.12);
  const w = g.cell.width * 0.78;
  const maxH = g.cell.height * 0.62;
  const s = m.style('node');
  const card = (role: 'hub' | 'node', text: string, field: string) => {
    const style = role === 'hub' ? m.style('hub') : s;
    // two lines where the cell allows, else one line at the floor size
    let size = Math.max(m.minFont, Math.min(style.size, s.size, (maxH - 2 * pad) / (2 * s.lineHeight)));
    let lines = Math.floor((maxH - 2 * pad) / (size * s.lineHeight));
    if (lines < 1) [size, lines] = [m.minFont, 1];
    return ctx.text.block({ role, text, field, style: { ...style, size }, lineHeightRatio: s.lineHeight, maxWidth: w - 2 * pad, maxLines: Math.min(lines, 4), minSize: m.minFont, align: 'middle', x: 0, top: 0 });
  };
  const hubText = card('hub', model.hub.label, `${model.hub.field}.label`);
  const texts = model.satellites.map((it) => card('node', it.label, `${it.field}.label`));
  const h = Math.min(maxH, Math.max(...[hubText, ...texts].map((t) => TextEngine.height(t))) + 2 * pad);
  const hubBox = boxAround(g.hub, w, h);
  return [
    { id: model.hub.id, role: 'hub', shape: 'rect', box: hubBox, label: centered(ctx, hubText, hubBox) },
    ...model.satellites.map((it, i): LayoutNode => {
      const box = boxAround(g.centers[i]!, w, h);
      return { id: it.id, role: 'node', shape: 'rect', box, label: centered(ctx, texts[i]!, box), ...(it.emphasis ? { emphasis: true } : {}) };
    }),
  ];
}

function finish(model: StrategyMapModel, ctx: DiagramContext, frame: Frame, o: Outcome): DiagramLayout {
  const warnings: Warning[] = o.entries.length ? legendWarnings(o.entries, o.legend?.dropped ?? o.entries) : [];
  return {
    ...layoutCanvas('strategy-map', ctx.metrics),
    nodes: o.nodes,
    edges: o.edges.map((e) => e.edge),
    texts: [...frame.texts, ...(o.legend?.texts ?? [])],
    panels: frame.panels,
    warnings,
  };
}

/** A node placement that fit, and the settings it came from. */
interface Fit {
  index: number;
  allowCut: boolean;
  nodes: LayoutNode[];
  /** the settings the fit came from, or for settings sized to the room, how to size them again for a smaller area */
  settings: Attempt[] | ((area: Box) => Attempt[]);
}

/**
 * When the legend finds no free corner: keep a band for it under the map and lay the nodes out
 * again above it, with the same settings or the next smaller ones (a small extra budget).
 */
function withLegendBand(model: StrategyMapModel, ctx: DiagramContext, frame: Frame, fit: Fit, entries: LegendEntry[], s: Search): Outcome | null {
  const extra = new WorkBudget(80);
  let best: Outcome | null = null;
  // the layout above the band may need a different legend: size the band again for it, once
  for (let round = 0; round < 2 && (!best || best.dropped > 0); round++) {
    const { band, rest } = legendBand(best?.entries ?? entries, ctx, frame.area, s.texts);
    const all = typeof fit.settings === 'function' ? fit.settings(rest) : fit.settings;
    for (let i = typeof fit.settings === 'function' ? 0 : fit.index; i < all.length && !extra.exhausted; i++) {
      const nodes = placeNodes(model, ctx, rest, all[i]!, fit.allowCut, s.cache, s.rings, extra);
      if (!nodes) continue;
      const o = degrade(model, ctx, { ...frame, area: rest }, nodes, s.budget, s.texts, band, s.degraded);
      if (!best || o.cost < best.cost) best = o;
      break;
    }
  }
  return best;
}

/** The grid, with a band at the bottom of the area kept for the legend when the first try needed one. */
function gridOutcome(model: StrategyMapModel, ctx: DiagramContext, frame: Frame, budget: WorkBudget, texts: TextCache): Outcome {
  const first = degrade(model, ctx, frame, gridNodes(model, ctx, frame.area), budget, texts);
  if (!first.entries.length || (first.legend && !first.legend.dropped.length)) return first;
  const { band, rest } = legendBand(first.entries, ctx, frame.area, texts);
  return degrade(model, ctx, { ...frame, area: rest }, gridNodes(model, ctx, rest), budget, texts, band);
}

interface Search {
  budget: WorkBudget;
  texts: TextCache;
  cache: LabelCache;
  rings: RingCache;
  degraded: DegradeMemo;
}

/** Work units one layout may spend (text fitted for a setting = 1, a placement = 0.2–0.3, an edge route tried = 0.05): the worst valid map stays well under a second (320 took 1.3 s of CPU once hyphenation and grapheme clusters joined the text engine). */
const WORK_LIMIT = 200;

/**
 * Hub in the centre, satellites around it on a ring fitted to the canvas (first at 12
 * o'clock), one or two satellites on a line. Tries settings from the largest text down and
 * keeps the first that has no overlap, routes every edge clear and finds each edge label a
 * clean place beside its edge. A crowded map then gets cards sized to the room (roomy.ts:
 * taller, more lines, smaller type) before the usual settings cut labels with an ellipsis (and a
 * warning). When no setting works within the work budget it degrades rather than fails: the
 * best settings found (or a grid, which always fits) with labels that found no place shown as
 * numbered markers and a legend, each step with a warning. A map that still gives something up
 * is laid out once more with the cards its edges join side by side (order.ts), and the one that
 * gives up less is kept: reading order is a preference, an edge on the map is content.
 */
export function layoutStrategyMap(model: StrategyMapModel, ctx: DiagramContext): DiagramLayout {
  // rings depend on the card sizes, not on their order: both searches share them
  const rings: RingCache = new Map();
  const first = layoutInOrder(model, ctx, rings);
  if (!losses(first)) return first;
  // an edge that found no clean place (legend, marker, left out): the cards it joins, side by side on
  // the ring, may do better; labels cut (to make room for the edges, often): any edge may be the cause
  const cut = first.nodes.some((n) => n.label.truncated);
  const reordered = neighbourOrder(model, cut ? new Set(model.edges.keys()) : lostEdges(first));
  if (!reordered) return first;
  // a second search with a budget of its own: only maps that gave something up pay for it
  const second = layoutInOrder(reordered, ctx, rings);
  return losses(second) < losses(first) ? second : first;
}

/** Indexes of the model's edges a layout moved to the legend or left out (their warnings name them). */
function lostEdges(l: DiagramLayout): Set<number> {
  const out = new Set<number>();
  for (const w of l.warnings) {
    const m = /^strategyMap\.edges\[(\d+)\]/u.exec(w.field);
    if (m) out.add(Number(m[1]));
  }
  return out;
}

/** What a map gave up: edges moved to the legend or left out, labels cut. */
function losses(l: DiagramLayout): number {
  return l.warnings.length + l.nodes.filter((n) => n.label.truncated).length;
}

/** Work units the search for a map with whole words may spend after the cutting pass split one (wholeWords). */
const WHOLE_WORDS_WORK = 40;

/** The map with its satellites on the ring in the model's order (see layoutStrategyMap). */
function layoutInOrder(model: StrategyMapModel, ctx: DiagramContext, rings: RingCache): DiagramLayout {
  const { metrics: m } = ctx;
  const frame = ctx.frame === 'none' ? emptyFrame(m) : layoutFrame({ ...(model.title ? { title: model.title } : {}), ...(model.thesis ? { thesis: model.thesis } : {}), ...(model.caption ? { caption: model.caption } : {}), brand: ctx.theme.wordmark }, m, ctx.text, ctx.theme);
  const all = attempts(model.satellites.length, ctx, frame.area.width >= frame.area.height);
  const cache: LabelCache = { bySettings: new Map(), satellites: new Map() };
  const budget = new WorkBudget(WORK_LIMIT);
  const texts: TextCache = new Map();
  // node placements that fit though their edges or labels did not, kept for degrading: 0 the first of
  // the usual settings (largest text), 1 their last with whole labels, 2 and 4+ the settings sized to
  // the room, 3 the last of the usual settings with cut labels
  const fitting: Fit[] = [];
  /**
   * Node placements whose edges or labels found no clean place, by their boxes, with the work the
   * routing spent. Settings that differ only where the cards do not show it (a hub share, a line
   * limit the labels never reach, a ring exponent) place the same boxes: about half of the placements
   * routed (Nintendo's map at 1080x1080: 108 of 243). Strict routing and labelling are a function of
   * the boxes (this search's model, frame and canvas are fixed), so a repeat fails again: it spends
   * the same work (the search stops where it did) without routing again.
   */
  const failed: StepMemo<Routing | null> = new Map();
  /** Lays the nodes out with one setting; the finished picture when every edge and label found a clean place. */
  const attempt = (settings: Fit['settings'], list: Attempt[], index: number, allowCut: boolean, slot: number, keep: 'first' | 'last', work = budget): DiagramLayout | null => {
    const nodes = placeNodes(model, ctx, frame.area, list[index]!, allowCut, cache, rings, work);
    if (!nodes) return null;
    // a clean routing ends the search, so only failures are ever met again
    const routing = work.once(failed, placementKey(nodes), () => {
      const r = routeEdges(model, nodes, frame, ctx, false, work);
      return r && placeEdgeLabels(model, r.edges, [], nodes, frame, ctx, false, work, texts) ? r : null;
    });
    if (routing) return finish(model, ctx, frame, { nodes, edges: routing.edges, entries: [], dropped: 0, cost: 0 });
    if (keep === 'last' || !fitting[slot]) fitting[slot] = { index, allowCut, nodes, settings };
    return null;
  };
  // cards sized to the room (taller, more lines, smaller type): tried after the usual settings, before any cut
  // card-to-card edges need lanes round the hub: a flat hub leaves more of the ring's middle free than a round one
  const rectHub = model.edges.filter((e) => e.from !== model.hub.id && e.to !== model.hub.id).length >= 2;
  // a hub that would be cut may widen here too (as in the usual settings)
  const wideHub = model.satellites.length <= HUB_WHOLE.maxCards;
  // by area: the legend band's searches (withLegendBand) ask again for the same area above the band,
  // once per kept placement and round (Nintendo's map at 1080x1080: 27 calls for 4 areas)
  const roomyByArea = new Map<string, ReturnType<typeof roomyAttempts>>();
  const roomyIn = (area: Box) => {
    const key = `${area.x}|${area.y}|${area.width}|${area.height}`;
    let found = roomyByArea.get(key);
    if (!found) roomyByArea.set(key, (found = roomyAttempts(model.satellites, ctx, area, (size, share, widen) => fitHub(model, ctx, area, size, share, !rectHub, widen), rectHub, rings, 3, wideHub)));
    return found;
  };
  const roomy = (area: Box) => roomyIn(area).attempts;
  // computed only once the first usual setting has failed: a tidy map is done before it is needed
  // (it was half the layout time of the Meta map), and it spends no work budget
  let room: ReturnType<typeof roomyAttempts> | undefined;
  const roomFor = () => (room ??= roomyIn(frame.area));
  // the usual settings, labels whole; the first placement found and the last are kept for degrading.
  // Labels that only fit when cut would spend the whole budget here: it gets half, and little when
  // even cards sized to the room are predicted to cut labels
  const strictShare = () => (roomFor().attempts.length && !roomFor().whole ? 0.15 : 0.5);
  for (const index of all.keys()) {
    if (index > 0 && budget.spent >= WORK_LIMIT * strictShare()) break;
    const done = attempt(all, all, index, false, fitting[0] ? 1 : 0, 'last');
    if (done) return done;
  }
  const sized = roomFor().attempts;
  for (const index of sized.keys()) {
    // each kept for degrading: a roomier card and an airier ring trade text for lanes between the cards
    const slot = index === 0 ? 2 : 3 + index;
    // where every card is predicted whole, a widened hub is tried with whole labels only (cutting cards to
    // keep the hub whole is no gain): the settings after it keep the usual hub
    const done = attempt(roomy, sized, index, false, slot, 'first') ?? (sized[index]!.hubWide && roomFor().whole ? null : attempt(roomy, sized, index, true, slot, 'first'));
    if (done) return done;
  }
  // the usual settings again, labels cut where needed
  for (const index of all.keys()) {
    if (budget.exhausted) break;
    const done = attempt(all, all, index, true, 3, 'last');
    if (done) return wholeWords(done) ?? done;
  }
  /**
   * A map the cutting pass drew by shrinking its labels and splitting a word at a syllable: the
   * usual settings at that smaller size, where a card may widen to its longest word (fitSatellites),
   * with a work budget of their own (the strict pass spent the shared one on larger sizes before it
   * got there). Doctolib's map at 1080×1350 drew "Télécon- / sultation" in cards a third as wide
   * as the canvas.
   */
  function wholeWords(cut: DiagramLayout): DiagramLayout | null {
    const satellites = cut.nodes.filter((n) => n.role !== 'hub');
    if (!satellites.some((n) => splitAtSyllable(n.label))) return null;
    const size = Math.min(...satellites.map((n) => n.label.style.size));
    const work = new WorkBudget(WHOLE_WORDS_WORK);
    // largest size first, and at each size the compact cards too (each as wide as its own label: the
    // long word widens only its own card, and the ring keeps room for its spokes)
    const smaller = [...all.keys()].filter((i) => all[i]!.size <= size + 0.01).sort((i, j) => all[j]!.size - all[i]!.size || i - j);
    for (const index of smaller) {
      if (work.exhausted) break;
      const whole = attempt(all, all, index, false, 1, 'first', work);
      if (whole && !whole.nodes.some((n) => splitAtSyllable(n.label))) return whole;
    }
    return null;
  }
  const outcomes: Outcome[] = [];
  const degraded: DegradeMemo = new Map();
  for (const fit of fitting) {
    if (!fit) continue;
    const o = degrade(model, ctx, frame, fit.nodes, budget, texts, undefined, degraded);
    outcomes.push(o);
    // a legend with no free corner: make room for it under the map
    if (o.dropped > 0) {
      const banded = withLegendBand(model, ctx, frame, fit, o.entries, { budget, texts, cache, rings, degraded });
      if (banded) outcomes.push(banded);
    }
  }
  // the grid only when nothing else kept its whole legend, and no cards sized to the room fit (those read better than a grid, always)
  if (!outcomes.some((o) => o.dropped === 0) && !fitting[2]) outcomes.push(gridOutcome(model, ctx, frame, budget, texts));
  const best = outcomes.reduce((a, b) => (b.cost < a.cost ? b : a));
  rejected('strategy-map', `degraded after ${budget.spent.toFixed(1)} work units; costs ${outcomes.map((o) => o.cost.toFixed(1)).join(', ')}`);
  return finish(model, ctx, frame, best);
}
