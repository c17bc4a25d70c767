import { distanceToBorder, insideShape, pointsBox, polylineHitsBox } from './route.js';
import { boxCenter, contains, inflate, overlaps, pointInBox, type Box, type Point } from './box.js';
import type { DiagramLayout, LayoutNode } from './types.js';
import { layoutTexts } from './texts.js';
import { MIN_FONT_RATIO, REFERENCE_SHORT_SIDE } from './metrics.js';

/** Slack for rounding (coordinates are serialised at 0.01 px). */
const TOL = 0.5;

const short = (s: string) => (s.length > 40 ? `${s.slice(0, 40)}…` : s);

function circleOverlapsBox(c: Point, r: number, b: Box): boolean {
  const dx = Math.max(b.x - c.x, 0, c.x - (b.x + b.width));
  const dy = Math.max(b.y - c.y, 0, c.y - (b.y + b.height));
  return Math.hypot(dx, dy) < r - TOL;
}

/** Node shapes overlap: exact for circles, by box for rects and pills. */
function nodesOverlap(a: LayoutNode, b: LayoutNode): boolean {
  if (a.shape === 'circle' && b.shape === 'circle') {
    const ca = boxCenter(a.box), cb = boxCenter(b.box);
    return Math.hypot(ca.x - cb.x, ca.y - cb.y) < a.box.width / 2 + b.box.width / 2 - TOL;
  }
  if (a.shape === 'circle') return circleOverlapsBox(boxCenter(a.box), a.box.width / 2, b.box);
  if (b.shape === 'circle') return circleOverlapsBox(boxCenter(b.box), b.box.width / 2, a.box);
  return overlaps(inflate(a.box, -TOL), inflate(b.box, -TOL));
}

/** The ink box lies inside the node's shape (all four corners inside a circle). */
export function inkInside(n: LayoutNode, ink: Box): boolean {
  if (ink.width === 0) return true;
  if (n.shape !== 'circle') return contains(n.box, ink, TOL);
  const c = boxCenter(n.box);
  const r = n.box.width / 2 + TOL;
  return [ [ink.x, ink.y], [ink.x + ink.width, ink.y], [ink.x, ink.y + ink.height], [ink.x + ink.width, ink.y + ink.height] ].every(([x, y]) => Math.hypot(x! - c.x, y! - c.y) <= r);
}

function badgeBox(n: LayoutNode): Box | undefined {
  const b = n.badge;
  return b && { x: b.center.x - b.radius, y: b.center.y - b.radius, width: 2 * b.radius, height: 2 * b.radius };
}

/**
 * Every rule the spec sets for a render, checked on its layout; returns one sentence per
 * violation (empty = the picture holds): no overlap, labels inside their boxes, everything
 * inside the canvas margin, no text below the minimum size, arrows from border to border that
 * pass through no other box and under no text.
 */
