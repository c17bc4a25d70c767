import { Resvg } from '@resvg/resvg-js';

/**
 * The PNG `sRGB` chunk (rendering intent 0, perceptual), with its fixed CRC: it declares that
 * the pixels are sRGB, which every theme colour is. resvg writes none, so it goes after IHDR.
 */
const SRGB_CHUNK = Uint8Array.from([0, 0, 0, 1, 0x73, 0x52, 0x47, 0x42, 0, 0xae, 0xce, 0x1c, 0xe9]);
/** Signature (8 bytes) + IHDR chunk (4 length + 4 type + 13 data + 4 CRC). */
const AFTER_IHDR = 33;

export function tagSrgb(png: Uint8Array): Uint8Array {
  const out = new Uint8Array(png.length + SRGB_CHUNK.length);
  out.set(png.subarray(0, AFTER_IHDR), 0);
  out.set(SRGB_CHUNK, AFTER_IHDR);
  out.set(png.subarray(AFTER_IHDR), AFTER_IHDR + SRGB_CHUNK.length);
  return out;
}

import { MAX_PNG_PIXELS } from './sizes.js';
import { VisintError } from '../errors.js';

export { MAX_PNG_PIXELS };

/**
 * SVG string → PNG bytes with resvg. System fonts are off (text is already outlines) and
 * nothing is resolved from outside: our SVGs hold no <image> or external href.
 */
export function svgToPng(svg: string, width: number, height: number, scale: number): Uint8Array {
  if (width * height * scale * scale > MAX_PNG_PIXELS) throw new VisintError('unsupported-size', `PNG of ${width * scale}×${height * scale} px is over the ${MAX_PNG_PIXELS / 1e6} MP limit`);
  const resvg = new Resvg(svg, { fitTo: { mode: 'zoom', value: scale }, font: { loadSystemFonts: false }, shapeRendering: 2, textRendering: 1, imageRendering: 0 });
  const png = resvg.render().asPng();
  return tagSrgb(new Uint8Array(png.buffer, png.byteOffset, png.byteLength));
}
