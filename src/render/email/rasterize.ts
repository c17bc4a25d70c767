import { encodePng } from '../raster/encode.js';
import { rasterize } from '../raster/pixels.js';

export { isOpaque } from '../raster/pixels.js';

/** Rasterises an SVG to exactly `pixelWidth` px wide (height follows its aspect), sRGB-tagged, with the same encoder as every PNG. */
export function pngAtWidth(svg: string, pixelWidth: number): { png: Uint8Array; width: number; height: number; opaque: boolean } {
  const px = rasterize(svg, { mode: 'width', value: pixelWidth });
  return { png: encodePng(px), width: px.width, height: px.height, opaque: px.opaque };
}
