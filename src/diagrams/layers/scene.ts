import type { DiagramLayout } from '../../layout/types.js';
import type { Scene, SceneItem } from '../../scene/types.js';
import type { Theme } from '../../theme/schema.js';
import { badgeItems, borderIfFaint, cardNodeItems, cardScene, dashedOutline, hubNodeItems, rect, text, unitOf } from '../cards/scene.js';
import type { AltText } from '../types.js';
import { lookOfNode } from './model.js';

/** Headers in hub colours with a number badge; key lines as white cards, the narrative dashed, the bottom line amber. */
export function layersScene(l: DiagramLayout, theme: Theme, alt: AltText): Scene {
  const c = theme.colors;
  const unit = unitOf(l);
  const items: SceneItem[] = [];
  for (const n of l.nodes) {
    if (n.role === 'hub') {
      items.push(...hubNodeItems(n, theme, unit));
      if (n.badge) items.push(...badgeItems(`node-${n.id}-badge`, n.badge, theme));
      continue;
    }
    const look = lookOfNode(n.id);
    if (look === 'card') items.push(...cardNodeItems(n, theme, unit));
    else if (look === 'outline') {
      items.push(dashedOutline(`node-${n.id}`, n.box, theme.radius.card * unit, theme, unit), text(`node-${n.id}-label`, n.label, c.text, [...c.canvas]));
      if (n.note) items.push(text(`node-${n.id}-note`, n.note, c.textMuted, [...c.canvas]));
    } else {
      items.push(rect(`node-${n.id}`, n.box, theme.radius.card * unit, c.highlight, { ...borderIfFaint(c.highlight, theme, unit), shadow: true }), text(`node-${n.id}-label`, n.label, c.highlightText, [c.highlight]));
      if (n.note) items.push(text(`node-${n.id}-note`, n.note, c.highlightText, [c.highlight]));
    }
  }
  return cardScene(l, theme, alt, items);
}
