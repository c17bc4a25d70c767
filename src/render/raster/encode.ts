import { encodeIndexed, encodeTrueColour, FAST_DEFLATE, type DeflateChoice } from './png-encode.js';
import type { Pixels } from './pixels.js';
import { quantize } from './quantize.js';

/**
 * The largest colour difference (0–255, in any channel of any pixel) that a palette PNG may have
 * against the full-colour render and still count as the same picture. 24 is under 10% of the
 * range and invisible on anti-aliased edges, where palette entries differ most; flat fills and
 * the canvas gradient stay within a few levels (checked with the golden tests' pixelmatch).
 */
export const PALETTE_TOLERANCE = 24;

/**
 * PNG bytes for a rasterised picture: an indexed PNG when a palette of ≤ 256 colours holds the
 * picture within PALETTE_TOLERANCE (every diagram so far: 2–3× smaller and faster to deflate),
 * else full colour.
 */
export function encodePng(px: Pixels, deflate: DeflateChoice = FAST_DEFLATE): Uint8Array {
  const q = quantize(px);
  if (q && q.maxError <= PALETTE_TOLERANCE) return encodeIndexed(px.width, px.height, q.palette, q.indices, deflate);
  return encodeTrueColour(px, deflate);
}
