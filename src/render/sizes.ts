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

/** Parses a preset name or `WxH`; throws a SizeError naming the accepted forms. */
export function parseSize(spec: string): CanvasSize {
  const preset = SIZE_PRESETS[spec];
  if (preset) return { ...preset };
  const m = /^(\d{1,5})x(\d{1,5})$/i.exec(spec.trim());
  if (!m) throw new SizeError(`size "${spec}" is neither a preset (${Object.keys(SIZE_PRESETS).join(', ')}) nor WxH`);
  const size = { width: Number(m[1]), height: Number(m[2]) };
  checkSize(size);
  return size;
}

export function checkSize(s: CanvasSize): void {
  for (const side of [s.width, s.height]) {
    if (!Number.isInteger(side) || side < MIN_SIDE || side > MAX_SIDE) throw new SizeError(`canvas sides must be whole numbers from ${MIN_SIDE} to ${MAX_SIDE} px, got ${s.width}x${s.height}`);
  }
}
