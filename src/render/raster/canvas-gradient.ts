import { WASM_MAX_PIXELS, wasmPixels, type GradientNumbers } from './wasm-pixels.js';

/**
 * The canvas background, drawn here instead of by resvg. A full-canvas diagonal gradient cost
 * ~35–40 % of resvg's rasterising of the Meta strategy map (121 vs 80 ms p25 for the same SVG
 * with a flat fill, one run, busy machine); computing it in JS while compositing resvg's
 * transparent-background render over it costs one pass over the pixels.
 *
 * Only the exact shape our SVG writer emits is recognised (render/svg.ts: a two-stop
 * objectBoundingBox linearGradient and a rect of the whole canvas filled with it, first after
 * </defs>); anything else → undefined, and resvg draws the SVG as it is.
 */
export interface CanvasGradient {
  /** the SVG without the background rect */
  rest: string;
  width: number;
  height: number;
  from: [number, number];
  to: [number, number];
  colours: [number[], number[]];
}

const NUM = '(-?\\d+(?:\\.\\d+)?)';
const HEX = '#([0-9a-fA-F]{6})';
const GRADIENT = new RegExp(`<linearGradient id="([\\w-]+)" x1="${NUM}" y1="${NUM}" x2="${NUM}" y2="${NUM}"><stop offset="0" stop-color="${HEX}"/><stop offset="1" stop-color="${HEX}"/></linearGradient>`);
const ROOT = /^<svg\b[^>]*\bwidth="(\d+(?:\.\d+)?)" height="(\d+(?:\.\d+)?)"[^>]*\bviewBox="0 0 (\d+(?:\.\d+)?) (\d+(?:\.\d+)?)"/;

const hexToRgb = (hex: string) => [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16));

export function findCanvasGradient(svg: string): CanvasGradient | undefined {
  const root = ROOT.exec(svg);
  const g = GRADIENT.exec(svg);
  if (!root || !g) return undefined;
  const [, id, x1, y1, x2, y2, c0, c1] = g;
  const width = Number(root[3]);
  const height = Number(root[4]);
  const rect = `</defs><rect width="${root[3]}" height="${root[4]}" fill="url(#${id})"/>`;
  const at = svg.indexOf(rect);
  if (at < 0 || svg.indexOf(`url(#${id})`) !== at + rect.indexOf('url(')) return undefined; // used elsewhere too
  return {
    rest: svg.slice(0, at) + '</defs>' + svg.slice(at + rect.length),
    width,
    height,
    from: [Number(x1), Number(y1)],
    to: [Number(x2), Number(y2)],
    colours: [hexToRgb(c0!), hexToRgb(c1!)],
  };
}

/** Gradient value (0–1) at pixel (x, y), per SVG's objectBoundingBox rules: pixel centres, clamped. */
function gradientT(g: CanvasGradient, x: number, y: number, pixelWidth: number, pixelHeight: number): number {
  const [fx, fy] = g.from;
  const dx = g.to[0] - fx;
  const dy = g.to[1] - fy;
  const len2 = dx * dx + dy * dy || 1;
  const u = (x + 0.5) / pixelWidth - fx;
  const v = (y + 0.5) / pixelHeight - fy;
  const t = (u * dx + v * dy) / len2;
  return t < 0 ? 0 : t > 1 ? 1 : t;
}

/**
 * The background alone, opaque, as little-endian RGBA int32 words. Cached per gradient and pixel
 * size: a batch renders thousands of pictures on the same canvas, and filling it pixel by pixel
 * cost as much as resvg's whole render of the diagram over it (15 of ~52 ms, Meta strategy map).
 */
const backgrounds = new Map<string, Int32Array>();
/** 4 canvases of up to 2400×2400@2x stay well under the worker's memory bound */
const MAX_CACHED = 4;

/** Which background (gradient and pixel size): the cache key of both background() and the WebAssembly kernels. */
const backgroundKey = (g: CanvasGradient, pixelWidth: number, pixelHeight: number): string => `${pixelWidth}x${pixelHeight}|${g.from}|${g.to}|${g.colours.join(';')}`;

