// Pixel kernels in WebAssembly (AssemblyScript, compiled by `npm run build` to dist/wasm/pixels.wasm):
// the loops over every pixel of a PNG render — the canvas gradient, compositing resvg's render over
// it, the colour histogram and the palette-index rows. They are exact ports of the JavaScript in
// src/render/raster/ (canvas-gradient.ts, quantize.ts), which stays as the fallback and as the
// reference the tests compare against byte for byte. Why: a cold one-PNG render ran those loops in
// V8's interpreter before its JIT caught up (~55 ms of ~260); WebAssembly is compiled before it runs.
// Memory is laid out by the caller (src/render/raster/wasm-pixels.ts); every pointer is a byte offset.

/** JavaScript's Math.round for finite x: the nearest integer, halves towards +∞. */
@inline function jsRound(x: f64): f64 {
  const f = Math.floor(x);
  return x - f >= 0.5 ? f + 1 : f;
}

@inline function word(r: f64, g: f64, b: f64): i32 {
  return <i32>0xff000000 | (<i32>b << 16) | (<i32>g << 8) | <i32>r;
}

/**
 * The opaque gradient background as RGBA words (canvas-gradient.ts background(), same arithmetic in
 * the same order). Each column's term is computed once, at `columns` (f64 × w of scratch): the
 * same value the JavaScript computes for every pixel.
 */
export function background(out: usize, w: i32, h: i32, fx: f64, fy: f64, dx: f64, dy: f64, len2: f64, a0: f64, a1: f64, a2: f64, d0: f64, d1: f64, d2: f64, columns: usize): void {
  for (let x = 0; x < w; x++) store<f64>(columns + (<usize>x << 3), ((<f64>x + 0.5) / <f64>w - fx) * dx);
  let p = out;
  for (let y = 0; y < h; y++) {
    const vdy = ((<f64>y + 0.5) / <f64>h - fy) * dy;
    for (let x = 0; x < w; x++) {
      const raw = (load<f64>(columns + (<usize>x << 3)) + vdy) / len2;
      const t = raw < 0 ? 0 : raw > 1 ? 1 : raw;
      store<i32>(p, word(jsRound(a0 + d0 * t), jsRound(a1 + d1 * t), jsRound(a2 + d2 * t)));
      p += 4;
    }
  }
}

/** Premultiplied RGBA words at `px` composited in place over the background words at `bg` (canvas-gradient.ts compositeOverGradient()). */
export function composite(px: usize, bg: usize, n: i32, w: i32, h: i32, fx: f64, fy: f64, dx: f64, dy: f64, len2: f64, a0: f64, a1: f64, a2: f64, d0: f64, d1: f64, d2: f64): void {
  for (let p = 0; p < n; p++) {
    const at = px + (<usize>p << 2);
    const c = load<i32>(at);
    if (c == 0) {
      store<i32>(at, load<i32>(bg + (<usize>p << 2)));
      continue;
    }
    if (c >> 24 == -1) continue; // alpha 255
    const x = p % w;
    const y = (p - x) / w;
    const u = (<f64>x + 0.5) / <f64>w - fx;
    const v = (<f64>y + 0.5) / <f64>h - fy;
    const raw = (u * dx + v * dy) / len2;
    const t = raw < 0 ? 0 : raw > 1 ? 1 : raw;
    const k = <f64>(255 - (<u32>c >>> 24)) / 255;
    const r = jsRound(<f64>(c & 255) + (a0 + d0 * t) * k);
    const g = jsRound(<f64>((<u32>c >>> 8) & 255) + (a1 + d1 * t) * k);
    const b = jsRound(<f64>((<u32>c >>> 16) & 255) + (a2 + d2 * t) * k);
    store<i32>(at, word(r, g, b));
  }
}

/** Table size of the colour hash (open addressing); MAX_DISTINCT colours fill at most half of it. */
const TABLE_BITS = 17;
const TABLE_MASK: u32 = (1 << TABLE_BITS) - 1;
/** One colour more than this and the picture is not a diagram (quantize.ts: the JS path gives up at the same count). */
const MAX_DISTINCT = 65536;

let runs: i32 = 0;
/** Runs found by the last histogram(). */
export function runCount(): i32 {
  return runs;
}

