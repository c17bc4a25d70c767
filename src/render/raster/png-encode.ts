import { crc32, deflateSync } from 'node:zlib';
import type { Palette } from './quantize.js';
import type { Pixels } from './pixels.js';

/**
 * Our own PNG writer for resvg's pixels. Measured on the Meta fixture at 1200×630 (one process,
 * interleaved; the machine was shared, so ratios): resvg's asPng() wrote the strategy map in
 * 123,391 B; this writer in full colour 90,992 B at level 3 (61,239 at level 9), and as an
 * indexed PNG 46,752 B at level 3 (35,364 at level 9); flywheel 119,048 → 45,227 B; chain
 * 139,828 → 61,108 B. Encoding (quantise + indexed deflate) took ~0.35× resvg's rasterise+asPng
 * time, full colour ~0.25×.
 *
 * Choices:
 * - filter None on every row: the pictures are flat fills and a diagonal gradient, which Sub/Up
 *   make *larger* (RGB, level 3: None 91 KB, Sub 120 KB, Up 131 KB) and slower to compute in JS;
 * - zlib level 3, default strategy (level 1: 99 KB; level 6: 65 KB at ~5× the time; Z_RLE and
 *   Z_FILTERED no better); level 9 only when a size budget asks for it (raster/budget.ts);
 * - RGB (colour type 2) when every pixel is opaque: a quarter fewer bytes to deflate than RGBA;
 * - an sRGB chunk, since every theme colour is sRGB; CRCs by node:zlib's crc32 (Node ≥ 20.15).
 * Deterministic: zlib's output depends only on its input and options.
 */
const SIGNATURE = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

export interface DeflateChoice {
  /** zlib level 1–9 */
  level: number;
}

export const FAST_DEFLATE: DeflateChoice = { level: 3 };
export const SMALL_DEFLATE: DeflateChoice = { level: 9 };

function chunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  for (let i = 0; i < 4; i++) out[4 + i] = type.charCodeAt(i);
  out.set(data, 8);
  view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
  return out;
}

function ihdr(width: number, height: number, colourType: 2 | 3 | 6): Uint8Array {
  const d = new Uint8Array(13);
  const v = new DataView(d.buffer);
  v.setUint32(0, width);
  v.setUint32(4, height);
  d[8] = 8; // bit depth
  d[9] = colourType;
  // compression 0, filter method 0, no interlace
  return chunk('IHDR', d);
}

function assemble(width: number, height: number, colourType: 2 | 3 | 6, rows: Uint8Array, deflate: DeflateChoice, extra: Uint8Array[] = []): Uint8Array {
  const idat = deflateSync(rows, { level: deflate.level });
  const parts = [SIGNATURE, ihdr(width, height, colourType), chunk('sRGB', Uint8Array.of(0)), ...extra, chunk('IDAT', idat), chunk('IEND', new Uint8Array(0))];
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** Full colour: RGB when opaque, else RGBA (straight alpha); every row filter None. */
export function encodeTrueColour(px: Pixels, deflate: DeflateChoice = FAST_DEFLATE): Uint8Array {
  const { width, height, rgba, opaque } = px;
  const channels = opaque ? 3 : 4;
  const stride = width * channels + 1;
  const rows = new Uint8Array(stride * height); // filter byte 0 = None, already zero
  if (opaque) {
    for (let y = 0; y < height; y++) {
      let o = y * stride + 1;
      const end = (y + 1) * width * 4;
      for (let i = y * width * 4; i < end; i += 4) {
        rows[o++] = rgba[i]!;
        rows[o++] = rgba[i + 1]!;
        rows[o++] = rgba[i + 2]!;
      }
    }
  } else {
    for (let y = 0; y < height; y++) rows.set(rgba.subarray(y * width * 4, (y + 1) * width * 4), y * stride + 1);
  }
  return assemble(width, height, opaque ? 2 : 6, rows, deflate);
}

/** Indexed colour (type 3, 8 bits per pixel) from PNG scanlines of indices (quantize's `rows`), with a tRNS chunk when some palette entry is not opaque. */
export function encodeIndexed(width: number, height: number, palette: Palette, rows: Uint8Array, deflate: DeflateChoice = FAST_DEFLATE): Uint8Array {
  const n = palette.colours.length / 4;
  const plte = new Uint8Array(n * 3);
  let lastTranslucent = -1;
  for (let i = 0; i < n; i++) {
    plte[i * 3] = palette.colours[i * 4]!;
    plte[i * 3 + 1] = palette.colours[i * 4 + 1]!;
    plte[i * 3 + 2] = palette.colours[i * 4 + 2]!;
    if (palette.colours[i * 4 + 3] !== 255) lastTranslucent = i;
  }
  const extra = [chunk('PLTE', plte)];
  if (lastTranslucent >= 0) {
    const trns = new Uint8Array(lastTranslucent + 1);
    for (let i = 0; i <= lastTranslucent; i++) trns[i] = palette.colours[i * 4 + 3]!;
    extra.push(chunk('tRNS', trns));
  }
  if (rows.length !== (width + 1) * height) throw new RangeError(`indexed rows of ${rows.length} B for ${width}×${height}`);
  return assemble(width, height, 3, rows, deflate, extra);
}
