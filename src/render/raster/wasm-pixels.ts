import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * The WebAssembly pixel kernels (assembly/pixels.ts, built to dist/wasm/pixels.wasm): exact ports
 * of the per-pixel loops of canvas-gradient.ts and quantize.ts, which a cold one-PNG render ran in
 * V8's interpreter. Measured (Meta strategy map, 1200×630, median of 9 fresh processes each, one
 * run): rasterise 33.7 → 28.5 ms, encode (quantise + deflate) 47.5 → 11.1 ms; the same PNG bytes for
 * all 243 fixture renders tried. Missing (a tsc-only build) or VISINT_NO_WASM set → null, and the
 * JavaScript runs.
 *
 * One linear memory per process, laid out per picture size (layoutFor); a call copies the pixels
 * in and its results out, so nothing outside this file holds a view into it.
 */
// the WebAssembly global's types come with TypeScript's DOM lib, which this Node-only project does not load
declare namespace WebAssembly {
  class Memory {
    constructor(descriptor: { initial: number });
    readonly buffer: ArrayBuffer;
    grow(pages: number): number;
  }
  class Module {
    constructor(bytes: Uint8Array);
  }
  class Instance {
    constructor(module: Module, imports: object);
    readonly exports: object;
  }
}

interface Exports {
  background(out: number, w: number, h: number, fx: number, fy: number, dx: number, dy: number, len2: number, a0: number, a1: number, a2: number, d0: number, d1: number, d2: number, columns: number): void;
  composite(px: number, bg: number, n: number, w: number, h: number, fx: number, fy: number, dx: number, dy: number, len2: number, a0: number, a1: number, a2: number, d0: number, d1: number, d2: number): void;
  histogram(px: number, n: number, keys: number, values: number, colours: number, counts: number, runStarts: number, runIds: number, maxRuns: number): number;
  runCount(): number;
  indexRows(runStarts: number, runIds: number, paletteOf: number, width: number, height: number, out: number): void;
  splitBoxes(colours: number, counts: number, distinct: number, maxColours: number, order: number, keys: number, boxes: number): number;
  boxMeans(boxes: number, count: number, palette: number): void;
  assign(colours: number, distinct: number, palette: number, n: number, byGreen: number, out: number): void;
  kmeans(colours: number, counts: number, distinct: number, map: number, palette: number, n: number, sums: number): void;
  errors(colours: number, counts: number, distinct: number, map: number, palette: number, n: number, tolerance: number, out: number): number;
  pixelsOver(): number;
  boxBytes(): number;
}

/** Pictures above this many pixels take the JavaScript path: the kernels' memory is never given back, and a server renders many sizes. */
export const WASM_MAX_PIXELS = 6_000_000;
const TABLE_ENTRIES = 1 << 17;
const MAX_DISTINCT = 65_536;
const PAGE = 65_536;

interface Layout {
  w: number;
  h: number;
  n: number;
  bg: number;
  px: number;
  runStarts: number;
  runIds: number;
  maxRuns: number;
  rows: number;
  keys: number;
  values: number;
  colours: number;
  counts: number;
  paletteOf: number;
  order: number;
  sortKeys: number;
  boxes: number;
  palette: number;
  paletteBytes: number;
  byGreen: number;
  sums: number;
  end: number;
}

const align8 = (x: number) => Math.ceil(x / 8) * 8;

