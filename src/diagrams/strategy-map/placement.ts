import type { Box, Point } from '../../layout/box.js';

/** How satellites sit around the hub. */
export type Geometry = { kind: 'ring'; exponent: number } | { kind: 'line' } | { kind: 'even'; exponent: number } | { kind: 'sides' };

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
 * Points of the unit superellipse |x|^p + |y|^p = 1 from 12 o'clock, clockwise, and the distance
 * the curve has travelled along each axis up to each point (`vx`, `vy`: sums of the steps' absolute
 * changes): the same for every card size, so computed once.
 */
export interface UnitCurve {
  x: Float64Array;
  y: Float64Array;
  vx: Float64Array;
  vy: Float64Array;
}
const unitCurves = new Map<string, UnitCurve>();
export function unitCurve(exponent: number, steps: number): UnitCurve {
  const key = `${exponent}|${steps}`;
  let u = unitCurves.get(key);
  if (!u) {
    const e = 2 / exponent;
    u = { x: new Float64Array(steps), y: new Float64Array(steps), vx: new Float64Array(steps), vy: new Float64Array(steps) };
    for (let k = 0; k < steps; k++) {
      const t = -Math.PI / 2 + (2 * Math.PI * k) / steps;
      const c = Math.cos(t), s = Math.sin(t);
      u.x[k] = Math.sign(c) * Math.abs(c) ** e;
      u.y[k] = Math.sign(s) * Math.abs(s) ** e;
      if (k > 0) {
        u.vx[k] = u.vx[k - 1]! + Math.abs(u.x[k]! - u.x[k - 1]!);
        u.vy[k] = u.vy[k - 1]! + Math.abs(u.y[k]! - u.y[k - 1]!);
      }
    }
    unitCurves.set(key, u);
  }
  return u;
}

