import { WASM_MAX_PIXELS, wasmPixels } from './wasm-pixels.js';
import type { Pixels } from './pixels.js';

/**
 * Palette (indexed) colour for diagrams. A diagram has few colours: flat fills, a canvas gradient
 * and the anti-aliased edges between them (the Meta strategy map: 1,488 distinct colours in
 * 756,000 pixels). At most 256 distinct colours → an exact palette (lossless). More → a weighted
 * variance-split ("median cut" that splits the box with the largest squared error in the middle of its widest-error channel)
 * over the *distinct* colours, refined by two k-means passes, so the cost follows the number of
 * distinct colours, not of pixels. Pixels are visited twice (histogram, then index lookup), and a
 * pixel equal to its left neighbour skips the hash lookup: most of a diagram is runs.
 *
 * Measured (Meta strategy map, 1200×630, one process): image-q's Wu quantiser reached max error 7
 * but took ~30 s in JS under load; libimagequant (@napi-rs/image pngQuantize) gave 32 KB but took
 * >5 s with its oxipng pass. This one: about half of resvg's rasterising time, max error 14 on the
 * strategy map, 10 on flywheel and chain, no pixel over pixelmatch's 0.05 threshold. Searching
 * the palette in green order (assign) took the whole quantiser from 14.6 to 8.6 ms (min of 60,
 * same picture, 1,400 distinct colours; resvg's render of it: ~15 ms).
 * Deterministic: colours are numbered in first-seen order and every tie breaks by that number.
 */
export interface Palette {
  /** RGBA, 4 bytes per entry, straight alpha */
  colours: Uint8Array;
}

export interface Quantized {
  palette: Palette;
  /**
   * The picture as PNG scanlines of palette indices: each row is a filter byte (0, None) and one
   * index per pixel. Written in that layout at once, so the encoder deflates it without a copy.
   */
  rows: Uint8Array;
  /** true when the palette holds every colour of the picture (no loss) */
  exact: boolean;
  /** the largest difference of any pixel in any channel (0–255) from the full-colour picture */
  maxError: number;
  /** how many pixels differ by more than the `tolerance` asked for, in some channel */
  pixelsOver: number;
}

/** Beyond this many distinct colours the picture is not a diagram (a photo logo, a big gradient): stay full colour. */
const MAX_DISTINCT = 65_535;
/** Channel weights for distances, roughly the eye's sensitivity (green most, blue least); alpha as green. */
const WR = 2;
const WG = 4;
const WB = 3;
const WA = 4;

interface Histogram {
  /** RGBA of each distinct colour, first-seen order */
  colours: Uint8Array;
  counts: Float64Array;
  /**
   * The picture as runs of equal pixels: where each run starts, and its distinct-colour number.
   * Absent when the WebAssembly kernels made the histogram: the runs stay in their memory.
   */
  runStarts?: Int32Array;
  runIds?: Uint16Array;
  runCount: number;
  width: number;
  height: number;
}

/** The histogram, by the WebAssembly kernels when they are there (wasm-pixels.ts) and `kernels` allows, else in JavaScript. */
function histogramOf(px: Pixels, kernels: Kernels): Histogram | undefined {
  const wasm = kernels === 'auto' && px.width * px.height <= WASM_MAX_PIXELS ? wasmPixels() : null;
  if (!wasm) return histogram(px);
  const h = wasm.histogram(px.rgba, px.width, px.height);
  if (h === undefined) return undefined;
  return h ? { ...h, width: px.width, height: px.height } : histogram(px);
}

/** The picture's palette-index scanlines, where its histogram was made. */
function rowsOf(h: Histogram, paletteOf: ArrayLike<number>): Uint8Array {
  if (h.runStarts) return indexRows(h, paletteOf, h.width, h.height);
  return wasmPixels()!.rows(paletteOf, h.counts.length, h.width, h.height);
}

function i32View(rgba: Uint8Array): Int32Array {
  const aligned = rgba.byteOffset % 4 === 0 ? rgba : rgba.slice();
  return new Int32Array(aligned.buffer, aligned.byteOffset, aligned.byteLength >>> 2);
}

/**
 * Open-addressing hash from a colour (RGBA as int32) to its distinct-colour number: several times
 * faster than a Map here, and colours stay int32 (a Map would box them).
 */
class ColourTable {
  private keys: Int32Array;
  private values: Int32Array;
  private mask: number;
  size = 0;