/** Byte offsets of every region for a picture of w × h pixels; `boxBytes`: one box of the palette search, as the module lays it out. */
function layoutFor(w: number, h: number, boxBytes: number): Layout {
  const n = w * h;
  // a diagram has about one run per 15 pixels; a picture with more than one per 4 is not one (the JS path takes it)
  const maxRuns = Math.ceil(n / 4);
  const bg = 0;
  const px = align8(bg + 4 * n);
  const runStarts = align8(px + 4 * n);
  const runIds = align8(runStarts + 4 * maxRuns);
  const rows = align8(runIds + 2 * maxRuns);
  const keys = align8(rows + n + h);
  const values = keys + 4 * TABLE_ENTRIES;
  const colours = values + 4 * TABLE_ENTRIES;
  const counts = colours + 4 * MAX_DISTINCT;
  const paletteOf = counts + 8 * MAX_DISTINCT;
  const order = align8(paletteOf + MAX_DISTINCT);
  const sortKeys = order + 4 * MAX_DISTINCT;
  const boxes = sortKeys + 8 * MAX_DISTINCT;
  const palette = boxes + boxBytes * 256;
  const paletteBytes = palette + 8 * 4 * 256;
  const byGreen = paletteBytes + 4 * 256;
  const sums = byGreen + 4 * 256;
  return { w, h, n, bg, px, runStarts, runIds, maxRuns, rows, keys, values, colours, counts, paletteOf, order, sortKeys, boxes, palette, paletteBytes, byGreen, sums, end: sums + 40 * 256 };
}

class Kernels {
  private layout: Layout | undefined;
  /** which background the bg region holds */
  private bgKey = '';
  /** the pixel array whose bytes the px region holds */
  private inMemory: Uint8Array | undefined;

  constructor(
    private readonly k: Exports,
    private readonly memory: WebAssembly.Memory,
  ) {}

  private bytes(): Uint8Array {
    return new Uint8Array(this.memory.buffer);
  }

  private at(w: number, h: number): Layout {
    if (this.layout && this.layout.w === w && this.layout.h === h) return this.layout;
    const l = layoutFor(w, h, this.k.boxBytes());
    const need = Math.ceil(l.end / PAGE) - this.memory.buffer.byteLength / PAGE;
    if (need > 0) this.memory.grow(need);
    this.layout = l;
    this.bgKey = '';
    this.inMemory = undefined;
    return l;
  }

  /** compositeOverGradient in WebAssembly: `over` (premultiplied RGBA) composited over the gradient in place, and returned. */
  composite(over: Uint8Array, w: number, h: number, g: GradientNumbers, key: string): Uint8Array {
    const l = this.at(w, h);
    if (this.bgKey !== key) {
      // the order region is free outside palette(): scratch for the column terms (8 bytes a column: widths up to 32,768 px)
      this.k.background(l.bg, w, h, g.fx, g.fy, g.dx, g.dy, g.len2, g.a0, g.a1, g.a2, g.d0, g.d1, g.d2, l.order);
      this.bgKey = key;
    }
    this.bytes().set(over, l.px);
    this.k.composite(l.px, l.bg, w * h, w, h, g.fx, g.fy, g.dx, g.dy, g.len2, g.a0, g.a1, g.a2, g.d0, g.d1, g.d2);
    // back into resvg's buffer, as the JavaScript composites in place: no fresh 3 MB to fault in
    over.set(this.bytes().subarray(l.px, l.px + 4 * w * h));
    this.inMemory = over;
    return over;
  }

  /** The colour histogram of `rgba`; the runs stay in WebAssembly memory for rows(). undefined: over MAX_DISTINCT colours; null: the JS path should run. */
  histogram(rgba: Uint8Array, w: number, h: number): { colours: Uint8Array; counts: Float64Array; runCount: number } | undefined | null {
    const l = this.at(w, h);
    // the picture composite() just wrote (or the last histogram read) is still there: pixels are not
    // changed once rasterised, so the PNG encoder's quantise (and a byte budget's retries) skip the copy
    if (this.inMemory !== rgba) this.bytes().set(rgba, l.px);
    this.inMemory = rgba;
    const distinct = this.k.histogram(l.px, l.n, l.keys, l.values, l.colours, l.counts, l.runStarts, l.runIds, l.maxRuns);
    if (distinct === -1) return undefined;
    if (distinct < 0) return null;
    const mem = this.memory.buffer;
    return { colours: new Uint8Array(mem, l.colours, distinct * 4).slice(), counts: new Float64Array(mem, l.counts, distinct).slice(), runCount: this.k.runCount() };
  }

