import type { Ring } from '../../layout/polar.js';
import type { LayoutNode } from '../../layout/types.js';
import type { PlacedText } from '../../text/place.js';
import { rejected } from '../../layout/reject.js';

/** Steps placed on a ring: nodes in cycle order at `angles`, plus any labels drawn outside them. */
export interface Placement {
  mode: 'cards' | 'dots';
  ring: Ring;
  angles: number[];
  nodes: LayoutNode[];
  /** step labels outside their dots (dots mode) */
  texts: PlacedText[];
}

/** A rejected setting; with VISINT_DEBUG_LAYOUT set, says why on stderr. */
export const reject = (why: string): null => rejected('flywheel', why);