export function layoutProblems(l: DiagramLayout): string[] {
  const out: string[] = [];
  const inner = { x: l.margin, y: l.margin, width: l.width - 2 * l.margin, height: l.height - 2 * l.margin };
  const texts = layoutTexts(l);
  for (const t of texts) {
    if (t.style.size < l.minFontSize - 0.01) out.push(`text "${short(t.text)}" (${t.role}) is ${t.style.size}px, below the ${l.minFontSize}px minimum`);
    if (t.box.width > 0 && !contains(inner, t.box, TOL)) out.push(`text "${short(t.text)}" (${t.role}) leaves the canvas margin`);
  }
  l.nodes.forEach((n, i) => {
    if (!contains(inner, n.box, TOL)) out.push(`node ${n.id} leaves the canvas margin`);
    const bb = badgeBox(n);
    if (bb && !contains(inner, bb, TOL)) out.push(`badge of ${n.id} leaves the canvas margin`);
    if (!inkInside(n, n.label.box)) out.push(`label of ${n.id} is not inside its box`);
    if (n.note && !inkInside(n, n.note.box)) out.push(`note of ${n.id} is not inside its box`);
    if (n.note && overlaps(n.note.box, n.label.box)) out.push(`note of ${n.id} overlaps its label`);
    for (const m of l.nodes.slice(i + 1)) {
      if (nodesOverlap(n, m)) out.push(`nodes ${n.id} and ${m.id} overlap`);
      const mb = badgeBox(m);
      if (bb && overlaps(inflate(bb, -TOL), m.box) ) out.push(`badge of ${n.id} overlaps node ${m.id}`);
      if (mb && overlaps(inflate(mb, -TOL), n.box)) out.push(`badge of ${m.id} overlaps node ${n.id}`);
    }
  });
  const free = [...l.texts.map((t) => ({ name: `text ${t.role}`, box: t.box })), ...l.panels.map((p) => ({ name: `panel ${p.id}`, box: p.box }))];
  for (const p of l.panels) if (!contains(p.box, p.text.box, TOL)) out.push(`text of panel ${p.id} is not inside it`);
  free.forEach((f, i) => {
    for (const n of l.nodes) if (f.box.width > 0 && overlaps(inflate(f.box, -TOL), n.box)) out.push(`${f.name} overlaps node ${n.id}`);
    for (const g of free.slice(i + 1)) if (f.box.width > 0 && g.box.width > 0 && overlaps(inflate(f.box, -TOL), inflate(g.box, -TOL))) out.push(`${f.name} overlaps ${g.name}`);
  });
  out.push(...edgeLabelProblems(l, inner));
  const byId = new Map(l.nodes.map((n) => [n.id, n]));
  const labelBoxes = texts.filter((t) => t.box.width > 0).map((t) => ({ t, box: inflate(t.box, 1) }));
  const frameBoxes = [...l.texts.filter((t) => t.box.width > 0).map((t) => ({ name: `text "${short(t.text)}"`, box: t.box })), ...l.panels.map((p) => ({ name: `panel ${p.id}`, box: p.box }))];
  for (const e of l.edges) {
    const from = byId.get(e.from);
    const to = byId.get(e.to);
    if (!from || !to) {
      out.push(`edge ${e.id} names a missing node`);
      continue;
    }
    const start = e.samples[0]!;
    const tip = e.head[0];
    if (Math.abs(distanceToBorder(from, start)) > 1.5) out.push(`edge ${e.id} does not start on the border of ${e.from}`);
    const gap = distanceToBorder(to, tip);
    // the arrow's gap grows with the design scale, read off the text floor (2.5% of the canvas's short
    // side): an embedded diagram (the hero's) has a slot for its canvas but the hero's scale
    if (gap < -TOL || gap > 14 * (l.minFontSize / (REFERENCE_SHORT_SIDE * MIN_FONT_RATIO))) out.push(`edge ${e.id} ends ${gap.toFixed(1)}px from ${e.to} (expected on its border)`);
    for (const p of [...e.samples, ...e.head]) if (!pointInBox(p, inflate(inner, TOL))) {
      out.push(`edge ${e.id} leaves the canvas margin`);
      break;
    }
    const body = e.samples.slice(1, -1);
    for (const n of l.nodes) if (n.id !== e.from && n.id !== e.to && body.some((p) => insideShape(n, p))) out.push(`edge ${e.id} passes through node ${n.id}`);
    for (const { t, box } of labelBoxes) if (t !== e.label && polylineHitsBox(e.samples, box)) out.push(`edge ${e.id} passes under text "${short(t.text)}"`);
    for (const f of frameBoxes) if (polylineHitsBox(e.samples, f.box) || polylineHitsBox(e.head, f.box)) out.push(`edge ${e.id} runs through ${f.name}`);
    const twin = l.edges.find((x) => x.from === e.to && x.to === e.from);
    if (twin && e.id < twin.id) {
      const mid = (s: Point[]) => s[Math.floor(s.length / 2)]!;
      if (Math.hypot(mid(e.samples).x - mid(twin.samples).x, mid(e.samples).y - mid(twin.samples).y) < 4) out.push(`two-way edges ${e.id} and ${twin.id} are drawn on top of each other`);
    }
  }
  return [...new Set(out)];
}

/**
 * Edge labels are text like any other: each label's chip lies inside the canvas margin and
 * overlaps no node, no other text, no other chip and no arrowhead; no edge runs under it (a
 * numbered marker sits on its own edge by design, so only its own edge may).
 */
function edgeLabelProblems(l: DiagramLayout, inner: Box): string[] {
  const out: string[] = [];
  const chips = l.edges.flatMap((e) => (e.label && e.labelBox ? [{ e, box: e.labelBox, marker: e.label.role === 'edge-marker' }] : []));
  const others = [...l.texts.filter((t) => t.box.width > 0).map((t) => ({ name: `text "${short(t.text)}"`, box: t.box })), ...l.panels.map((p) => ({ name: `panel ${p.id}`, box: p.box }))];
  chips.forEach((c, i) => {
    const name = `label of edge ${c.e.id}`;
    if (!contains(inner, c.box, TOL)) out.push(`${name} leaves the canvas margin`);
    if (!contains(c.box, c.e.label!.box, TOL)) out.push(`${name}: its text is not inside its chip`);
    const shrunk = inflate(c.box, -TOL);
    for (const n of l.nodes) if (overlaps(shrunk, n.box)) out.push(`${name} overlaps node ${n.id}`);
    for (const o of others) if (overlaps(shrunk, o.box)) out.push(`${name} overlaps ${o.name}`);
    for (const d of chips.slice(i + 1)) if (overlaps(shrunk, d.box)) out.push(`${name} overlaps the label of edge ${d.e.id}`);
    for (const e of l.edges) {
      if (overlaps(shrunk, pointsBox(e.head)) && polylineHitsBox([...e.head, e.head[0]], shrunk)) out.push(`${name} overlaps the arrowhead of ${e.id}`);
      if ((e !== c.e || !c.marker) && polylineHitsBox(e.samples, shrunk)) out.push(`edge ${e.id} runs under the ${name}`);
    }
  });
  return out;
}
