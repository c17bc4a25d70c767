import type { DiagramLayout } from '../../layout/types.js';
import type { Scene, SceneItem } from '../../scene/types.js';
import type { Theme } from '../../theme/schema.js';
import { cardNodeItems, cardScene, chipItems, unitOf } from '../cards/scene.js';
import type { AltText } from '../types.js';
import { markBox, markColumn, quoteMarkPath } from './ornament.js';

/** The quote card with its hanging quotation mark, then the framework chips. */
export function quoteScene(l: DiagramLayout, theme: Theme, alt: AltText): Scene {
  const unit = unitOf(l);
  const items: SceneItem[] = [];
  for (const n of l.nodes) {
    if (n.role !== 'hub') {
      items.push(...chipItems(n, theme, unit));
      continue;
    }
    const [card, ...texts] = cardNodeItems(n, theme, unit);
    const size = n.label.style.size;
    const mark = markBox(n.label.x - markColumn(size), n.label.box.y, size);
    items.push(card!, { type: 'path', id: `node-${n.id}-mark`, d: quoteMarkPath(mark), fill: theme.colors.badge }, ...texts);
  }
  return cardScene(l, theme, alt, items);
}
