import { createRequire } from 'node:module';
import type { Pixels } from './pixels.js';

/**
 * WebP and JPEG from the same pixels as the PNG, with @napi-rs/image (libwebp, mozjpeg; a native
 * package, loaded on first use so PNG-only runs never pay for it). Lossy at quality 90: on the
 * Meta strategy map (1200×630) WebP is ~49 KB (lossless WebP: 47 KB at ~7× the time), JPEG ~117 KB.
 * Both encoders are deterministic for the same pixels and quality.
 */
export const WEB_QUALITY = 90;

type ImageModule = typeof import('@napi-rs/image');
let image: ImageModule | undefined;
const load = (): ImageModule => (image ??= createRequire(import.meta.url)('@napi-rs/image') as ImageModule);

/** JPEG has no alpha: translucent pixels are flattened onto white first. */
function flattenOnWhite(px: Pixels): Uint8Array {
  if (px.opaque) return px.rgba;
  const out = new Uint8Array(px.rgba.length);
  for (let i = 0; i < out.length; i += 4) {
    const a = px.rgba[i + 3]!;
    for (let ch = 0; ch < 3; ch++) out[i + ch] = Math.round((px.rgba[i + ch]! * a + 255 * (255 - a)) / 255);
    out[i + 3] = 255;
  }
  return out;
}

export function encodeWebp(px: Pixels, quality = WEB_QUALITY): Uint8Array {
  return new Uint8Array(load().Transformer.fromRgbaPixels(px.rgba, px.width, px.height).webpSync(quality));
}

export function encodeJpeg(px: Pixels, quality = WEB_QUALITY): Uint8Array {
  return new Uint8Array(load().Transformer.fromRgbaPixels(flattenOnWhite(px), px.width, px.height).jpegSync(quality));
}
