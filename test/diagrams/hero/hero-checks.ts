import { contains, overlaps, union, type Box } from '../../../src/layout/box.js';
import { canvasMetrics } from '../../../src/layout/metrics.js';
import type { HeroLayout } from '../../../src/diagrams/hero/layout.js';
import { heroStyles, titleLines } from '../../../src/diagrams/hero/styles.js';
import type { Theme } from '../../../src/theme/schema.js';
import { layoutProblems } from '../../helpers/invariants.js';

const FRAME_ROLES = ['kicker', 'title', 'subtitle', 'brand'];

/** The embedded diagram's extent: its nodes, edge strokes, arrowheads and edge labels. */
export function diagramExtent(l: HeroLayout): Box | undefined {
  if (l.nodes.length === 0) return undefined;
  const points = l.edges.flatMap((e) => [...e.samples, ...e.head]).map((p) => ({ x: p.x, y: p.y, width: 0, height: 0 }));
  return union([...l.nodes.map((n) => n.box), ...points, ...l.edges.flatMap((e) => (e.labelBox ? [e.labelBox] : []))]);
}

/** Frame boxes: the texts the hero draws itself and its thesis pill. */
export function frameBoxes(l: HeroLayout): { name: string; box: Box }[] {
  return [...l.texts.filter((t) => FRAME_ROLES.includes(t.role)).map((t) => ({ name: t.role, box: t.box })), ...l.panels.filter((p) => p.id === 'thesis').map((p) => ({ name: 'thesis pill', box: p.box }))];
}

/**
 * Every rule a hero must hold, one sentence per violation: the shared invariants, the title
 * never below its floor and in at most three lines, the frame clear of the diagram, and
 * everything (pill included) inside the centred safe zone.
 */
export function heroProblems(l: HeroLayout, theme: Theme): string[] {
  const out = [...layoutProblems(l)];
  const m = canvasMetrics(l.width, l.height, theme);
  const floor = heroStyles(m, theme).titleMin;
  const title = l.texts.find((t) => t.role === 'title');
  if (!title) out.push('no title');
  else {
    if (title.style.size < floor - 0.01) out.push(`title is ${title.style.size}px, below its ${floor}px floor`);
    // one line more than the canvas's rule only for a title that would otherwise be cut
    if (title.lines.length > titleLines(l.width, l.height) + 1) out.push(`title has ${title.lines.length} lines`);
  }
  const safe = { x: l.margin, y: l.margin, width: l.width - 2 * l.margin, height: l.height - 2 * l.margin };
  const extent = diagramExtent(l);
  for (const f of frameBoxes(l)) {
    if (!contains(safe, f.box, 0.5)) out.push(`${f.name} leaves the safe zone`);
    if (extent && overlaps(f.box, extent)) out.push(`${f.name} overlaps the diagram`);
  }
  if (extent && !contains(safe, extent, 0.5)) out.push('the diagram leaves the safe zone');
  return out;
}
