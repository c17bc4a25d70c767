import type { Box } from '../layout/box.js';
import { roundBox } from '../layout/box.js';
import type { DiagramLayout } from '../layout/types.js';
import type { PlacedText } from '../text/place.js';

const label = (t: PlacedText) => ({ text: t.text, lines: t.lines, fontSize: t.style.size, box: roundBox(t.box) });

/** The spec's `layout.json`: canvas-pixel geometry of one render, label boxes = glyph ink extents. */
export function layoutJson(l: DiagramLayout) {
  return {
    diagram: l.diagram,
    width: l.width,
    height: l.height,
    nodes: l.nodes.map((n) => ({
      id: n.id,
      role: n.role,
      shape: n.shape,
      box: roundBox(n.box),
      label: label(n.label),
      ...(n.note ? { note: label(n.note) } : {}),
      ...(n.badge ? { badge: { value: n.badge.value, box: roundBox({ x: n.badge.center.x - n.badge.radius, y: n.badge.center.y - n.badge.radius, width: 2 * n.badge.radius, height: 2 * n.badge.radius } as Box) } } : {}),
    })),
    edges: l.edges.map((e) => ({ from: e.from, to: e.to, path: e.path, ...(e.label ? { label: label(e.label) } : {}) })),
    texts: [...l.texts, ...l.panels.map((p) => p.text)].map((t) => ({ role: t.role, ...label(t) })),
    warnings: l.warnings,
  };
}
