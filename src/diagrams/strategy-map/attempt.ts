import type { Geometry } from './placement.js';

/** One setting of the strategy-map search: type size, lines, card width, ring shape. */
export interface Attempt {
  size: number;
  maxLines: number;
  /** widest a satellite card may be, as a share of the area's width */
  widthShare: number;
  geometry: Geometry;
  /** crowded canvases: each card as wide as its own label, with tighter padding */
  compact: boolean;
  /** widest the hub's text may be, as a share of the area's width */
  hubShare: number;
  /** the card width was sized to the room (roomy.ts): labels wrap to exactly that width, never wider */
  exactWidth?: boolean;
  /** the hub is a flat card, never a circle (leaves lanes round it for card-to-card edges) */
  rectHub?: boolean;
  /** cards sized to the room around a hub widened to show its label whole (fitHub's `widen`; usual settings always widen) */
  hubWide?: boolean;
}
