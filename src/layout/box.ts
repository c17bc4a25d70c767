/** Axis-aligned rectangle in canvas pixels; x, y is the top-left corner. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Point {
  x: number;
  y: number;
}

export const boxRight = (b: Box) => b.x + b.width;
export const boxBottom = (b: Box) => b.y + b.height;
export const boxCenter = (b: Box): Point => ({ x: b.x + b.width / 2, y: b.y + b.height / 2 });

export function boxAround(center: Point, width: number, height: number): Box {
  return { x: center.x - width / 2, y: center.y - height / 2, width, height };
}

export function inflate(b: Box, by: number): Box {
  return { x: b.x - by, y: b.y - by, width: b.width + 2 * by, height: b.height + 2 * by };
}

/** True when the two boxes share interior area (touching edges do not count). */
export function overlaps(a: Box, b: Box): boolean {
  return a.x < boxRight(b) && b.x < boxRight(a) && a.y < boxBottom(b) && b.y < boxBottom(a);
}

/** True when `inner` lies wholly inside `outer`, allowing `tolerance` px of slack. */
export function contains(outer: Box, inner: Box, tolerance = 0): boolean {
  return (
    inner.x >= outer.x - tolerance &&
    inner.y >= outer.y - tolerance &&
    boxRight(inner) <= boxRight(outer) + tolerance &&
    boxBottom(inner) <= boxBottom(outer) + tolerance
  );
}

export function pointInBox(p: Point, b: Box): boolean {
  return p.x > b.x && p.x < boxRight(b) && p.y > b.y && p.y < boxBottom(b);
}

/** Smallest box holding all the given boxes; an empty list gives a zero box at the origin. */
export function union(boxes: Box[]): Box {
  if (boxes.length === 0) return { x: 0, y: 0, width: 0, height: 0 };
  const x = Math.min(...boxes.map((b) => b.x));
  const y = Math.min(...boxes.map((b) => b.y));
  return { x, y, width: Math.max(...boxes.map(boxRight)) - x, height: Math.max(...boxes.map(boxBottom)) - y };
}

/** Rounds to 2 decimals so serialised geometry is stable (d3-path's `digits` idea). */
export function round2(n: number): number {
  const r = Math.round(n * 100) / 100;
  return Object.is(r, -0) ? 0 : r;
}

export function roundBox(b: Box): Box {
  return { x: round2(b.x), y: round2(b.y), width: round2(b.width), height: round2(b.height) };
}