  constructor(bits = 12) {
    this.keys = new Int32Array(1 << bits);
    this.values = new Int32Array(1 << bits).fill(-1);
    this.mask = (1 << bits) - 1;
  }

  /** The colour's number, numbering it `size` when new. */
  idOf(c: number): number {
    let slot = Math.imul(c, 0x9e3779b1) >>> 20 & this.mask;
    for (;;) {
      const v = this.values[slot]!;
      if (v < 0) break;
      if (this.keys[slot] === c) return v;
      slot = (slot + 1) & this.mask;
    }
    this.keys[slot] = c;
    this.values[slot] = this.size;
    if (++this.size * 2 > this.mask) this.rehash();
    return this.size - 1;
  }

  private rehash(): void {
    const { keys, values } = this;
    this.keys = new Int32Array(keys.length * 2);
    this.values = new Int32Array(keys.length * 2).fill(-1);
    this.mask = keys.length * 2 - 1;
    for (let i = 0; i < keys.length; i++) {
      if (values[i]! < 0) continue;
      let slot = Math.imul(keys[i]!, 0x9e3779b1) >>> 20 & this.mask;
      while (this.values[slot]! >= 0) slot = (slot + 1) & this.mask;
      this.keys[slot] = keys[i]!;
      this.values[slot] = values[i]!;
    }
  }
}

/** Distinct colours with their pixel counts, and the picture as runs (a diagram has ~1 run per 15 pixels). Exported for the tests that hold the WebAssembly kernel to it. */
export function histogram(px: Pixels): Histogram | undefined {
  const px32 = i32View(px.rgba);
  const table = new ColourTable();
  let colours = new Int32Array(1024);
  let counts = new Float64Array(1024);
  let runStarts = new Int32Array(1 << 16);
  let runIds = new Uint16Array(1 << 16);
  let runCount = 0;
  const length = px32.length;
  // run by run: the inner loop only compares neighbours (most of a diagram is runs)
  for (let i = 0; i < length; ) {
    const c = px32[i]!;
    let end = i + 1;
    while (end < length && px32[end] === c) end++;
    const id = table.idOf(c);
    if (id === colours.length) {
      if (id >= MAX_DISTINCT) return undefined;
      colours = grow(colours, new Int32Array(id * 2));
      counts = grow(counts, new Float64Array(id * 2));
    }
    colours[id] = c;
    counts[id]! += end - i;
    if (runCount === runStarts.length) {
      runStarts = grow(runStarts, new Int32Array(runCount * 2));
      runIds = grow(runIds, new Uint16Array(runCount * 2));
    }
    runStarts[runCount] = i;
    runIds[runCount++] = id;
    i = end;
  }
  const distinct = table.size;
  return { colours: new Uint8Array(colours.buffer, 0, distinct * 4).slice(), counts: counts.slice(0, distinct), runStarts, runIds, runCount, width: px.width, height: px.height };
}

function grow<T extends Int32Array | Uint16Array | Float64Array>(from: T, to: T): T {
  to.set(from);
  return to;
}

/**
 * PNG scanlines of palette indices (filter byte 0, then one index per pixel), filled run by run.
 * A run may cross a row's end: its pixel k goes to k + row + 1, skipping each filter byte.
 */
export function indexRows(h: Histogram, paletteOf: ArrayLike<number>, width: number, height: number): Uint8Array {
  const { runStarts, runIds } = h as Required<Histogram>;
  const pixels = width * height;
  const out = new Uint8Array(pixels + height); // filter bytes stay 0 (None)
  let row = 0;
  let rowEnd = width;
  for (let r = 0; r < h.runCount; r++) {
    const v = paletteOf[runIds[r]!]!;
    const end = r + 1 < h.runCount ? runStarts[r + 1]! : pixels;
    let k = runStarts[r]!;
    while (k < end) {
      if (k === rowEnd) {
        row++;
        rowEnd += width;
      }
      const stop = end < rowEnd ? end : rowEnd;
      // runs are short (~15 px): a plain loop beats a call to fill()
      for (let o = k + row + 1; k < stop; k++, o++) out[o] = v;
    }
  }
  return out;
}

function distance(c: ArrayLike<number>, i: number, p: ArrayLike<number>, j: number): number {
  const dr = c[i]! - p[j]!;
  const dg = c[i + 1]! - p[j + 1]!;
  const db = c[i + 2]! - p[j + 2]!;
  const da = c[i + 3]! - p[j + 3]!;
  return WR * dr * dr + WG * dg * dg + WB * db * db + WA * da * da;
}