/** Smallest i in [lo, hi) with a[i] ≥ target (a non-decreasing), else hi. */
function firstAtLeast(a: Float64Array, target: number, lo: number, hi: number): number {
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (a[mid]! >= target) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/**
 * The first point at or after k (before `end`) where a card can clear the card at j by `needX` on
 * x or `needY` on y (unit lengths): the curve cannot gain more distance from j on an axis than it
 * travels along that axis, so every point before the one where its travel covers the shortfall is
 * still too near. Skipping them gives the point-by-point walk's answer in a few steps; the margin
 * keeps rounding from skipping a point the walk would have taken.
 */
export function nextReach(u: UnitCurve, j: number, k: number, needX: number, needY: number, end: number): number {
  const MARGIN = 1e-9;
  const shortX = needX - Math.abs(u.x[j]! - u.x[k]!);
  const shortY = needY - Math.abs(u.y[j]! - u.y[k]!);
  if (shortX <= MARGIN || shortY <= MARGIN) return k;
  return Math.min(firstAtLeast(u.vx, u.vx[k]! + shortX - MARGIN, k, end), firstAtLeast(u.vy, u.vy[k]! + shortY - MARGIN, k, end));
}

/** fitEven's results by its arguments, for one map layout (RingCache). */
export type RingCache = Map<string, { centers: Point[]; hub: Point } | null>;

/**
 * fitEven through `rings`: a map's search and its room predictions (roomy.ts), in reading order
 * and again in neighbour order, ask for the same ring again and again (Spotify's map at 1080×1080:
 * 5,267 calls for 1,633 distinct rings, a quarter of its layout time). The cache lives as long as
 * one layout, so a long-lived worker keeps nothing. Callers only read the result (centred() copies it).
 */
export function fitEvenIn(rings: RingCache, n: number, area: Box, w: number, h: number, gap: number, exponent: number, widths?: number[], quick = false, hubSize?: { w: number; h: number }): { centers: Point[]; hub: Point } | null {
  const key = `${n}|${area.x}|${area.y}|${area.width}|${area.height}|${w}|${h}|${gap}|${exponent}|${widths?.join(',') ?? ''}|${quick}|${hubSize ? `${hubSize.w}x${hubSize.h}` : ''}`;
  if (rings.has(key)) return rings.get(key)!;
  const fit = fitEven(n, area, w, h, gap, exponent, widths, quick, hubSize);
  rings.set(key, fit);
  return fit;
}

/**
 * Many satellites: cards along a superellipse (a rounded rectangle for large exponents),
 * clockwise from 12 o'clock. Each card goes at the first point of the curve where it clears
 * the previous one by `gap + extra` (exact box sizes, so narrow and wide cards, horizontal
 * and vertical runs are all handled alike); `extra` is the largest spacing that still closes
 * the loop, found by bisection, so the slack is shared evenly. Cards of one width are placed
 * on the right half only and mirrored onto the left (with an even count, one card sits at 6
 * o'clock), so the ring is symmetric and the gaps on both sides match.
 * `quick`: a feasibility check only (fewer points along the curve, cards at the plain gap, not spread).
 */
export function fitEven(n: number, area: Box, w: number, h: number, gap: number, exponent: number, widths?: number[], quick = false, hubSize?: { w: number; h: number }): { centers: Point[]; hub: Point } | null {
  const ws = Array.from({ length: n }, (_, i) => widths?.[i] ?? w);
  const rx = (area.width - Math.max(...ws)) / 2;
  const ry = (area.height - h) / 2;
  if (rx <= 0 || ry <= 0) return null;
  const hub = { x: area.x + area.width / 2, y: area.y + area.height / 2 };
  const STEPS = quick ? 360 : 1440;
  const unit = unitCurve(exponent, STEPS);
  const at = (k: number): Point => ({ x: hub.x + rx * unit.x[k]!, y: hub.y + ry * unit.y[k]! });
  // boxes j and k (widths wj, wk, shared height h) keep g apart on at least one axis; the search's hottest loop
  const apart = (j: number, k: number, wj: number, wk: number, g: number) => Math.abs(rx * (unit.x[j]! - unit.x[k]!)) >= (wj + wk) / 2 + g || Math.abs(ry * (unit.y[j]! - unit.y[k]!)) >= h + g;
  // the first point from k on where apart(j, ·) can hold (nextReach)
  const reach = (j: number, k: number, wj: number, wk: number, g: number, end: number) => nextReach(unit, j, k, ((wj + wk) / 2 + g) / rx, (h + g) / ry, end);
  // On a tall narrow area the cards of a ring cannot sit level with the hub (card + hub + card is
  // wider than the area): there, each card skips the hub's band, so the ring runs above and below
  // the hub, and the last card is held to its mirror image by the plain gap (held by the spacing
  // being widened, every card stayed in the top half with the hub alone below). Callers pass the
  // hub only for maps without card-to-card edges: those need the lanes a bunched ring leaves.
  const avoid = hubSize && area.height >= 1.5 * area.width ? hubSize : undefined;
  const clearOfHub = (k: number) => !avoid || Math.abs(rx * unit.x[k]!) >= (w + avoid.w) / 2 + gap || Math.abs(ry * unit.y[k]!) >= (h + avoid.h) / 2 + gap;
  const mirrored = (g: number): Point[] | null => {
    const bottom = STEPS / 2;
    const right = Math.floor((n - 1) / 2);
    const idx = [0];
    if (!clearOfHub(0)) return null;
    for (let i = 1; i <= right; i++) {
      const j = idx[i - 1]!;
      let k = j + 1;
      while (k < bottom && (!apart(j, k, w, w, g) || !clearOfHub(k))) k = apart(j, k, w, w, g) ? k + 1 : Math.max(k + 1, reach(j, k, w, w, g, bottom));
      if (k >= bottom) return null;
      idx.push(k);
    }
    const last = idx[right]!;
    // the last card on the right clears the one at 6 o'clock (even count) or its own mirror image (odd count)
    if (n % 2 === 0 && n > 1 && (!apart(last, bottom, w, w, g) || !clearOfHub(bottom))) return null;
    if (n % 2 === 1 && n > 1 && !(Math.abs(2 * rx * unit.x[last]!) >= w + (avoid ? gap : g))) return null;
    const pts = idx.map(at);
    const mirror = (p: Point): Point => ({ x: 2 * hub.x - p.x, y: p.y });
    return [...pts, ...(n % 2 === 0 && n > 1 ? [at(bottom)] : []), ...pts.slice(1).reverse().map(mirror)];
  };
  const place = (g: number): Point[] | null => {
    if (!widths && STEPS % 2 === 0) return mirrored(g);
    const idx = [0];
    for (let i = 1; i < n; i++) {
      const j = idx[i - 1]!;
      let k = j + 1;
      while (k < STEPS && !apart(j, k, ws[i - 1]!, ws[i]!, g)) k = Math.max(k + 1, reach(j, k, ws[i - 1]!, ws[i]!, g, STEPS));
      if (k >= STEPS) return null;
      idx.push(k);
    }
    if (n > 1 && !apart(idx[n - 1]!, 0, ws[n - 1]!, ws[0]!, g)) return null;
    return idx.map(at);
  };
  const tight = place(gap);
  if (!tight || quick) return tight && { centers: tight, hub };
  let lo = gap;
  let hi = gap + Math.max(area.width, area.height);
  for (let i = 0; i < 18; i++) {
    const mid = (lo + hi) / 2;
    if (place(mid)) lo = mid;
    else hi = mid;
  }
  return { centers: place(lo)!, hub };
}

/**
 * Cards spread evenly along the ring leave its far end bare when no card falls there (five
 * satellites: one at 12 o'clock, none at 6), so the drawing is shifted, hub and all, to sit in
 * the middle of its area: equal margins rather than one band of empty canvas.
 */
export function centred({ centers, hub }: { centers: Point[]; hub: Point }, ws: number[], h: number, area: Box, hubSize: { w: number; h: number }): { centers: Point[]; hub: Point } {
  const hw = hubSize.w / 2;
  const hh = hubSize.h / 2;
  const left = Math.min(hub.x - hw, ...centers.map((c, i) => c.x - ws[i]! / 2));
  const right = Math.max(hub.x + hw, ...centers.map((c, i) => c.x + ws[i]! / 2));
  const top = Math.min(hub.y - hh, ...centers.map((c) => c.y - h / 2));
  const bottom = Math.max(hub.y + hh, ...centers.map((c) => c.y + h / 2));
  const dx = area.x + area.width / 2 - (left + right) / 2;
  const dy = area.y + area.height / 2 - (top + bottom) / 2;
  const move = (p: Point): Point => ({ x: p.x + dx, y: p.y + dy });
  return { centers: centers.map(move), hub: move(hub) };
}

/**
 * Flat strips (a hero's diagram slot under a long title): satellites in two columns flanking
 * the hub, the right column top to bottom, then the left column bottom to top, so the reading
 * order still runs clockwise. Used when no ring fits.
 */
export function fitSides(n: number, area: Box, w: number, h: number): { centers: Point[]; hub: Point } | null {
  const right = Math.ceil(n / 2);
  const left = n - right;
  const column = (k: number, x: number, downward: boolean): Point[] =>
    Array.from({ length: k }, (_, i) => {
      const t = k === 1 ? 0.5 : i / (k - 1);
      const y = area.y + h / 2 + (area.height - h) * (downward ? t : 1 - t);
      return { x, y };
    });
  if (area.height < h || area.width < 2 * w) return null;
  const hub = { x: area.x + area.width / 2, y: area.y + area.height / 2 };
  return { hub, centers: [...column(right, area.x + area.width - w / 2, true), ...column(left, area.x + w / 2, false)] };
}

/**
 * The last resort, which always fits: a grid of odd size (3×3 up to 7×5 or 5×7) with the hub in
 * the middle cell and satellites in the cells nearest to it, clockwise from 12 o'clock. Cards
 * take part of their cell, leaving lanes between them for the arrows.
 */
export function fitGrid(n: number, area: Box): { centers: Point[]; hub: Point; cell: { width: number; height: number } } {
  const options: [number, number][] = [];
  for (const cols of [3, 5, 7]) for (const rows of [3, 5, 7]) if (cols * rows - 1 >= n) options.push([cols, rows]);
  // cells about three times as wide as tall suit a card with a line or two of text
  const cost = ([c, r]: [number, number]) => Math.abs(Math.log(area.width / c / (area.height / r) / 3)) + 0.15 * (c * r);
  const [cols, rows] = options.reduce((a, b) => (cost(b) < cost(a) ? b : a));
  const cw = area.width / cols;
  const ch = area.height / rows;
  const centre = (c: number, r: number): Point => ({ x: area.x + (c + 0.5) * cw, y: area.y + (r + 0.5) * ch });
  const hc = (cols - 1) / 2;
  const hr = (rows - 1) / 2;
  const angle = (c: number, r: number) => (Math.atan2(c - hc, -(r - hr)) + 2 * Math.PI) % (2 * Math.PI);
  const cells: { c: number; r: number; ring: number; angle: number }[] = [];
  for (let c = 0; c < cols; c++)
    for (let r = 0; r < rows; r++) if (c !== hc || r !== hr) cells.push({ c, r, ring: Math.max(Math.abs(c - hc) / hc, Math.abs(r - hr) / hr), angle: angle(c, r) });
  const chosen = cells.sort((a, b) => a.ring - b.ring || a.angle - b.angle).slice(0, n).sort((a, b) => a.angle - b.angle);
  return { hub: centre(hc, hr), centers: chosen.map((k) => centre(k.c, k.r)), cell: { width: cw, height: ch } };
}