  /**
   * quantize.ts's palette search over the colours of the last histogram() of a w × h picture: at most
   * `maxColours` entries, each colour's entry left for rows(); maxError and pixelsOver as quantize.ts.
   */
  palette(distinct: number, maxColours: number, tolerance: number, w: number, h: number): { colours: Uint8Array; maxError: number; pixelsOver: number } {
    const l = this.at(w, h);
    const k = this.k;
    const n = k.splitBoxes(l.colours, l.counts, distinct, maxColours, l.order, l.sortKeys, l.boxes);
    k.boxMeans(l.boxes, n, l.palette);
    k.assign(l.colours, distinct, l.palette, n, l.byGreen, l.paletteOf);
    k.kmeans(l.colours, l.counts, distinct, l.paletteOf, l.palette, n, l.sums);
    k.assign(l.colours, distinct, l.palette, n, l.byGreen, l.paletteOf);
    const maxError = k.errors(l.colours, l.counts, distinct, l.paletteOf, l.palette, n, tolerance, l.paletteBytes);
    return { colours: this.bytes().slice(l.paletteBytes, l.paletteBytes + 4 * n), maxError, pixelsOver: k.pixelsOver() };
  }

  /** Palette-index scanlines from the runs of the last histogram() and the entries palette() left. */
  rowsFromPalette(w: number, h: number): Uint8Array {
    const l = this.at(w, h);
    this.k.indexRows(l.runStarts, l.runIds, l.paletteOf, w, h, l.rows);
    return this.bytes().slice(l.rows, l.rows + w * h + h);
  }

  /** Palette-index scanlines from the runs of the last histogram() of a w × h picture, each colour's entry given. */
  rows(paletteOf: ArrayLike<number>, distinct: number, w: number, h: number): Uint8Array {
    const l = this.at(w, h);
    const bytes = this.bytes();
    for (let i = 0; i < distinct; i++) bytes[l.paletteOf + i] = paletteOf[i]!;
    return this.rowsFromPalette(w, h);
  }
}

/** The numbers of a two-stop canvas gradient, as both background() and composite() take them. */
export interface GradientNumbers {
  fx: number;
  fy: number;
  dx: number;
  dy: number;
  len2: number;
  a0: number;
  a1: number;
  a2: number;
  d0: number;
  d1: number;
  d2: number;
}

let loaded: Kernels | null | undefined;

/**
 * Long-lived workers (the batch and serve pool, the queue's processor, renderAsync's worker) run
 * the JavaScript: once V8 has compiled its loops they are as fast, and they hold no linear memory
 * (which grows to the largest picture drawn and is never given back). Measured, `npm run bench:batch` at -j 2 (1000 analyses,
 * one run each, busy machine): CPU 66 ms an analysis with the kernels, 64 without; peak RSS 435 vs 409 MB.
 */
export function preferJavaScriptKernels(): void {
  loaded = null;
}

/** The kernels, compiled once per process; null when the module is missing or VISINT_NO_WASM is set. */
export function wasmPixels(): Kernels | null {
  if (loaded !== undefined) return loaded;
  loaded = null;
  if (process.env.VISINT_NO_WASM) return loaded;
  // dist/wasm/ from dist/render/raster/ (the built library, the bundles) and from src/render/raster/ (the tests)
  const file = fileURLToPath(new URL('../../../dist/wasm/pixels.wasm', import.meta.url));
  if (!existsSync(file)) return loaded;
  const memory = new WebAssembly.Memory({ initial: 1 });
  // (compiling with V8's optimising tier at once, --no-liftoff set at run time, looked a few ms faster,
  // but any flag set changes V8's flag hash, and the CLI's code cache is then rejected: see bin/render-bundle.js)
  const instance = new WebAssembly.Instance(new WebAssembly.Module(readFileSync(file)), {
    env: {
      memory,
      abort: () => {
        throw new Error('pixel kernel aborted');
      },
    },
  });
  loaded = new Kernels(instance.exports as unknown as Exports, memory);
  return loaded;
}
