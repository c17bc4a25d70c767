import type { Box } from '../../layout/box.js';
import type { Ring } from '../../layout/polar.js';

/** How far a node's drawing (box, badge) reaches from its centre on each side. */
export interface Footprint {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** The footprint as a box around a centre point. */
export function footprintBox(c: { x: number; y: number }, f: Footprint): Box {
  return { x: c.x - f.left, y: c.y - f.top, width: f.left + f.right, height: f.top + f.bottom };
}

/** Width of everything along one axis for radius r: the ring itself and every footprint on it. */
function span(r: number, coords: number[], lo: number[], hi: number[], stroke: number): { min: number; max: number } {
  let min = -r - stroke;
  let max = r + stroke;
  for (let i = 0; i < coords.length; i++) {
    min = Math.min(min, r * coords[i]! - lo[i]!);
    max = Math.max(max, r * coords[i]! + hi[i]!);
  }
  return { min, max };
}

/** Largest radius whose span fits `room` (span grows with r), by bisection. */
function largestRadius(room: number, coords: number[], lo: number[], hi: number[], stroke: number): number {
  const width = (r: number) => {
    const s = span(r, coords, lo, hi, stroke);
    return s.max - s.min;
  };
  if (width(0) > room) return 0;
  let a = 0;
  let b = room;
  for (let i = 0; i < 40; i++) {
    const m = (a + b) / 2;
    if (width(m) <= room) a = m;
    else b = m;
  }
  return a;
}

/**
 * The largest ellipse through nodes at `angles` whose nodes and ring fit `area`, centred so the
 * whole drawing is centred in it. `maxAspect` caps rx/ry (and ry/rx), so a wide canvas still gets
 * a wheel rather than a racetrack. Null when no ring is left, or when the uncapped ring is no
 * more stretched than `minAspect` (a tighter cap already tried gave the same ring).
 */
export function fitRing(angles: number[], feet: Footprint[], area: Box, maxAspect: number, stroke: number, minAspect = 0): Ring | null {
  const cos = angles.map(Math.cos);
  const sin = angles.map(Math.sin);
  let rx = largestRadius(area.width, cos, feet.map((f) => f.left), feet.map((f) => f.right), stroke);
  let ry = largestRadius(area.height, sin, feet.map((f) => f.top), feet.map((f) => f.bottom), stroke);
  if (rx <= 0 || ry <= 0) return null;
  const natural = Math.max(rx / ry, ry / rx);
  if (natural <= minAspect) return null;
  rx = Math.min(rx, ry * maxAspect);
  ry = Math.min(ry, rx * maxAspect);
  const sx = span(rx, cos, feet.map((f) => f.left), feet.map((f) => f.right), stroke);
  const sy = span(ry, sin, feet.map((f) => f.top), feet.map((f) => f.bottom), stroke);
  return {
    cx: area.x + (area.width - (sx.max - sx.min)) / 2 - sx.min,
    cy: area.y + (area.height - (sy.max - sy.min)) / 2 - sy.min,
    rx,
    ry,
  };
}
