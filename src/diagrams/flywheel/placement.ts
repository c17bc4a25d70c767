import type { Point } from '../../layout/box.js';
import type { Ring } from '../../layout/polar.js';
import type { ArrowStyle } from '../../layout/route.js';
import type { LayoutNode } from '../../layout/types.js';
import type { PlacedText } from '../../text/place.js';
import { rejected } from '../../layout/reject.js';
import { ringEdge, type RingEdge } from './arcs.js';

/** Steps placed on a loop (a ring or a track): nodes in cycle order, plus any labels drawn outside them. */
export interface Placement {
  mode: 'cards' | 'dots' | 'track';
  /** middle of the loop: where the hub goes */
  centre: Point;
  /** how stretched the loop is (1 = round); the score prefers a wheel that looks like one */
  stretch: number;
  nodes: LayoutNode[];
  /** step labels outside their dots (dots mode) */
  texts: PlacedText[];
  /** the arrow from step i to the next (the last to the first), or null when they leave no loop between them */
  arc(i: number, arrow: ArrowStyle): RingEdge | null;
}

/** A placement on an ellipse: nodes at `angles` (clockwise from 12 o'clock), arcs along the ring. */
export function ringPlacement(mode: 'cards' | 'dots', ring: Ring, angles: number[], nodes: LayoutNode[], texts: PlacedText[]): Placement {
  const n = nodes.length;
  return {
    mode,
    centre: { x: ring.cx, y: ring.cy },
    stretch: Math.max(ring.rx / ring.ry, ring.ry / ring.rx),
    nodes,
    texts,
    arc: (i, arrow) => ringEdge(ring, nodes[i]!, nodes[(i + 1) % n]!, angles[i]!, i + 1 < n ? angles[i + 1]! : angles[0]! + 2 * Math.PI, arrow),
  };
}

/** A rejected setting; with VISINT_DEBUG_LAYOUT set, says why on stderr. */
export const reject = (why: string): null => rejected('flywheel', why);
