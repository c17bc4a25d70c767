import type { Box, Point } from '../../layout/box.js';

/** How satellites sit around the hub. */
export type Geometry = { kind: 'ring'; exponent: number } | { kind: 'line' } | { kind: 'frame' };

/**
 * Unit positions of n satellites, first at 12 o'clock, clockwise. A ring is a superellipse
 * |x|^p + |y|^p = 1 (p = 2 is an ellipse; larger p pushes items into the corners, which
 * gives 9–12 satellites the room an ellipse lacks at its flat top and bottom).
 */
export function unitPositions(n: number, exponent: number): Point[] {
  const out: Point[] = [];
  for (let i = 0; i < n; i++) {
    const theta = -Math.PI / 2 + (2 * Math.PI * i) / n;
    const c = Math.cos(theta);
    const s = Math.sin(theta);
    const e = 2 / exponent;
    const x = Math.sign(c) * Math.abs(c) ** e;
    const y = Math.sign(s) * Math.abs(s) ** e;
    out.push({ x: Math.abs(x) < 1e-9 ? 0 : x, y: Math.abs(y) < 1e-9 ? 0 : y });
  }
  return out;
}

/**
 * Scales unit positions so cards of size (w, h) fill `area`, keeping the hub at the ring's
 * centre; returns card centres and the hub centre.
 */
export function fitRing(units: Point[], area: Box, w: number, h: number): { centers: Point[]; hub: Point } | null {
  const xs = units.map((p) => p.x);
  const ys = units.map((p) => p.y);
  const spanX = Math.max(...xs) - Math.min(...xs);
  const spanY = Math.max(...ys) - Math.min(...ys);
  const freeW = area.width - w;
  const freeH = area.height - h;
  if (freeW <= 0 || freeH <= 0) return null;
  const rx = spanX > 0 ? freeW / spanX : 0;
  const ry = spanY > 0 ? freeH / spanY : 0;
  const hub = {
    x: spanX > 0 ? area.x + w / 2 - rx * Math.min(...xs) : area.x + area.width / 2,
    y: spanY > 0 ? area.y + h / 2 - ry * Math.min(...ys) : area.y + area.height / 2,
  };
  return { hub, centers: units.map((p) => ({ x: hub.x + rx * p.x, y: hub.y + ry * p.y })) };
}

/**
 * One or two satellites: the hub and its satellites in a line along the canvas's long axis
 * (one satellite: hub then satellite; two: satellite, hub, satellite).
 */
export function fitLine(n: number, area: Box, hubSize: { w: number; h: number }, w: number, h: number): { centers: Point[]; hub: Point } {
  const horizontal = area.width >= area.height;
  const c = { x: area.x + area.width / 2, y: area.y + area.height / 2 };
  const along = horizontal ? area.width : area.height;
  const card = horizontal ? w : h;
  const hubExtent = horizontal ? hubSize.w : hubSize.h;
  const at = (offset: number): Point => (horizontal ? { x: c.x + offset, y: c.y } : { x: c.x, y: c.y + offset });
  if (n === 1) {
    // hub and satellite spread over the long axis, with equal outer margins
    const reach = along / 2 - Math.max(card, hubExtent) / 2;
    return { hub: at(-reach * 0.6), centers: [at(reach * 0.6)] };
  }
  const reach = along / 2 - card / 2;
  return { hub: c, centers: [at(-reach), at(reach)] };
}

/**
 * Many satellites: cards spaced along the perimeter of the area's inner rectangle, clockwise
 * from 12 o'clock. Each side is measured in card slots (its length over the card's width or
 * height plus the gap), so long sides take more cards and no side is crowded before another.
 */
export function fitFrame(n: number, area: Box, w: number, h: number, gap: number): { centers: Point[]; hub: Point } | null {
  const rw = area.width - w;
  const rh = area.height - h;
  if (rw <= 0 || rh <= 0) return null;
  const hub = { x: area.x + area.width / 2, y: area.y + area.height / 2 };
  const sx = rw / (w + gap); // slots along a horizontal side
  const sy = rh / (h + gap); // slots along a vertical side
  const total = 2 * (sx + sy);
  const left = area.x + w / 2;
  const top = area.y + h / 2;
  // walk: top-middle → top-right → bottom-right → bottom-left → top-left → top-middle
  const legs: { slots: number; from: Point; to: Point }[] = [
    { slots: sx / 2, from: { x: hub.x, y: top }, to: { x: left + rw, y: top } },
    { slots: sy, from: { x: left + rw, y: top }, to: { x: left + rw, y: top + rh } },
    { slots: sx, from: { x: left + rw, y: top + rh }, to: { x: left, y: top + rh } },
    { slots: sy, from: { x: left, y: top + rh }, to: { x: left, y: top } },
    { slots: sx / 2, from: { x: left, y: top }, to: { x: hub.x, y: top } },
  ];
  const centers: Point[] = [];
  for (let i = 0; i < n; i++) {
    let s = (i * total) / n;
    for (const leg of legs) {
      if (s <= leg.slots + 1e-9) {
        const t = leg.slots === 0 ? 0 : s / leg.slots;
        centers.push({ x: leg.from.x + (leg.to.x - leg.from.x) * t, y: leg.from.y + (leg.to.y - leg.from.y) * t });
        break;
      }
      s -= leg.slots;
    }
  }
  return { centers, hub };
}