/**
 * quantize.ts histogram(): distinct colours in first-seen order (words at `colours`, pixel counts
 * as f64 at `counts`), and the picture as runs of equal pixels (starts as i32 at `runStarts`, colour
 * numbers as u16 at `runIds`, at most `maxRuns`). Returns the number of distinct colours, −1 past
 * MAX_DISTINCT, −2 past `maxRuns` (the caller then takes the JavaScript path).
 */
export function histogram(px: usize, n: i32, keys: usize, values: usize, colours: usize, counts: usize, runStarts: usize, runIds: usize, maxRuns: i32): i32 {
  memory.fill(values, 0xff, <usize>4 << TABLE_BITS);
  let size = 0;
  runs = 0;
  for (let i = 0; i < n; ) {
    const c = load<i32>(px + (<usize>i << 2));
    let end = i + 1;
    while (end < n && load<i32>(px + (<usize>end << 2)) == c) end++;
    let slot = (<u32>(c * <i32>0x9e3779b1) >>> 15) & TABLE_MASK;
    let id = -1;
    for (;;) {
      const v = load<i32>(values + (<usize>slot << 2));
      if (v < 0) break;
      if (load<i32>(keys + (<usize>slot << 2)) == c) {
        id = v;
        break;
      }
      slot = (slot + 1) & TABLE_MASK;
    }
    if (id < 0) {
      if (size >= MAX_DISTINCT) return -1;
      id = size++;
      store<i32>(keys + (<usize>slot << 2), c);
      store<i32>(values + (<usize>slot << 2), id);
      store<i32>(colours + (<usize>id << 2), c);
      store<f64>(counts + (<usize>id << 3), 0);
    }
    store<f64>(counts + (<usize>id << 3), load<f64>(counts + (<usize>id << 3)) + <f64>(end - i));
    if (runs >= maxRuns) return -2;
    store<i32>(runStarts + (<usize>runs << 2), i);
    store<u16>(runIds + (<usize>runs << 1), <u16>id);
    runs++;
    i = end;
  }
  return size;
}

/** quantize.ts indexRows(): PNG scanlines of palette indices (filter byte 0) at `out`, from the runs of the last histogram() and the palette index of each colour at `paletteOf` (u8). */
export function indexRows(runStarts: usize, runIds: usize, paletteOf: usize, width: i32, height: i32, out: usize): void {
  const pixels = width * height;
  // every pixel is written below: only each row's filter byte (0, None) needs setting
  for (let y = 0; y < height; y++) store<u8>(out + <usize>y * <usize>(width + 1), 0);
  let row = 0;
  let rowEnd = width;
  for (let r = 0; r < runs; r++) {
    const v = load<u8>(paletteOf + <usize>load<u16>(runIds + (<usize>r << 1)));
    const end = r + 1 < runs ? load<i32>(runStarts + (<usize>(r + 1) << 2)) : pixels;
    let k = load<i32>(runStarts + (<usize>r << 2));
    while (k < end) {
      if (k == rowEnd) {
        row++;
        rowEnd += width;
      }
      const stop = end < rowEnd ? end : rowEnd;
      for (let o = k + row + 1; k < stop; k++, o++) store<u8>(out + <usize>o, v);
    }
  }
}

// ---- the palette: quantize.ts splitBoxes(), assign() and the k-means pass, over the distinct colours ----

/** Channel weights of quantize.ts (WR, WG, WB, WA). */
const W0: f64 = 2;
const W1: f64 = 4;
const W2: f64 = 3;
const W3: f64 = 4;

/**
 * A box of quantize.ts: start, end (i32), mean[4], variance[4], sse (f64), lo[4], hi[4] (i32), in
 * BOX bytes. Boxes live in an array at `boxes`, in the order of quantize.ts's boxes array.
 */
const BOX: usize = 4 + 4 + 32 + 32 + 8 + 16 + 16;
/** Byte offsets of a box's fields. */
const END: usize = 4;
const MEAN: usize = 8;
const ERR: usize = 40;
const SSE: usize = 72;
const LO: usize = 80;
const HI: usize = 96;
@inline function boxAt(boxes: usize, b: i32): usize {
  return boxes + <usize>b * BOX;
}
/** Bytes of one box: the caller lays out room for 256 of them (src/render/raster/wasm-pixels.ts). */
export function boxBytes(): i32 {
  return <i32>BOX;
}

