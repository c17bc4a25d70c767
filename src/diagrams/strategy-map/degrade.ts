import { inflate, type Box } from '../../layout/box.js';
import type { StepMemo, WorkBudget } from '../../layout/budget.js';
import type { Frame } from '../../layout/frame.js';
import type { LayoutNode } from '../../layout/types.js';
import type { DiagramContext } from '../types.js';
import { routeEdges, type RoutedEdge } from './edges.js';
import { occupiedBy, placeEdgeLabels, type LegendEntry, type TextCache } from './edge-labels.js';
import { buildLegend, legendInCorner, type Legend } from './legend.js';
import type { StrategyMapModel } from './model.js';

/**
 * A strategy map that gives something up: every edge that can be routed is drawn, labels that find
 * no clean place become numbered markers with a legend (in a free corner, or a band under the map),
 * and each outcome is costed so the search keeps the one that gives up least.
 */

/** One finished picture: nodes, routed edges (labels placed), the legend's texts, and what was given up. */
export interface Outcome {
  nodes: LayoutNode[];
  edges: RoutedEdge[];
  legend?: Legend;
  entries: LegendEntry[];
  /** legend entries left out for want of room */
  dropped: number;
  /** lower is better: an edge neither drawn nor in the legend weighs most, then node text cut away (textLost), edges only in the legend, labels left out, labels moved to the legend */
  cost: number;
}

/** Cost of the node text cut away: 25 for a whole label lost (the map's content), in proportion for a part. */
function textLost(nodes: LayoutNode[]): number {
  return nodes.reduce((sum, n) => sum + (n.label.truncated ? 25 * (1 - Math.min(1, n.label.lines.join(' ').replace(/…$/u, '').length / Math.max(1, n.label.text.length))) : 0), 0);
}

/** What degrade finds for the edges (routes, labels, markers, legend) and its cost without the node text lost. */
type EdgeOutcome = Omit<Outcome, 'nodes'>;

/** degrade's edge outcomes by the nodes' boxes, area and legend band, with the work each spent (one search's). */
export type DegradeMemo = StepMemo<EdgeOutcome>;

/**
 * Routes every edge it can and places labels, markers and a legend (in a free corner) on these
 * nodes. The edges' part depends on the nodes' boxes (not their text) and, through the budget, on
 * whether the search's work is spent: once it is, kept placements that put the same boxes in the
 * same area (a fifth of them and more on crowded maps) take it from `memo` and spend the same again.
 */
export function degrade(model: StrategyMapModel, ctx: DiagramContext, frame: Frame, nodes: LayoutNode[], budget: WorkBudget, texts: TextCache, legendBand?: Box, memo?: DegradeMemo): Outcome {
  const a = frame.area;
  const key = memo && budget.exhausted ? `${placementKey(nodes)}#${a.x} ${a.y} ${a.width} ${a.height}#${legendBand ? `${legendBand.x} ${legendBand.y} ${legendBand.width} ${legendBand.height}` : ''}` : undefined;
  const edges = () => degradeEdges(model, ctx, frame, nodes, budget, texts, legendBand);
  const part = key === undefined ? edges() : budget.once(memo!, key, edges);
  return { nodes, ...part, cost: part.cost + textLost(nodes) };
}

/** degrade's edges: routed, labelled, and the legend; cost without the node text lost. */
function degradeEdges(model: StrategyMapModel, ctx: DiagramContext, frame: Frame, nodes: LayoutNode[], budget: WorkBudget, texts: TextCache, legendBand?: Box): EdgeOutcome {
  const avoid = legendBand ? [legendBand] : [];
  const routing = routeEdges(model, nodes, frame, ctx, true, budget, avoid)!;
  const { legend: entries } = placeEdgeLabels(model, routing.edges, routing.unrouted, nodes, frame, ctx, true, budget, texts, avoid)!;
  let legend: Legend | undefined;
  if (entries.length && legendBand) legend = buildLegend(entries, ctx, legendBand.x, legendBand.y, legendBand.width, legendBand.height, texts);
  else if (entries.length) {
    const labelBoxes = routing.edges.flatMap((e) => (e.edge.labelBox ? [inflate(e.edge.labelBox, 2 * ctx.metrics.unit)] : []));
    legend = legendInCorner(entries, ctx, frame.area, occupiedBy(nodes, frame, routing.edges, ctx, labelBoxes), texts) ?? undefined;
  }
  const dropped = legend ? legend.dropped.length : entries.length;
  // an edge left off the map and out of the legend is lost; a drawn edge whose label is left out much less
  const droppedCost = (legend ? legend.dropped : entries).reduce((sum, e) => sum + (routing.unrouted.includes(e.index) ? 20 : 5), 0);
  // a marker whose entry found no room in the legend would be a number with no key: take it off its edge
  const keyless = new Set((legend ? legend.dropped : entries).filter((e) => e.marker !== undefined).map((e) => e.index));
  for (const e of routing.edges)
    if (keyless.has(e.index)) {
      delete e.edge.label;
      delete e.edge.labelBox;
    }
  return { edges: routing.edges, entries, ...(legend ? { legend } : {}), dropped, cost: routing.unrouted.length * 10 + droppedCost + entries.length };
}

/** A band at the bottom of `area` tall enough for these legend entries (at most 40% of it), and the area left above it. */
export function legendBand(entries: LegendEntry[], ctx: DiagramContext, area: Box, texts: TextCache): { band: Box; rest: Box } {
  const probe = buildLegend(entries, ctx, area.x, area.y, area.width, area.height * 0.4, texts);
  const gap = 8 * ctx.metrics.unit;
  return { band: { x: area.x, y: area.y + area.height - probe.box.height, width: area.width, height: probe.box.height + 0.5 }, rest: { ...area, height: area.height - probe.box.height - gap } };
}

/** What routing sees of a placement: each node's shape and box (in the model's order). */
export function placementKey(nodes: LayoutNode[]): string {
  return nodes.map((n) => `${n.shape} ${n.box.x} ${n.box.y} ${n.box.width} ${n.box.height}`).join('|');
}
