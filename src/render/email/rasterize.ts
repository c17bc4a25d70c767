import type { Warning } from '../../layout/types.js';
import { svgToPngResult } from '../png.js';

export { isOpaque } from '../raster/pixels.js';

/**
 * Rasterises an SVG to exactly `pixelWidth` px wide (height follows its aspect), sRGB-tagged, with
 * the same encoder as every PNG; `maxBytes` picks the first same-picture encoding that fits.
 */
export function pngAtWidth(svg: string, pixelWidth: number, maxBytes?: number, name?: string): { png: Uint8Array; width: number; height: number; opaque: boolean; warning?: Warning } {
  const r = svgToPngResult(svg, { mode: 'width', value: pixelWidth }, maxBytes, name);
  return { png: r.png, width: r.pixels.width, height: r.pixels.height, opaque: r.pixels.opaque, ...(r.warning ? { warning: r.warning } : {}) };
}
