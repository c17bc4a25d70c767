import type { PlacedText } from '../text/place.js';
import type { DiagramLayout } from './types.js';

/** Every text a layout draws: node labels, notes and badges, edge labels, free texts, panels. */
export function layoutTexts(l: DiagramLayout): PlacedText[] {
  return [
    ...l.nodes.flatMap((n) => [n.label, ...(n.note ? [n.note] : []), ...(n.badge ? [n.badge.text] : [])]),
    ...l.edges.flatMap((e) => (e.label ? [e.label] : [])),
    ...l.texts,
    ...l.panels.map((p) => p.text),
  ];
}
