import { encodeIndexed, encodeTrueColour, FAST_DEFLATE, SMALL_DEFLATE, type DeflateChoice } from './png-encode.js';
import type { Pixels } from './pixels.js';
import { quantize, type Quantized } from './quantize.js';

/**
 * "The same picture" for a palette PNG, against the full-colour render:
 * - by default every pixel within PALETTE_TOLERANCE levels (0–255) in every channel — 24 is under
 *   10% of the range; the measured diagrams reach 10–19, on anti-aliased edges only;
 * - under a size budget, also a palette where at most MAX_OFF_SHARE of the pixels (0.2%, the golden
 *   tests' allowance) are off by more than that: isolated edge pixels of text on a gradient.
 */
export const PALETTE_TOLERANCE = 24;
export const MAX_OFF_SHARE = 0.002;

/**
 * PNG bytes for a rasterised picture: an indexed PNG when a palette of ≤ 256 colours holds every
 * pixel within PALETTE_TOLERANCE (every diagram so far: 2–3× smaller and faster to deflate),
 * else full colour.
 */
export function encodePng(px: Pixels, deflate: DeflateChoice = FAST_DEFLATE): Uint8Array {
  const q = quantize(px, 256, PALETTE_TOLERANCE);
  if (q && q.maxError <= PALETTE_TOLERANCE) return encodeIndexed(px.width, px.height, q.palette, q.rows, deflate);
  return encodeTrueColour(px, deflate);
}

export interface BudgetedPng {
  png: Uint8Array;
  /** what was written, for reports: e.g. "palette 128, level 9" */
  encoding: string;
  /** false when even the smallest same-picture encoding is over the budget (then it is that one) */
  withinBudget: boolean;
}

/**
 * The first encoding, cheapest first, that fits `maxBytes` and is still the same picture: the
 * default; the same at zlib level 9; then palettes of 256, 128 and 64 colours at level 9 that
 * pass the MAX_OFF_SHARE rule. None fits → the smallest of those tried, marked over budget.
 */
export function encodePngWithin(px: Pixels, maxBytes: number): BudgetedPng {
  const tried: { png: Uint8Array; encoding: string }[] = [];
  const fits = (png: Uint8Array, encoding: string) => {
    tried.push({ png, encoding });
    return png.length <= maxBytes;
  };
  const q256 = quantize(px, 256, PALETTE_TOLERANCE);
  const strict = q256 && q256.maxError <= PALETTE_TOLERANCE ? q256 : undefined;
  const indexed = (q: Quantized, level: DeflateChoice) => encodeIndexed(px.width, px.height, q.palette, q.rows, level);
  const ladder: [string, () => Uint8Array][] = strict
    ? [
        ['palette 256, level 3', () => indexed(strict, FAST_DEFLATE)],
        ['palette 256, level 9', () => indexed(strict, SMALL_DEFLATE)],
      ]
    : [
        ['full colour, level 3', () => encodeTrueColour(px, FAST_DEFLATE)],
        ['full colour, level 9', () => encodeTrueColour(px, SMALL_DEFLATE)],
      ];
  const sameEnough = (q: Quantized | undefined): q is Quantized => q !== undefined && q.pixelsOver <= MAX_OFF_SHARE * px.width * px.height;
  for (const colours of [256, 128, 64]) {
    ladder.push([
      `palette ${colours}, level 9`,
      () => {
        const q = colours === 256 ? q256 : quantize(px, colours, PALETTE_TOLERANCE);
        return sameEnough(q) && q !== strict ? indexed(q, SMALL_DEFLATE) : new Uint8Array(0);
      },
    ]);
  }
  for (const [encoding, encode] of ladder) {
    const png = encode();
    if (png.length === 0) continue; // that palette changes the picture: not a candidate
    if (fits(png, encoding)) return { png, encoding, withinBudget: true };
  }
  const smallest = tried.reduce((a, b) => (b.png.length < a.png.length ? b : a));
  return { ...smallest, withinBudget: false };
}
