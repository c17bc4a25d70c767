import type { DiagramLayout } from '../../layout/types.js';
import type { Placement } from './placement.js';
import { boxGap } from './spread.js';
import { splitAtSyllable } from '../../text/whole.js';

/** The hub is drawn as a circle (a node), not as bare words nor left out. */
export function hasHubCircle(l: DiagramLayout): boolean {
  return l.nodes.some((n) => n.role === 'hub');
}

/**
 * How well a valid layout reads, for choosing among settings at one text size (higher is
 * better): a hub circle over bare hub text, notes shown, arcs long enough to read as arrows,
 * room between neighbouring steps, a ring that looks like a wheel, fewer lines per label.
 */
export function readability(l: DiagramLayout, p: Placement, unit: number): number {
  const hub = hasHubCircle(l) ? 3 : 0;
  const arcs = l.edges.map((e) => {
    let len = 0;
    for (let i = 1; i < e.samples.length; i++) len += Math.hypot(e.samples[i]!.x - e.samples[i - 1]!.x, e.samples[i]!.y - e.samples[i - 1]!.y);
    return len;
  });
  const shortest = Math.min(...arcs) / unit;
  return combine(hub, Math.min(shortest / 60, 1), p, unit);
}

/**
 * The most `readability` can give a placement once it is completed: a hub circle and arcs long
 * enough (the two terms only completion knows) at their best. Never below the real score, so a
 * search may skip completing placements whose bound is under the best score so far.
 */
export function readabilityBound(p: Placement, unit: number): number {
  return combine(3, 1, p, unit);
}

/** The score from its terms, summed in one order for both functions (so the bound is exact). */
function combine(hub: number, arcs: number, p: Placement, unit: number): number {
  const notes = p.nodes.filter((n) => n.note).length;
  const n = p.nodes.length;
  const gaps = p.nodes.map((nd, i) => boxGap(nd.box, p.nodes[(i + 1) % n]!.box) / unit);
  const lines = Math.max(...p.nodes.map((nd) => nd.label.lines.length));
  return hub + 2 * notes + 2 * arcs + Math.min(Math.min(...gaps) / 32, 1) - Math.max(0, p.stretch - 1.9) - 0.3 * (lines - 1);
}

/** Step labels with a word split at a syllable. */
export function hyphenatedSteps(l: DiagramLayout): number {
  return l.nodes.filter((n) => n.role === 'step' && splitAtSyllable(n.label)).length;
}
