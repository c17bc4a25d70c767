import type { DiagramLayout, LayoutNode } from '../layout/types.js';
import { round2 } from '../layout/box.js';
import type { Theme } from '../theme/schema.js';
import type { AltText, Scene, SceneItem } from './types.js';
import { worstContrast } from '../theme/contrast.js';

/** A pill whose fill barely differs from the canvas (light themes) gets a border, so it reads in greyscale too. */
function panelBorder(theme: Theme, unit: number): { stroke?: string; strokeWidth?: number } {
  if (worstContrast(theme.colors.highlight, theme.colors.canvas) >= 1.5) return {};
  return { stroke: theme.colors.highlightText, strokeWidth: round2(theme.stroke.border * Math.max(1, unit * 0.75)) };
}

function pointsPath(points: { x: number; y: number }[]): string {
  return points.map((p, i) => `${i ? 'L' : 'M'}${round2(p.x)} ${round2(p.y)}`).join('') + 'Z';
}

function nodeItems(n: LayoutNode, theme: Theme, unit: number): SceneItem[] {
  const c = theme.colors;
  const hub = n.role === 'hub';
  const fill = hub ? c.hub : n.emphasis ? c.highlight : c.card;
  const textFill = hub ? c.hubText : n.emphasis ? c.highlightText : c.cardText;
  const stroke = hub ? c.hubRing : n.emphasis ? c.highlightText : c.cardBorder;
  const strokeWidth = (hub ? theme.stroke.hubRing : theme.stroke.border) * Math.max(1, unit * 0.75);
  const b = n.box;
  const items: SceneItem[] = [];
  if (n.shape === 'circle') items.push({ type: 'circle', id: `node-${n.id}`, cx: round2(b.x + b.width / 2), cy: round2(b.y + b.height / 2), r: round2(b.width / 2), fill, stroke, strokeWidth: round2(strokeWidth), shadow: true });
  else items.push({ type: 'rect', id: `node-${n.id}`, x: round2(b.x), y: round2(b.y), width: round2(b.width), height: round2(b.height), rx: round2(n.shape === 'pill' ? b.height / 2 : theme.radius.card * unit), fill, stroke, strokeWidth: round2(strokeWidth), shadow: true });
  items.push({ type: 'text', id: `node-${n.id}-label`, text: n.label, fill: textFill, on: [fill] });
  if (n.note) items.push({ type: 'text', id: `node-${n.id}-note`, text: n.note, fill: n.emphasis ? c.highlightText : c.cardMuted, on: [fill] });
  if (n.badge) {
    const bd = n.badge;
    items.push({ type: 'circle', id: `node-${n.id}-badge`, cx: round2(bd.center.x), cy: round2(bd.center.y), r: round2(bd.radius), fill: c.badge, stroke: c.card, strokeWidth: round2(theme.stroke.border * unit) });
    items.push({ type: 'text', id: `node-${n.id}-badge-text`, text: bd.text, fill: c.badgeText, on: [c.badge] });
  }
  return items;
}

/**
 * The default painter: canvas, edges under nodes, nodes, panels, free texts. Text colours
 * come in pairs with the fill they sit on, the same pairs the theme was contrast-checked for.
 */
export function sceneFromLayout(layout: DiagramLayout, theme: Theme, alt: AltText): Scene {
  const c = theme.colors;
  const unit = Math.min(layout.width, layout.height) / 630;
  const items: SceneItem[] = [];
  for (const e of layout.edges) {
    items.push({ type: 'path', id: e.id, d: e.path, stroke: c.edge, strokeWidth: round2(Math.max(2, theme.stroke.spoke * unit)) });
    items.push({ type: 'path', id: `${e.id}-head`, d: pointsPath(e.head), fill: c.edge });
  }
  for (const n of layout.nodes) items.push(...nodeItems(n, theme, unit));
  for (const e of layout.edges) {
    if (!e.label || !e.labelBox) continue;
    const b = e.labelBox;
    items.push({ type: 'rect', id: `${e.id}-label-bg`, x: round2(b.x), y: round2(b.y), width: round2(b.width), height: round2(b.height), rx: round2(Math.min(b.height / 2, theme.radius.chip * unit)), fill: c.edgeLabelFill });
    items.push({ type: 'text', id: `${e.id}-label`, text: e.label, fill: c.edgeLabel, on: [c.edgeLabelFill] });
  }
  for (const p of layout.panels) {
    const b = p.box;
    items.push({ type: 'rect', id: `panel-${p.id}`, x: round2(b.x), y: round2(b.y), width: round2(b.width), height: round2(b.height), rx: round2(p.shape === 'pill' ? b.height / 2 : theme.radius.card * unit), fill: c.highlight, ...panelBorder(theme, unit) });
    items.push({ type: 'text', id: `panel-${p.id}-text`, text: p.text, fill: c.highlightText, on: [c.highlight] });
  }
  for (const t of layout.texts) {
    const muted = t.role === 'caption' || t.role === 'subtitle';
    items.push({ type: 'text', id: `text-${t.role}`, text: t, fill: muted ? c.textMuted : c.text, on: [...c.canvas] });
  }
  return sceneOf(layout, theme, unit, alt, items);
}

/** A scene of these items on the theme's canvas, with the alt text as its title and description. */
export function sceneOf(size: { width: number; height: number }, theme: Theme, unit: number, alt: AltText, items: SceneItem[]): Scene {
  const c = theme.colors;
  return {
    width: size.width,
    height: size.height,
    background: [...c.canvas],
    shadow: { color: c.shadow, ...theme.shadow, dy: theme.shadow.dy * unit, blur: theme.shadow.blur * unit },
    title: alt.short,
    description: alt.long,
    items,
  };
}
