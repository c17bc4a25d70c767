import { round2, type Box, type Point } from '../../layout/box.js';
import type { DiagramLayout, LayoutEdge, LayoutNode, LayoutPanel } from '../../layout/types.js';
import type { SceneItem } from '../../scene/types.js';
import type { TextEngine } from '../../text/engine.js';
import type { PlacedText } from '../../text/place.js';

/** A pure shift: the embedded diagram keeps its size, so text sizes and stroke widths stay exact. */
export interface Shift {
  dx: number;
  dy: number;
}

/** Numbers each path command takes, and which of them are x (0) or y (1) coordinates; -1 = not a coordinate. */
const AXES: Record<string, number[]> = {
  M: [0, 1], L: [0, 1], T: [0, 1], H: [0], V: [1], C: [0, 1, 0, 1, 0, 1], S: [0, 1, 0, 1], Q: [0, 1, 0, 1], A: [-1, -1, -1, -1, -1, 0, 1], Z: [],
};

/**
 * Shifts an SVG path `d` by (dx, dy): absolute coordinates move, relative ones and arc
 * radii/flags do not. Handles every command, so any diagram's paths embed unchanged.
 */
export function shiftPath(d: string, s: Shift): string {
  const out: string[] = [];
  for (const [, cmd, body] of d.matchAll(/([MLHVCSQTAZmlhvcsqtaz])([^MLHVCSQTAZmlhvcsqtaz]*)/g)) {
    const upper = cmd!.toUpperCase();
    const axes = AXES[upper]!;
    const nums = (body!.match(/-?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?/gi) ?? []).map(Number);
    const relative = cmd !== upper;
    const moved = nums.map((n, i) => {
      const axis = axes.length ? axes[i % axes.length]! : -1;
      // a relative moveto's first pair is absolute only at the very start of a path
      const absolute = !relative || (upper === 'M' && out.length === 0 && i < 2);
      if (axis < 0 || !absolute) return n;
      return round2(n + (axis === 0 ? s.dx : s.dy));
    });
    out.push(cmd! + moved.join(' '));
  }
  return out.join('');
}

const shiftPoint = (p: Point, s: Shift): Point => ({ x: round2(p.x + s.dx), y: round2(p.y + s.dy) });
const shiftBox = (b: Box, s: Shift): Box => ({ ...b, x: round2(b.x + s.dx), y: round2(b.y + s.dy) });
const shiftText = (t: PlacedText, s: Shift, text: TextEngine): PlacedText => text.moveTo(t, t.x + s.dx, t.top + s.dy);

function shiftNode(n: LayoutNode, s: Shift, text: TextEngine): LayoutNode {
  const out: LayoutNode = { ...n, box: shiftBox(n.box, s), label: shiftText(n.label, s, text) };
  if (n.note) out.note = shiftText(n.note, s, text);
  if (n.badge) out.badge = { ...n.badge, center: shiftPoint(n.badge.center, s), text: shiftText(n.badge.text, s, text) };
  return out;
}

function shiftEdge(e: LayoutEdge, s: Shift, text: TextEngine): LayoutEdge {
  const out: LayoutEdge = { ...e, path: shiftPath(e.path, s), samples: e.samples.map((p) => shiftPoint(p, s)), head: e.head.map((p) => shiftPoint(p, s)) as LayoutEdge['head'] };
  if (e.label) out.label = shiftText(e.label, s, text);
  if (e.labelBox) out.labelBox = shiftBox(e.labelBox, s);
  return out;
}

const shiftPanel = (p: LayoutPanel, s: Shift, text: TextEngine): LayoutPanel => ({ ...p, box: shiftBox(p.box, s), text: shiftText(p.text, s, text) });

/** The parts of a diagram's layout, moved into the hero's canvas coordinates. */
export function shiftLayout(l: DiagramLayout, s: Shift, text: TextEngine): Pick<DiagramLayout, 'nodes' | 'edges' | 'texts' | 'panels'> {
  return {
    nodes: l.nodes.map((n) => shiftNode(n, s, text)),
    edges: l.edges.map((e) => shiftEdge(e, s, text)),
    texts: l.texts.map((t) => shiftText(t, s, text)),
    panels: l.panels.map((p) => shiftPanel(p, s, text)),
  };
}

/** Scene items moved into the hero's canvas; ids get a prefix so they cannot clash with the frame's. */
export function shiftItems(items: SceneItem[], s: Shift, text: TextEngine, prefix: string): SceneItem[] {
  return items.map((it): SceneItem => {
    const id = `${prefix}${it.id}`;
    switch (it.type) {
      case 'rect':
        return { ...it, id, x: round2(it.x + s.dx), y: round2(it.y + s.dy) };
      case 'circle':
        return { ...it, id, cx: round2(it.cx + s.dx), cy: round2(it.cy + s.dy) };
      case 'path':
        return { ...it, id, d: shiftPath(it.d, s) };
      case 'text':
        return { ...it, id, text: shiftText(it.text, s, text) };
    }
  });
}
