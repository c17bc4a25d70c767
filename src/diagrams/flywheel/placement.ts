import type { Ring } from '../../layout/polar.js';
import type { LayoutNode } from '../../layout/types.js';
import type { PlacedText } from '../../text/place.js';

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
export function reject(why: string): null {
  if (process.env.VISINT_DEBUG_LAYOUT) process.stderr.write(`flywheel: ${why}\n`);
  return null;
}