/** quantize.ts makeBox(): the weighted mean and squared error of the colours order[start, end). */
function makeBox(at: usize, colours: usize, counts: usize, order: usize, start: i32, end: i32): void {
  let s0: f64 = 0, s1: f64 = 0, s2: f64 = 0, s3: f64 = 0;
  let q0: f64 = 0, q1: f64 = 0, q2: f64 = 0, q3: f64 = 0;
  let lo0 = 255, lo1 = 255, lo2 = 255, lo3 = 255;
  let hi0 = 0, hi1 = 0, hi2 = 0, hi3 = 0;
  let n: f64 = 0;
  for (let k = start; k < end; k++) {
    const id = load<i32>(order + (<usize>k << 2));
    const w = load<f64>(counts + (<usize>id << 3));
    n += w;
    const c = colours + (<usize>id << 2);
    const v0 = <i32>load<u8>(c), v1 = <i32>load<u8>(c, 1), v2 = <i32>load<u8>(c, 2), v3 = <i32>load<u8>(c, 3);
    s0 += w * <f64>v0;
    q0 += w * <f64>v0 * <f64>v0;
    s1 += w * <f64>v1;
    q1 += w * <f64>v1 * <f64>v1;
    s2 += w * <f64>v2;
    q2 += w * <f64>v2 * <f64>v2;
    s3 += w * <f64>v3;
    q3 += w * <f64>v3 * <f64>v3;
    if (v0 < lo0) lo0 = v0;
    if (v0 > hi0) hi0 = v0;
    if (v1 < lo1) lo1 = v1;
    if (v1 > hi1) hi1 = v1;
    if (v2 < lo2) lo2 = v2;
    if (v2 > hi2) hi2 = v2;
    if (v3 < lo3) lo3 = v3;
    if (v3 > hi3) hi3 = v3;
  }
  const m0 = s0 / n, m1 = s1 / n, m2 = s2 / n, m3 = s3 / n;
  const e0 = W0 * Math.max(0, q0 - n * m0 * m0);
  const e1 = W1 * Math.max(0, q1 - n * m1 * m1);
  const e2 = W2 * Math.max(0, q2 - n * m2 * m2);
  const e3 = W3 * Math.max(0, q3 - n * m3 * m3);
  store<i32>(at, start);
  store<i32>(at, end, END);
  store<f64>(at + MEAN, m0);
  store<f64>(at + MEAN, m1, 8);
  store<f64>(at + MEAN, m2, 16);
  store<f64>(at + MEAN, m3, 24);
  store<f64>(at + ERR, e0);
  store<f64>(at + ERR, e1, 8);
  store<f64>(at + ERR, e2, 16);
  store<f64>(at + ERR, e3, 24);
  store<f64>(at + SSE, 0 + e0 + e1 + e2 + e3);
  store<i32>(at + LO, lo0);
  store<i32>(at + LO, lo1, 4);
  store<i32>(at + LO, lo2, 8);
  store<i32>(at + LO, lo3, 12);
  store<i32>(at + HI, hi0);
  store<i32>(at + HI, hi1, 4);
  store<i32>(at + HI, hi2, 8);
  store<i32>(at + HI, hi3, 12);
}

/** Sorts the `count` f64 values at `base` ascending, in place (heapsort: the keys are distinct, so the order is the one any sort gives). */
function sortF64(base: usize, count: i32): void {
  for (let start = (count >> 1) - 1; start >= 0; start--) siftDown(base, start, count);
  for (let end = count - 1; end > 0; end--) {
    const t = load<f64>(base);
    store<f64>(base, load<f64>(base + (<usize>end << 3)));
    store<f64>(base + (<usize>end << 3), t);
    siftDown(base, 0, end);
  }
}
function siftDown(base: usize, root: i32, count: i32): void {
  let r = root;
  for (;;) {
    let child = 2 * r + 1;
    if (child >= count) return;
    if (child + 1 < count && load<f64>(base + (<usize>(child + 1) << 3)) > load<f64>(base + (<usize>child << 3))) child++;
    const rv = load<f64>(base + (<usize>r << 3));
    const cv = load<f64>(base + (<usize>child << 3));
    if (rv >= cv) return;
    store<f64>(base + (<usize>r << 3), cv);
    store<f64>(base + (<usize>child << 3), rv);
    r = child;
  }
}

