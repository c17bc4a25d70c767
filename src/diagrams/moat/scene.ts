import type { DiagramLayout } from '../../layout/types.js';
import type { Scene, SceneItem } from '../../scene/types.js';
import type { Theme } from '../../theme/schema.js';
import { badgeItems, cardNodeItems, cardScene, edgeItems, hubNodeItems, unitOf } from '../cards/scene.js';
import type { AltText } from '../types.js';

/** Arrows first (under the cards), the moat in hub colours, the patterns as white numbered cards. */
export function moatScene(l: DiagramLayout, theme: Theme, alt: AltText): Scene {
  const unit = unitOf(l);
  const items: SceneItem[] = [...edgeItems(l, theme)];
  for (const n of l.nodes) {
    if (n.role === 'hub') items.push(...hubNodeItems(n, theme, unit));
    else items.push(...cardNodeItems(n, theme, unit), ...(n.badge ? badgeItems(`node-${n.id}-badge`, n.badge, theme) : []));
  }
  return cardScene(l, theme, alt, items);
}
