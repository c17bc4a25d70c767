import { Resvg } from '@resvg/resvg-js';
import { tagSrgb } from '../png.js';

/** True when every pixel's alpha is 255 (RGBA bytes): nothing for a dark-mode client to show through. */
export function isOpaque(rgba: Uint8Array): boolean {
  for (let i = 3; i < rgba.length; i += 4) if (rgba[i] !== 255) return false;
  return true;
}

/** Rasterises an SVG to exactly `pixelWidth` px wide (height follows its aspect), sRGB-tagged. */
export function pngAtWidth(svg: string, pixelWidth: number): { png: Uint8Array; width: number; height: number; opaque: boolean } {
  const resvg = new Resvg(svg, { fitTo: { mode: 'width', value: pixelWidth }, font: { loadSystemFonts: false }, shapeRendering: 2, textRendering: 1, imageRendering: 0 });
  const img = resvg.render();
  const png = img.asPng();
  return { png: tagSrgb(new Uint8Array(png.buffer, png.byteOffset, png.byteLength)), width: img.width, height: img.height, opaque: isOpaque(img.pixels) };
}
