import type { PlacedText } from '../text/place.js';
import type { Box, Point } from './box.js';

export type NodeRole = 'hub' | 'node' | 'step';
export type NodeShape = 'rect' | 'pill' | 'circle';

/** A numbered badge drawn on a node (flywheel steps, chain steps). */
export interface LayoutBadge {
  value: number;
  center: Point;
  radius: number;
  text: PlacedText;
}

export interface LayoutNode {
  id: string;
  role: NodeRole;
  shape: NodeShape;
  box: Box;
  label: PlacedText;
  note?: PlacedText;
  badge?: LayoutBadge;
  emphasis?: boolean;
}

/** A drawn connection: `path` is the stroke (ending at the arrowhead's base), `head` the filled tip. */
export interface LayoutEdge {
  id: string;
  from: string;
  to: string;
  path: string;
  /** polyline samples of the stroke, for invariant checks */
  samples: Point[];
  /** arrowhead triangle: tip first */
  head: [Point, Point, Point];
  label?: PlacedText;
  labelBox?: Box;
}

/** A filled shape behind frame text (the thesis pill). */
export interface LayoutPanel {
  id: string;
  role: string;
  shape: NodeShape;
  box: Box;
  text: PlacedText;
}

export interface Warning {
  field: string;
  message: string;
}

/**
 * The geometry of one render. Guarantees: all coordinates are canvas pixels; all text is
 * wrapped, sized and measured; every text's `box` is its ink extent.
 */
export interface DiagramLayout {
  diagram: string;
  width: number;
  height: number;
  margin: number;
  /** the smallest font size this canvas allows (2.5% of the shorter side) */
  minFontSize: number;
  nodes: LayoutNode[];
  edges: LayoutEdge[];
  /** free texts on the canvas: title, subtitle, caption, brand, … */
  texts: PlacedText[];
  panels: LayoutPanel[];
  warnings: Warning[];
}
