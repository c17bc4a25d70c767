import { Resvg } from '@resvg/resvg-js';

/** Largest PNG we will allocate: 40 megapixels (width × height × scale²), checked before rendering. */
export const MAX_PNG_PIXELS = 40_000_000;

/**
 * SVG string → PNG bytes with resvg. System fonts are off (text is already outlines) and
 * nothing is resolved from outside: our SVGs hold no <image> or external href.
 */
export function svgToPng(svg: string, width: number, height: number, scale: number): Uint8Array {
  if (width * height * scale * scale > MAX_PNG_PIXELS) throw new RangeError(`PNG of ${width * scale}×${height * scale} px is over the ${MAX_PNG_PIXELS / 1e6} MP limit`);
  const resvg = new Resvg(svg, { fitTo: { mode: 'zoom', value: scale }, font: { loadSystemFonts: false }, shapeRendering: 2, textRendering: 1, imageRendering: 0 });
  const png = resvg.render().asPng();
  return new Uint8Array(png.buffer, png.byteOffset, png.byteLength);
}
