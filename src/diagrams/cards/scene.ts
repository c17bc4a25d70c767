import { pathRound } from 'd3-path';
import { round2, type Box } from '../../layout/box.js';
import type { DiagramLayout, LayoutBadge, LayoutNode } from '../../layout/types.js';
import type { Scene, SceneItem, ScenePath, SceneRect, SceneText } from '../../scene/types.js';
import type { Theme } from '../../theme/schema.js';
import type { PlacedText } from '../../text/place.js';
import { worstContrast } from '../../theme/contrast.js';
import type { AltText } from '../types.js';

/** Free-text roles drawn in the muted canvas colour; every other free text uses the canvas text colour. */
const MUTED = new Set(['kicker', 'caption', 'subtitle', 'chips-label', 'connector']);

export const unitOf = (l: DiagramLayout): number => Math.min(l.width, l.height) / 630;

/** Card border width: the theme's, thickened a little on large canvases. */
export const borderWidth = (theme: Theme, unit: number): number => round2(theme.stroke.border * Math.max(1, unit * 0.75));

export function rect(id: string, b: Box, rx: number, fill: string, extra: Partial<SceneRect> = {}): SceneRect {
  return { type: 'rect', id, x: round2(b.x), y: round2(b.y), width: round2(b.width), height: round2(b.height), rx: round2(Math.min(rx, b.height / 2, b.width / 2)), fill, ...extra };
}

export function text(id: string, t: PlacedText, fill: string, on: string[]): SceneText {
  return { type: 'text', id, text: t, fill, on };
}

/** A rounded rectangle as a path: for outlines with no fill (dashed cards and tabs). */
export function roundRectPath(b: Box, r: number): string {
  const rr = Math.max(0, Math.min(r, b.width / 2, b.height / 2));
  const p = pathRound(2);
  const { x, y, width: w, height: h } = b;
  p.moveTo(x + rr, y);
  p.arcTo(x + w, y, x + w, y + h, rr);
  p.arcTo(x + w, y + h, x, y + h, rr);
  p.arcTo(x, y + h, x, y, rr);
  p.arcTo(x, y, x + w, y, rr);
  p.closePath();
  return p.toString();
}

/** A dashed outline: the "not solid" card of the emerging bottleneck and the narrative. */
export function dashedOutline(id: string, b: Box, rx: number, theme: Theme, unit: number): ScenePath {
  const sw = borderWidth(theme, unit);
  return { type: 'path', id, d: roundRectPath(b, rx), stroke: theme.colors.edge, strokeWidth: sw, dash: [round2(8 * unit), round2(6 * unit)] };
}

/** The numbered circle of a node, drawn in the badge colours. */
export function badgeItems(id: string, b: LayoutBadge, theme: Theme, ring?: string, unit = 1): SceneItem[] {
  const c = theme.colors;
  return [
    { type: 'circle', id, cx: round2(b.center.x), cy: round2(b.center.y), r: round2(b.radius), fill: c.badge, ...(ring ? { stroke: ring, strokeWidth: borderWidth(theme, unit) } : {}) },
    text(`${id}-text`, b.text, c.badgeText, [c.badge]),
  ];
}

/** A white (card-coloured) node with its label and note in card text colours. */
export function cardNodeItems(n: LayoutNode, theme: Theme, unit: number, shadow = true): SceneItem[] {
  const c = theme.colors;
  const items: SceneItem[] = [rect(`node-${n.id}`, n.box, theme.radius.card * unit, c.card, { stroke: c.cardBorder, strokeWidth: borderWidth(theme, unit), shadow })];
  items.push(text(`node-${n.id}-label`, n.label, c.cardText, [c.card]));
  if (n.note) items.push(text(`node-${n.id}-note`, n.note, c.cardMuted, [c.card]));
  return items;
}

/** Free texts (kicker, title, wordmark, …) on the canvas. */
export function freeTextItems(l: DiagramLayout, theme: Theme): SceneItem[] {
  const c = theme.colors;
  const seen = new Map<string, number>();
  return l.texts.map((t) => {
    const k = seen.get(t.role) ?? 0;
    seen.set(t.role, k + 1);
    return text(k ? `text-${t.role}-${k}` : `text-${t.role}`, t, MUTED.has(t.role) ? c.textMuted : c.text, [...c.canvas]);
  });
}

/** The scene around the diagram's own items: canvas, shadow, title/desc, free texts on top. */
export function cardScene(l: DiagramLayout, theme: Theme, alt: AltText, items: SceneItem[]): Scene {
  const unit = unitOf(l);
  return {
    width: l.width,
    height: l.height,
    background: [...theme.colors.canvas],
    shadow: { color: theme.colors.shadow, ...theme.shadow, dy: theme.shadow.dy * unit, blur: theme.shadow.blur * unit },
    title: alt.short,
    description: alt.long,
    items: [...items, ...freeTextItems(l, theme)],
  };
}

/** For callers that only need a scene's items (the hero embeds diagrams): no title or description. */
export const NO_ALT: AltText = { short: '', long: '' };

/** A pill or card whose fill barely differs from the canvas (light themes) gets an edge-coloured border. */
export function borderIfFaint(fill: string, theme: Theme, unit: number): Partial<SceneRect> {
  if (worstContrast(fill, theme.colors.canvas) >= 1.5) return {};
  return { stroke: theme.colors.edge, strokeWidth: borderWidth(theme, unit) };
}

/** A chip: a pill in the edge-label colours. */
export function chipItems(n: LayoutNode, theme: Theme, unit: number): SceneItem[] {
  const c = theme.colors;
  return [rect(`node-${n.id}`, n.box, n.box.height / 2, c.edgeLabelFill, borderIfFaint(c.edgeLabelFill, theme, unit)), text(`node-${n.id}-label`, n.label, c.edgeLabel, [c.edgeLabelFill])];
}

/** Arrows: stroke, then the filled head, in the edge colour. */
export function edgeItems(l: DiagramLayout, theme: Theme): SceneItem[] {
  const unit = unitOf(l);
  return l.edges.flatMap((e): SceneItem[] => [
    { type: 'path', id: e.id, d: e.path, stroke: theme.colors.edge, strokeWidth: round2(Math.max(2, theme.stroke.spoke * unit)) },
    { type: 'path', id: `${e.id}-head`, d: e.head.map((p, i) => `${i ? 'L' : 'M'}${round2(p.x)} ${round2(p.y)}`).join('') + 'Z', fill: theme.colors.edge },
  ]);
}

/** A hub-coloured card (the moat, the layer headers): label and note in the hub text colour. */
export function hubNodeItems(n: LayoutNode, theme: Theme, unit: number): SceneItem[] {
  const c = theme.colors;
  const items: SceneItem[] = [rect(`node-${n.id}`, n.box, theme.radius.card * unit, c.hub, { stroke: c.hubRing, strokeWidth: borderWidth(theme, unit), shadow: true })];
  items.push(text(`node-${n.id}-label`, n.label, c.hubText, [c.hub]));
  if (n.note) items.push(text(`node-${n.id}-note`, n.note, c.hubText, [c.hub]));
  return items;
}