const WEIGHTS = [WR, WG, WB, WA];
const IDENTITY = Uint8Array.from({ length: 256 }, (_, i) => i);

interface Box {
  start: number;
  end: number;
  mean: number[];
  lo: number[];
  hi: number[];
  /** weighted squared error per channel */
  variance: number[];
  /** their sum: the box's weighted squared error around its mean */
  sse: number;
}

/**
 * Weighted mean and squared error of the distinct colours order[start, end). One accumulator
 * variable per channel, not arrays: the same sums in the same order (so the same palette), but
 * a cold one-PNG render ran this loop in the interpreter, where array slots cost ~4% of its time.
 */
function makeBox(h: Histogram, order: Int32Array, start: number, end: number): Box {
  let s0 = 0, s1 = 0, s2 = 0, s3 = 0;
  let q0 = 0, q1 = 0, q2 = 0, q3 = 0;
  let lo0 = 255, lo1 = 255, lo2 = 255, lo3 = 255;
  let hi0 = 0, hi1 = 0, hi2 = 0, hi3 = 0;
  let n = 0;
  const c = h.colours;
  for (let k = start; k < end; k++) {
    const id = order[k]!;
    const w = h.counts[id]!;
    n += w;
    const v0 = c[id * 4]!, v1 = c[id * 4 + 1]!, v2 = c[id * 4 + 2]!, v3 = c[id * 4 + 3]!;
    s0 += w * v0;
    q0 += w * v0 * v0;
    s1 += w * v1;
    q1 += w * v1 * v1;
    s2 += w * v2;
    q2 += w * v2 * v2;
    s3 += w * v3;
    q3 += w * v3 * v3;
    if (v0 < lo0) lo0 = v0;
    if (v0 > hi0) hi0 = v0;
    if (v1 < lo1) lo1 = v1;
    if (v1 > hi1) hi1 = v1;
    if (v2 < lo2) lo2 = v2;
    if (v2 > hi2) hi2 = v2;
    if (v3 < lo3) lo3 = v3;
    if (v3 > hi3) hi3 = v3;
  }
  const mean = [s0 / n, s1 / n, s2 / n, s3 / n];
  const variance = [q0, q1, q2, q3].map((q, ch) => WEIGHTS[ch]! * Math.max(0, q - n * mean[ch]! * mean[ch]!));
  return { start, end, mean, lo: [lo0, lo1, lo2, lo3], hi: [hi0, hi1, hi2, hi3], variance, sse: variance.reduce((a, b) => a + b, 0) };
}

/** Splits the box with the largest squared error, on its channel of largest error, at the middle of its range, until `maxColours` boxes. */
function splitBoxes(h: Histogram, maxColours: number): { boxes: Box[]; order: Int32Array } {
  const distinct = h.counts.length;
  const order = Int32Array.from({ length: distinct }, (_, i) => i);
  const keys = new Float64Array(distinct);
  const boxes: Box[] = [makeBox(h, order, 0, distinct)];
  while (boxes.length < maxColours) {
    let pick = -1;
    for (let b = 0; b < boxes.length; b++) if (boxes[b]!.end - boxes[b]!.start > 1 && boxes[b]!.sse > 0 && (pick < 0 || boxes[b]!.sse > boxes[pick]!.sse)) pick = b;
    if (pick < 0) break;
    const box = boxes[pick]!;
    const ch = box.variance.indexOf(Math.max(...box.variance));
    // sort by channel value, ties by colour number: a numeric key sorts without a comparator
    const seg = keys.subarray(box.start, box.end);
    for (let k = box.start; k < box.end; k++) keys[k] = h.colours[order[k]! * 4 + ch]! * 65_536 + order[k]!;
    seg.sort();
    for (let k = box.start; k < box.end; k++) order[k] = keys[k]! % 65_536;
    // cut at the middle of the channel's range (not at the weighted mean): a heavy colour at one
    // end would otherwise peel one colour per split and make the splitting quadratic
    const middle = (box.lo[ch]! + box.hi[ch]!) / 2;
    let cut = box.start + 1;
    while (cut < box.end - 1 && h.colours[order[cut]! * 4 + ch]! <= middle) cut++;
    boxes.splice(pick, 1, makeBox(h, order, box.start, cut), makeBox(h, order, cut, box.end));
  }
  return { boxes, order };
}

