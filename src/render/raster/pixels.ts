import { Resvg } from './resvg.js';
import { compositeOverGradient, findCanvasGradient } from './canvas-gradient.js';

/** A rasterised picture: RGBA bytes with straight (not premultiplied) alpha, row by row. */
export interface Pixels {
  width: number;
  height: number;
  rgba: Uint8Array;
  /** every alpha byte is 255 */
  opaque: boolean;
}

/** How resvg fits the SVG: a zoom factor on its own size, or an exact pixel width. */
export type Fit = { mode: 'zoom'; value: number } | { mode: 'width'; value: number };

/** True when every pixel's alpha is 255 (RGBA bytes). */
export function isOpaque(rgba: Uint8Array): boolean {
  for (let i = 3; i < rgba.length; i += 4) if (rgba[i] !== 255) return false;
  return true;
}

/**
 * SVG string → pixels with resvg. System fonts are off (text is already outlines) and nothing is
 * resolved from outside: our SVGs hold no <image> or external href. resvg hands back premultiplied
 * RGBA; translucent pixels are un-premultiplied here so every encoder sees straight alpha.
 */
export function rasterize(svg: string, fit: Fit): Pixels {
  // the canvas gradient is drawn by us (canvas-gradient.ts), the rest by resvg on transparent
  const gradient = findCanvasGradient(svg);
  const img = new Resvg(gradient ? gradient.rest : svg, { fitTo: fit, font: { loadSystemFonts: false }, shapeRendering: 2, textRendering: 1, imageRendering: 0 }).render();
  const raw = img.pixels;
  let rgba = new Uint8Array(raw.buffer, raw.byteOffset, raw.byteLength);
  // over an opaque background every pixel comes out opaque: no need to look
  if (gradient) rgba = compositeOverGradient(rgba, img.width, img.height, gradient);
  const opaque = gradient !== undefined || isOpaque(rgba);
  if (!opaque) unpremultiply(rgba);
  return { width: img.width, height: img.height, rgba, opaque };
}

function unpremultiply(rgba: Uint8Array): void {
  for (let i = 0; i < rgba.length; i += 4) {
    const a = rgba[i + 3]!;
    if (a === 255 || a === 0) continue;
    rgba[i] = Math.min(255, Math.round((rgba[i]! * 255) / a));
    rgba[i + 1] = Math.min(255, Math.round((rgba[i + 1]! * 255) / a));
    rgba[i + 2] = Math.min(255, Math.round((rgba[i + 2]! * 255) / a));
  }
}