/**
 * quantize.ts splitBoxes(): splits the box with the largest squared error on its channel of
 * largest error at the middle of its range, until `maxColours` boxes. `order` (i32 × distinct) and
 * `keys` (f64 × distinct) are scratch; `boxes` holds maxColours boxes. Returns the box count.
 */
export function splitBoxes(colours: usize, counts: usize, distinct: i32, maxColours: i32, order: usize, keys: usize, boxes: usize): i32 {
  for (let i = 0; i < distinct; i++) store<i32>(order + (<usize>i << 2), i);
  makeBox(boxAt(boxes, 0), colours, counts, order, 0, distinct);
  let count = 1;
  while (count < maxColours) {
    let pick = -1;
    for (let b = 0; b < count; b++) {
      const at = boxAt(boxes, b);
      if (load<i32>(at + END) - load<i32>(at) > 1 && load<f64>(at + SSE) > 0 && (pick < 0 || load<f64>(at + SSE) > load<f64>(boxAt(boxes, pick) + SSE))) pick = b;
    }
    if (pick < 0) break;
    const box = boxAt(boxes, pick);
    const start = load<i32>(box);
    const end = load<i32>(box + END);
    // the channel of largest error (the first on a tie), as variance.indexOf(Math.max(...variance))
    let ch = 0;
    let most = load<f64>(box + ERR);
    for (let c = 1; c < 4; c++) {
      const v = load<f64>(box + ERR + (<usize>c << 3));
      if (v > most) {
        most = v;
        ch = c;
      }
    }
    for (let k = start; k < end; k++) {
      const id = load<i32>(order + (<usize>k << 2));
      store<f64>(keys + (<usize>k << 3), <f64>load<u8>(colours + (<usize>id << 2) + <usize>ch) * 65536 + <f64>id);
    }
    sortF64(keys + (<usize>start << 3), end - start);
    for (let k = start; k < end; k++) store<i32>(order + (<usize>k << 2), <i32>(load<f64>(keys + (<usize>k << 3)) % 65536));
    const middle = <f64>(load<i32>(box + LO + (<usize>ch << 2)) + load<i32>(box + HI + (<usize>ch << 2))) / 2;
    let cut = start + 1;
    while (cut < end - 1 && <f64>load<u8>(colours + (<usize>load<i32>(order + (<usize>cut << 2)) << 2) + <usize>ch) <= middle) cut++;
    // boxes.splice(pick, 1, left, right): the boxes after pick move up one
    memory.copy(boxAt(boxes, pick + 2), boxAt(boxes, pick + 1), <usize>(count - pick - 1) * BOX);
    makeBox(boxAt(boxes, pick), colours, counts, order, start, cut);
    makeBox(boxAt(boxes, pick + 1), colours, counts, order, cut, end);
    count++;
  }
  return count;
}

/** The box means as the first palette (f64 × 4 per entry at `palette`). */
export function boxMeans(boxes: usize, count: i32, palette: usize): void {
  for (let b = 0; b < count; b++) for (let ch = 0; ch < 4; ch++) store<f64>(palette + (<usize>(b * 4 + ch) << 3), load<f64>(boxAt(boxes, b) + MEAN + (<usize>ch << 3)));
}

@inline function distance(colours: usize, i: i32, palette: usize, p: i32): f64 {
  const c = colours + (<usize>i << 2);
  const q = palette + (<usize>p << 5);
  const dr = <f64>load<u8>(c) - load<f64>(q);
  const dg = <f64>load<u8>(c, 1) - load<f64>(q, 8);
  const db = <f64>load<u8>(c, 2) - load<f64>(q, 16);
  const da = <f64>load<u8>(c, 3) - load<f64>(q, 24);
  return W0 * dr * dr + W1 * dg * dg + W2 * db * db + W3 * da * da;
}

/**
 * quantize.ts assign(): the nearest palette entry of every distinct colour (u8 at `out`), the
 * palette searched outward in green order. `byGreen` (i32 × n): scratch.
 */