/**
 * Nearest palette entry of every distinct colour. The palette is searched outward from the
 * colour's green value in green order, stopping each way once green alone is farther than the
 * best so far (green has the largest weight): ~10 distance checks per colour instead of all 256.
 * Ties go to the lower palette index, so the result does not depend on the search order.
 */
function assign(h: Histogram, palette: Float64Array, n: number): Uint8Array {
  const out = new Uint8Array(h.counts.length);
  const c = h.colours;
  const byGreen = Int32Array.from({ length: n }, (_, p) => p).sort((p, q) => palette[p * 4 + 1]! - palette[q * 4 + 1]! || p - q);
  const greens = Float64Array.from(byGreen, (p) => palette[p * 4 + 1]!);
  for (let i = 0; i < h.counts.length; i++) {
    const g = c[i * 4 + 1]!;
    let hi = 0;
    while (hi < n && greens[hi]! < g) hi++;
    let lo = hi - 1;
    let best = byGreen[hi < n ? hi : lo]!;
    let bestD = Infinity;
    // (no closure for the candidate test: this runs interpreted in a cold render)
    for (; hi < n; hi++) {
      const dg = greens[hi]! - g;
      if (WG * dg * dg > bestD) break;
      const p = byGreen[hi]!;
      const d = distance(c, i * 4, palette, p * 4);
      if (d < bestD || (d === bestD && p < best)) {
        bestD = d;
        best = p;
      }
    }
    for (; lo >= 0; lo--) {
      const dg = g - greens[lo]!;
      if (WG * dg * dg > bestD) break;
      const p = byGreen[lo]!;
      const d = distance(c, i * 4, palette, p * 4);
      if (d < bestD || (d === bestD && p < best)) {
        bestD = d;
        best = p;
      }
    }
    out[i] = best;
  }
  return out;
}

/** 'auto': the WebAssembly kernels where they load (the same bytes, sooner), 'js': the JavaScript alone (the tests' reference). */
export type Kernels = 'auto' | 'js';

/**
 * Quantises to at most `maxColours` (2–256); undefined when the picture has too many distinct
 * colours. `tolerance` (0–255) only sets what `pixelsOver` counts.
 */
export function quantize(px: Pixels, maxColours = 256, tolerance = 24, kernels: Kernels = 'auto'): Quantized | undefined {
  const h = histogramOf(px, kernels);
  if (!h) return undefined;
  const distinct = h.counts.length;
  if (distinct <= maxColours) {
    return { palette: { colours: h.colours }, rows: rowsOf(h, IDENTITY), exact: true, maxError: 0, pixelsOver: 0 };
  }
  const wasm = h.runStarts ? null : wasmPixels();
  if (wasm) {
    const q = wasm.palette(distinct, maxColours, tolerance, px.width, px.height);
    return { palette: { colours: q.colours }, rows: wasm.rowsFromPalette(px.width, px.height), exact: false, maxError: q.maxError, pixelsOver: q.pixelsOver };
  }
  const { boxes } = splitBoxes(h, maxColours);
  const n = boxes.length;
  const palette = new Float64Array(n * 4);
  boxes.forEach((b, i) => b.mean.forEach((m, ch) => (palette[i * 4 + ch] = m)));
  let map = assign(h, palette, n);
  // one k-means pass: move each entry to the mean of the colours now nearest to it
  const sum = new Float64Array(n * 4);
  const weight = new Float64Array(n);
  for (let i = 0; i < distinct; i++) {
    const p = map[i]!;
    const w = h.counts[i]!;
    weight[p]! += w;
    for (let ch = 0; ch < 4; ch++) sum[p * 4 + ch]! += w * h.colours[i * 4 + ch]!;
  }
  for (let p = 0; p < n; p++) if (weight[p]! > 0) for (let ch = 0; ch < 4; ch++) palette[p * 4 + ch] = Math.round(sum[p * 4 + ch]! / weight[p]!);
  map = assign(h, palette, n);
  const colours = Uint8Array.from(palette);
  let maxError = 0;
  let pixelsOver = 0;
  for (let i = 0; i < distinct; i++) {
    let e = 0;
    for (let ch = 0; ch < 4; ch++) e = Math.max(e, Math.abs(h.colours[i * 4 + ch]! - colours[map[i]! * 4 + ch]!));
    maxError = Math.max(maxError, e);
    if (e > tolerance) pixelsOver += h.counts[i]!;
  }
  return { palette: { colours }, rows: rowsOf(h, map), exact: false, maxError, pixelsOver };
}