function background(g: CanvasGradient, pixelWidth: number, pixelHeight: number): Int32Array {
  const key = backgroundKey(g, pixelWidth, pixelHeight);
  const hit = backgrounds.get(key);
  if (hit) return hit;
  // gradientT inlined, with the same arithmetic in the same order (so the same pixels): this runs
  // once per process on 756,000 pixels, mostly before the JIT has compiled it — a cold one-PNG
  // render spent ~30 ms here with a call per pixel
  const { fx, fy, dx, dy, len2, a0, a1, a2, d0, d1, d2 } = gradientNumbers(g);
  const words = new Int32Array(pixelWidth * pixelHeight);
  for (let y = 0, p = 0; y < pixelHeight; y++) {
    const vdy = ((y + 0.5) / pixelHeight - fy) * dy;
    for (let x = 0; x < pixelWidth; x++, p++) {
      const raw = (((x + 0.5) / pixelWidth - fx) * dx + vdy) / len2;
      const t = raw < 0 ? 0 : raw > 1 ? 1 : raw;
      const r = Math.round(a0 + d0 * t);
      const gr = Math.round(a1 + d1 * t);
      const bl = Math.round(a2 + d2 * t);
      words[p] = 0xff000000 | (bl << 16) | (gr << 8) | r;
    }
  }
  if (backgrounds.size >= MAX_CACHED) backgrounds.delete(backgrounds.keys().next().value!);
  backgrounds.set(key, words);
  return words;
}

/**
 * Composites premultiplied RGBA `over` (resvg's render of the rest) onto the gradient:
 * out = over + gradient × (1 − alpha), the gradient evaluated at pixel centres. Returns the
 * opaque picture (in place when `over` is 4-byte aligned, as resvg's buffers are).
 *
 * Speed: pixels are read as int32 words (a Uint32Array holds values above 2^31 as doubles, which
 * made this loop 3–5× slower); a transparent pixel takes the cached background word, an opaque one
 * stays, and only the anti-aliased rim (~2% of a diagram) is blended in floating point.
 */
export function compositeOverGradient(over: Uint8Array, pixelWidth: number, pixelHeight: number, g: CanvasGradient): Uint8Array {
  const wasm = pixelWidth * pixelHeight <= WASM_MAX_PIXELS ? wasmPixels() : null;
  if (wasm) return wasm.composite(over, pixelWidth, pixelHeight, gradientNumbers(g), backgroundKey(g, pixelWidth, pixelHeight));
  return compositeInJs(over, pixelWidth, pixelHeight, g);
}

/** The gradient's numbers, as background(), the blend below and the WebAssembly kernels take them (gradientT() computes the same). */
function gradientNumbers(g: CanvasGradient): GradientNumbers {
  const [fx, fy] = g.from;
  const dx = g.to[0] - fx;
  const dy = g.to[1] - fy;
  const [a, b] = g.colours;
  return { fx, fy, dx, dy, len2: dx * dx + dy * dy || 1, a0: a[0]!, a1: a[1]!, a2: a[2]!, d0: b[0]! - a[0]!, d1: b[1]! - a[1]!, d2: b[2]! - a[2]! };
}

/** compositeOverGradient in JavaScript: the reference the WebAssembly kernel is tested against, and its fallback. */
export function compositeInJs(over: Uint8Array, pixelWidth: number, pixelHeight: number, g: CanvasGradient): Uint8Array {
  const out = over.byteOffset % 4 === 0 ? over : over.slice();
  const words = new Int32Array(out.buffer, out.byteOffset, out.byteLength >>> 2);
  const bg = background(g, pixelWidth, pixelHeight);
  const { a0, a1, a2, d0, d1, d2 } = gradientNumbers(g);
  const n = words.length;
  for (let p = 0; p < n; p++) {
    const c = words[p]!;
    if (c === 0) {
      words[p] = bg[p]!;
      continue;
    }
    if (c >> 24 === -1) continue; // alpha 255
    const x = p % pixelWidth;
    const t = gradientT(g, x, (p - x) / pixelWidth, pixelWidth, pixelHeight);
    const k = (255 - (c >>> 24)) / 255;
    const r = Math.round((c & 255) + (a0 + d0 * t) * k);
    const gr = Math.round(((c >>> 8) & 255) + (a1 + d1 * t) * k);
    const bl = Math.round(((c >>> 16) & 255) + (a2 + d2 * t) * k);
    words[p] = 0xff000000 | (bl << 16) | (gr << 8) | r;
  }
  return out;
}