export function assign(colours: usize, distinct: i32, palette: usize, n: i32, byGreen: usize, out: usize): void {
  // palette indices by green, ties by index (insertion sort: n ≤ 256)
  for (let p = 0; p < n; p++) {
    const g = load<f64>(palette + (<usize>p << 5), 8);
    let k = p - 1;
    while (k >= 0) {
      const q = load<i32>(byGreen + (<usize>k << 2));
      const gq = load<f64>(palette + (<usize>q << 5), 8);
      if (gq < g || (gq == g && q < p)) break;
      store<i32>(byGreen + (<usize>(k + 1) << 2), q);
      k--;
    }
    store<i32>(byGreen + (<usize>(k + 1) << 2), p);
  }
  for (let i = 0; i < distinct; i++) {
    const g = <f64>load<u8>(colours + (<usize>i << 2), 1);
    let hi = 0;
    while (hi < n && load<f64>(palette + (<usize>load<i32>(byGreen + (<usize>hi << 2)) << 5), 8) < g) hi++;
    let lo = hi - 1;
    let best = load<i32>(byGreen + (<usize>(hi < n ? hi : lo) << 2));
    let bestD = Infinity;
    for (; hi < n; hi++) {
      const p = load<i32>(byGreen + (<usize>hi << 2));
      const dg = load<f64>(palette + (<usize>p << 5), 8) - g;
      if (W1 * dg * dg > bestD) break;
      const d = distance(colours, i, palette, p);
      if (d < bestD || (d == bestD && p < best)) {
        bestD = d;
        best = p;
      }
    }
    for (; lo >= 0; lo--) {
      const p = load<i32>(byGreen + (<usize>lo << 2));
      const dg = g - load<f64>(palette + (<usize>p << 5), 8);
      if (W1 * dg * dg > bestD) break;
      const d = distance(colours, i, palette, p);
      if (d < bestD || (d == bestD && p < best)) {
        bestD = d;
        best = p;
      }
    }
    store<u8>(out + <usize>i, <u8>best);
  }
}

/** quantize.ts's k-means pass: each palette entry moved to the rounded mean of the colours assigned to it (entries with none keep theirs). `sums`: scratch, f64 × 5 per entry. */
export function kmeans(colours: usize, counts: usize, distinct: i32, map: usize, palette: usize, n: i32, sums: usize): void {
  memory.fill(sums, 0, <usize>n * 40);
  for (let i = 0; i < distinct; i++) {
    const p = <i32>load<u8>(map + <usize>i);
    const w = load<f64>(counts + (<usize>i << 3));
    const s = sums + <usize>p * 40;
    store<f64>(s, load<f64>(s) + w);
    for (let ch = 0; ch < 4; ch++) {
      const at = s + 8 + (<usize>ch << 3);
      store<f64>(at, load<f64>(at) + w * <f64>load<u8>(colours + (<usize>i << 2) + <usize>ch));
    }
  }
  for (let p = 0; p < n; p++) {
    const s = sums + <usize>p * 40;
    const w = load<f64>(s);
    if (w > 0) for (let ch = 0; ch < 4; ch++) store<f64>(palette + (<usize>(p * 4 + ch) << 3), jsRound(load<f64>(s + 8 + (<usize>ch << 3)) / w));
  }
}

let over: f64 = 0;
/** Pixels errors() found off by more than its tolerance. */
export function pixelsOver(): f64 {
  return over;
}

/**
 * The final palette as bytes (u8 × 4 per entry at `out`, as Uint8Array.from(palette) truncates), and
 * quantize.ts's error figures: returns the largest difference of any colour in any channel from its
 * entry; pixelsOver() counts the pixels off by more than `tolerance`.
 */
export function errors(colours: usize, counts: usize, distinct: i32, map: usize, palette: usize, n: i32, tolerance: i32, out: usize): i32 {
  for (let k = 0; k < n * 4; k++) store<u8>(out + <usize>k, <u8><i32>load<f64>(palette + (<usize>k << 3)));
  let maxError = 0;
  over = 0;
  for (let i = 0; i < distinct; i++) {
    const p = <i32>load<u8>(map + <usize>i);
    let e = 0;
    for (let ch = 0; ch < 4; ch++) {
      const d = abs<i32>(<i32>load<u8>(colours + (<usize>i << 2) + <usize>ch) - <i32>load<u8>(out + (<usize>p << 2) + <usize>ch));
      if (d > e) e = d;
    }
    if (e > maxError) maxError = e;
    if (e > tolerance) over += load<f64>(counts + (<usize>i << 3));
  }
  return maxError;
}
