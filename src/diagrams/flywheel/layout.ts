import { layoutCanvas } from '../../layout/metrics.js';
import { emptyFrame, layoutFrame, type Frame } from '../../layout/frame.js';
import { layoutProblems } from '../../layout/invariants.js';
import type { ArrowStyle } from '../../layout/route.js';
import type { DiagramLayout, LayoutEdge, Warning } from '../../layout/types.js';
import type { DiagramContext } from '../types.js';
import { placeCards } from './cards.js';
import { placeDots } from './dots.js';
import { placeTrack } from './track.js';
import { placeHub } from './hub.js';
import type { FlywheelModel } from './model.js';
import type { Placement } from './placement.js';
import { hasHubCircle, hyphenatedSteps, readability, readabilityBound } from './score.js';
import { Tried } from './tried.js';
import { lastResort, settings, type Setting } from './settings.js';
import { rejected } from '../../layout/reject.js';

const debug = (why: string): null => rejected('flywheel', why);

export function arcArrow(ctx: DiagramContext): ArrowStyle {
  const { arrow } = ctx.theme;
  const u = ctx.metrics.unit;
  return { length: arrow.length * u, width: arrow.width * u, setback: arrow.setback * u };
}

/** Arcs between consecutive steps (the last feeding the first), then the hub, then every invariant. */
function complete(model: FlywheelModel, ctx: DiagramContext, frame: Frame, p: Placement, tried?: Tried, offCentre = false): DiagramLayout | null {
  const u = ctx.metrics.unit;
  const arrow = arcArrow(ctx);
  const n = p.nodes.length;
  const edges: LayoutEdge[] = [];
  for (let i = 0; i < n; i++) {
    const e = p.arc(i, arrow);
    if (!e) return debug(`${p.mode}: no loop between steps ${i + 1} and ${((i + 1) % n) + 1}`);
    if (e.visible < arrow.length + 16 * u) return debug(`${p.mode}: arc ${i + 1} too short (${e.visible.toFixed(0)}px)`);
    // arcs keep clear of every number badge, not only of its digits
    const touches = p.nodes.some((nd) => nd.badge && e.edge.samples.some((s) => Math.hypot(s.x - nd.badge!.center.x, s.y - nd.badge!.center.y) < nd.badge!.radius + 4 * u));
    if (touches) return debug(`${p.mode}: arc ${i + 1} touches a badge`);
    edges.push(e.edge);
  }
  const boxes = [...p.nodes.map((nd) => nd.box), ...p.texts.map((t) => t.box)];
  // a track has room to spare: its hub is the circle or nothing (the ring tries next)
  const hub = placeHub(model.hub, ctx, p.centre, edges.flatMap((e) => e.samples), boxes, { circleOnly: p.mode === 'track', offCentre, ...(tried ? { memo: tried.memo } : {}) });
  if (!hub) return debug(`${p.mode}: no room for the hub`);
  const m = ctx.metrics;
  const nodes = hub.node ? [hub.node, ...p.nodes] : p.nodes;
  const texts = [...frame.texts, ...(hub.text ? [hub.text] : []), ...p.texts];
  const dropped: Warning[] = p.nodes.flatMap((nd, i) => (model.steps[i]!.note && !nd.note ? [{ field: `${model.steps[i]!.field}.note`, message: 'note left out: no room for it on this canvas' }] : []));
  const layout: DiagramLayout = {
    ...layoutCanvas('flywheel', m),
    nodes,
    edges,
    texts,
    panels: frame.panels,
    warnings: [...dropped],
  };
  const problems = layoutProblems(layout);
  return problems.length ? debug(`${p.mode}: ${problems[0]}`) : layout;
}

/** One setting, placed and completed, with its readability score; null when it breaks an invariant. */
export function attempt(model: FlywheelModel, ctx: DiagramContext, frame: Frame, s: Setting, allowCut: boolean, tried?: Tried): { layout: DiagramLayout; score: number } | null {
  const p = placeSetting(model, ctx, frame, s, allowCut, tried);
  const layout = p && complete(model, ctx, frame, p, tried);
  return layout ? { layout, score: readability(layout, p!, ctx.metrics.unit) } : null;
}

export function placeSetting(model: FlywheelModel, ctx: DiagramContext, frame: Frame, s: Setting, allowCut: boolean, tried?: Tried): Placement | null {
  return s.mode === 'cards' ? placeCards(model, ctx, frame.area, s, allowCut, tried) : s.mode === 'track' ? placeTrack(model, ctx, frame.area, s, allowCut, tried) : placeDots(model, ctx, frame.area, s, allowCut, tried);
}

