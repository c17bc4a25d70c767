import type { PlacedText } from '../text/place.js';

/**
 * A render-ready, JSON-serialisable picture (Vega's scenegraph idea). Guarantees: colours are
 * resolved 6-digit hex; ids derive from model ids, never counters; drawing order is array order.
 */
export interface SceneRect {
  type: 'rect';
  id: string;
  x: number;
  y: number;
  width: number;
  height: number;
  rx: number;
  fill: string;
  stroke?: string;
  strokeWidth?: number;
  /** dashed border (e.g. an emerging bottleneck), in px */
  dash?: number[];
  shadow?: boolean;
}

export interface SceneCircle {
  type: 'circle';
  id: string;
  cx: number;
  cy: number;
  r: number;
  fill: string;
  stroke?: string;
  strokeWidth?: number;
  shadow?: boolean;
}

export interface ScenePath {
  type: 'path';
  id: string;
  d: string;
  fill?: string;
  stroke?: string;
  strokeWidth?: number;
  dash?: number[];
}

/** Text drawn as glyph outlines; `on` lists every colour behind it, for contrast checks. */
export interface SceneText {
  type: 'text';
  id: string;
  text: PlacedText;
  fill: string;
  on: string[];
}

export type SceneItem = SceneRect | SceneCircle | ScenePath | SceneText;

/** Alternative text: `short` for alt attributes (≤ 125 chars when possible), `long` for <desc>. */
export interface AltText {
  short: string;
  long: string;
}

export interface Scene {
  width: number;
  height: number;
  /** background gradient stops (top-left to bottom-right); one colour twice for a flat canvas */
  background: [string, string];
  /** no background is painted (the theme's canvas colours are what the picture is expected to sit on) */
  transparent?: boolean;
  shadow: { color: string; dy: number; blur: number; opacity: number };
  title: string;
  description: string;
  items: SceneItem[];
}
