import { pathRound } from 'd3-path';
import { round2, type Box } from '../../layout/box.js';
import type { DiagramLayout, LayoutPanel } from '../../layout/types.js';
import type { Scene, SceneItem } from '../../scene/types.js';
import type { Theme } from '../../theme/schema.js';
import { borderIfFaint, borderWidth, cardNodeItems, cardScene, dashedOutline, rect, text, unitOf } from '../cards/scene.js';
import type { AltText } from '../types.js';

/** A tab's outline open at the bottom, where it meets its card. */
function openTab(b: Box, r: number): string {
  const p = pathRound(2);
  p.moveTo(b.x, b.y + b.height);
  p.arcTo(b.x, b.y, b.x + b.width, b.y, r);
  p.arcTo(b.x + b.width, b.y, b.x + b.width, b.y + b.height, r);
  p.lineTo(b.x + b.width, b.y + b.height);
  return p.toString();
}

/** Marker left of the kind word: a filled dot for active, a ring for emerging. */
function marker(p: LayoutPanel, theme: Theme, unit: number): SceneItem {
  const size = p.text.style.size;
  const r = 0.31 * size;
  const cx = p.text.x - 0.5 * size - r;
  const cy = p.box.y + p.box.height / 2;
  if (p.role === 'active') return { type: 'circle', id: `panel-${p.id}-marker`, cx: round2(cx), cy: round2(cy), r: round2(r), fill: theme.colors.highlightText };
  const ring = pathRound(2);
  const rr = r - borderWidth(theme, unit) / 2;
  ring.moveTo(cx + rr, cy);
  ring.arc(cx, cy, rr, 0, 2 * Math.PI);
  return { type: 'path', id: `panel-${p.id}-marker`, d: ring.toString(), stroke: theme.colors.text, strokeWidth: borderWidth(theme, unit) };
}

/**
 * Active: amber tab (its foot tucked under the card), solid card. Emerging: dashed tab and
 * dashed card outline with canvas-coloured text. Kind word and marker on every tab.
 */
export function bottlenecksScene(l: DiagramLayout, theme: Theme, alt: AltText): Scene {
  const c = theme.colors;
  const unit = unitOf(l);
  const r = theme.radius.chip * unit;
  const items: SceneItem[] = [];
  const tabs = l.panels.filter((p) => p.role === 'active' || p.role === 'emerging');
  for (const p of tabs) {
    if (p.role === 'active') {
      items.push(rect(`panel-${p.id}`, { ...p.box, height: p.box.height + r }, r, c.highlight, borderIfFaint(c.highlight, theme, unit)), marker(p, theme, unit), text(`panel-${p.id}-text`, p.text, c.highlightText, [c.highlight]));
    } else {
      items.push({ type: 'path', id: `panel-${p.id}`, d: openTab(p.box, r), stroke: c.edge, strokeWidth: borderWidth(theme, unit), dash: [round2(8 * unit), round2(6 * unit)] }, marker(p, theme, unit), text(`panel-${p.id}-text`, p.text, c.text, [...c.canvas]));
    }
  }
  for (const n of l.nodes) {
    if (n.emphasis) {
      items.push(...cardNodeItems(n, theme, unit));
      continue;
    }
    items.push(dashedOutline(`node-${n.id}`, n.box, theme.radius.card * unit, theme, unit), text(`node-${n.id}-label`, n.label, c.text, [...c.canvas]));
    if (n.note) items.push(text(`node-${n.id}-note`, n.note, c.textMuted, [...c.canvas]));
  }
  return cardScene(l, theme, alt, items);
}