/**
 * The best-scoring valid layout of a group (the earliest on a tie), as if every setting were
 * placed, completed and scored in order. Completing (arcs, hub, invariants) is the dearer half,
 * so placements are completed best bound first and the rest skipped once no bound can beat the
 * best score: the 6-step flywheel without hub text completed 10 placements for 1.
 */
function bestOfGroup(model: FlywheelModel, ctx: DiagramContext, frame: Frame, group: Setting[], cut: boolean, tried: Tried, offCentre = false): { layout: DiagramLayout; score: number; s: Setting } | null {
  const unit = ctx.metrics.unit;
  const placed = group.flatMap((s, index) => {
    const p = placeSetting(model, ctx, frame, s, cut, tried);
    return p ? [{ s, index, p, bound: readabilityBound(p, unit) }] : [];
  });
  placed.sort((a, b) => b.bound - a.bound || a.index - b.index);
  let best: { layout: DiagramLayout; score: number; s: Setting; index: number } | null = null;
  for (const c of placed) {
    if (best && c.bound < best.score) break; // sorted: no later bound is higher
    if (best && c.bound === best.score && c.index > best.index) continue; // at best a tie, which the earlier one wins
    const layout = complete(model, ctx, frame, c.p, tried, offCentre);
    if (!layout) continue;
    const score = readability(layout, c.p, unit);
    if (!best || score > best.score || (score === best.score && c.index < best.index)) best = { layout, score, s: c.s, index: c.index };
  }
  return best;
}

/** Settings grouped into runs of one mode and text size, in the order given. */
function groups(all: Setting[]): Setting[][] {
  const out: Setting[][] = [];
  for (const s of all) {
    const last = out[out.length - 1];
    const head = last?.[0];
    const sameTrack = head?.mode !== 'track' || s.mode !== 'track' || !head.column === !s.column;
    if (head && head.mode === s.mode && head.size === s.size && sameTrack && (head.mode === 'dots' || s.mode === 'dots' || head.notes === s.notes)) last.push(s);
    else out.push([s]);
  }
  return out;
}

/** Settings groups (type sizes) a flywheel may step down to keep its hub a circle rather than bare words. */
const HUB_CIRCLE_STEPS = 2;

/**
 * Steps around a ring fitted to the canvas, step 1 at 12 o'clock, clockwise, an arc from each
 * step to the next, the hub in the middle and the title above. Settings come best first in
 * groups of one mode and size (see settings.ts); the first group with a layout that holds
 * every invariant wins, and within it the layout that reads best (score.ts).
 */
export function layoutFlywheel(model: FlywheelModel, ctx: DiagramContext): DiagramLayout {
  // a composition (the hero) that draws its own title and wordmark asks for the bare diagram
  const frame = ctx.frame === 'none' ? emptyFrame(ctx.metrics) : layoutFrame({ ...(model.title ? { title: model.title } : {}), brand: ctx.theme.wordmark }, ctx.metrics, ctx.text, ctx.theme);
  const tried = new Tried();
  const bestOf = (group: Setting[], cut: boolean) => bestOfGroup(model, ctx, frame, group, cut, tried);
  for (const [cut, list] of [[false, settings(model, ctx, frame.area)], [true, lastResort(ctx)]] as const) {
    const all = groups(list);
    for (const [gi, group] of all.entries()) {
      const best = bestOf(group, cut);
      if (!best) continue;
      // two columns that split words at syllables give way to one column that shows them whole
      const split = best.s.mode === 'track' && !best.s.column ? hyphenatedSteps(best.layout) : 0;
      if (split) {
        for (const later of all.slice(gi + 1).filter((g) => g[0]!.mode === 'track' && g[0]!.column)) {
          const one = bestOf(later, cut);
          if (!one) continue;
          if (hyphenatedSteps(one.layout) < split) return one.layout;
          break;
        }
      }
      // one look at every size: a hub set as bare words gives way to a hub circle one or two type steps
      // smaller (that leaves out nothing more)
      if (model.hub && !hasHubCircle(best.layout)) {
        for (const later of all.slice(gi + 1, gi + 1 + HUB_CIRCLE_STEPS).filter((g) => g[0]!.mode === best.s.mode)) {
          const circled = bestOf(later, cut);
          if (circled && hasHubCircle(circled.layout) && circled.layout.warnings.length <= best.layout.warnings.length) return circled.layout;
        }
        // no circle at the ring's centre at those sizes either: this group again, the circle free to move up
        // or down to where the cards leave it room (a fresh Tried: the first one skips settings it has seen)
        const moved = bestOfGroup(model, ctx, frame, group, cut, new Tried(), true);
        if (moved && hasHubCircle(moved.layout) && moved.layout.warnings.length <= best.layout.warnings.length) return moved.layout;
      }
      return best.layout;
    }
  }
  throw new Error('the flywheel does not fit this canvas; try a larger --size');
}
