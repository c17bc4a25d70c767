import type { DiagramLayout } from '../../layout/types.js';
import type { Scene, SceneItem } from '../../scene/types.js';
import type { Theme } from '../../theme/schema.js';
import { badgeItems, cardNodeItems, cardScene, unitOf } from '../cards/scene.js';
import type { AltText } from '../types.js';

/** White cards, each with its number in a teal badge circle. */
export function patternsScene(l: DiagramLayout, theme: Theme, alt: AltText): Scene {
  const unit = unitOf(l);
  const items: SceneItem[] = l.nodes.flatMap((n) => [...cardNodeItems(n, theme, unit), ...(n.badge ? badgeItems(`node-${n.id}-badge`, n.badge, theme) : [])]);
  return cardScene(l, theme, alt, items);
}
