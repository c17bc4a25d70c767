import { VisintError } from '../errors.js';

/** A canvas size or PNG scale outside the documented ranges (kind 'unsupported-size'). */
export class SizeError extends VisintError {
  constructor(message: string) {
    super('unsupported-size', message);
    this.name = 'SizeError';
  }
}

/** Named canvas sizes; `scale` is the default PNG density for the preset. */
export const SIZE_PRESETS: Record<string, { width: number; height: number; scale?: number }> = {
  og: { width: 1200, height: 630 },
  square: { width: 1080, height: 1080 },
  wide: { width: 1920, height: 1080 },
  portrait: { width: 1080, height: 1350 },
  x: { width: 1200, height: 600 },
  linkedin: { width: 1200, height: 627 },
  substack: { width: 1456, height: 1048 },
  newsletter: { width: 600, height: 400, scale: 2 },
};

export const MIN_SIDE = 400;
export const MAX_SIDE = 2400;

export interface CanvasSize {
  width: number;
  height: number;
  scale?: number;
}

/** Largest PNG drawn: 40 megapixels (width × height × scale²); 2400×2400 at scale 4 would take 0.8 GB and 13 s. */
export const MAX_PNG_PIXELS = 40_000_000;

const sizeError = (message: string) => new SizeError(message);

/** Parses a preset name or `WxH`; throws a VisintError ('unsupported-size') naming the accepted forms. */
export function parseSize(spec: string): CanvasSize {
  if (typeof spec !== 'string') throw sizeError(`size must be a preset name (${Object.keys(SIZE_PRESETS).join(', ')}), "WxH" or { width, height }, got ${spec === null ? 'null' : typeof spec}`);
  // own keys only: "constructor" or "__proto__" are not presets
  if (Object.hasOwn(SIZE_PRESETS, spec)) return { ...SIZE_PRESETS[spec]! };
  const m = /^(\d{1,5})x(\d{1,5})$/i.exec(spec.trim());
  if (!m) throw sizeError(`size "${spec.slice(0, 40)}" is neither a preset (${Object.keys(SIZE_PRESETS).join(', ')}) nor WxH`);
  const size = { width: Number(m[1]), height: Number(m[2]) };
  checkSize(size);
  return size;
}

export function checkSize(s: CanvasSize): void {
  if (s === null || typeof s !== 'object') throw sizeError(`size must be an object { width, height }, got ${s === null ? 'null' : typeof s}`);
  for (const side of [s.width, s.height]) {
    if (typeof side !== 'number' || !Number.isInteger(side) || side < MIN_SIDE || side > MAX_SIDE) throw sizeError(`canvas sides must be whole numbers from ${MIN_SIDE} to ${MAX_SIDE} px, got ${String(s.width).slice(0, 20)}x${String(s.height).slice(0, 20)}`);
  }
}

/** Checks a PNG density (1–4, whole) and that the PNG stays under MAX_PNG_PIXELS, before any work. */
export function checkScale(scale: unknown, size: CanvasSize): void {
  if (typeof scale !== 'number' || !Number.isInteger(scale) || scale < 1 || scale > 4) throw sizeError(`scale must be a whole number from 1 to 4, got ${String(scale).slice(0, 20)}`);
  const pixels = size.width * size.height * scale * scale;
  if (pixels > MAX_PNG_PIXELS) {
    const most = Math.floor(Math.sqrt(MAX_PNG_PIXELS / (size.width * size.height)));
    throw sizeError(`a ${size.width}x${size.height} PNG at scale ${scale} would be ${(pixels / 1e6).toFixed(1)} megapixels, over the ${MAX_PNG_PIXELS / 1e6} MP limit; use scale ${most} or less for this size`);
  }
}
