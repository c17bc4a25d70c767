import { extname } from 'node:path';
import { Resvg } from '../render/raster/resvg.js';
import { VisintError } from '../errors.js';
import { LogoError, sanitiseLogoSvg, type SanitisedLogo } from '../theme/logo-svg.js';
import { readLimited } from './read-limited.js';

export const MAX_LOGO_BYTES = 512 * 1024;
/** A PNG logo is drawn as vector pixels (no data: URI reaches our SVG), so it must be small. */
export const MAX_LOGO_PNG_SIDE = 256;
const MAX_COLOURS = 256;
const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

const hex2 = (n: number) => n.toString(16).padStart(2, '0');

/**
 * A PNG logo as shapes: each row's runs of one colour become rectangles, one path per colour
 * (pixels under half opacity are left out). The PNG is decoded by resvg, already a dependency.
 */
export function pngLogo(bytes: Uint8Array): SanitisedLogo {
  if (!PNG_SIGNATURE.every((b, i) => bytes[i] === b)) throw new LogoError('not a PNG file');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const [w, h] = [view.getUint32(16), view.getUint32(20)];
  if (w < 1 || h < 1 || w > MAX_LOGO_PNG_SIDE || h > MAX_LOGO_PNG_SIDE) throw new LogoError(`a PNG logo may be at most ${MAX_LOGO_PNG_SIDE}×${MAX_LOGO_PNG_SIDE} px (this one is ${w}×${h}); give an SVG logo for a larger one`);
  const probe = `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="${w}" height="${h}"><image width="${w}" height="${h}" xlink:href="data:image/png;base64,${Buffer.from(bytes).toString('base64')}"/></svg>`;
  const img = new Resvg(probe, { font: { loadSystemFonts: false }, imageRendering: 1 }).render();
  const px = img.pixels;
  // fewer bits per channel until the colours fit the budget (anti-aliased edges make many)
  for (const bits of [8, 6, 5, 4, 3]) {
    const step = 1 << (8 - bits);
    const q = (v: number) => Math.min(255, Math.round(v / step) * step);
    const runs = new Map<string, string[]>();
    for (let y = 0; y < h; y++) {
      let x = 0;
      while (x < w) {
        const i = (y * w + x) * 4;
        if (px[i + 3]! < 128) {
          x++;
          continue;
        }
        const colour = `#${hex2(q(px[i]!))}${hex2(q(px[i + 1]!))}${hex2(q(px[i + 2]!))}`;
        let end = x + 1;
        for (; end < w; end++) {
          const j = (y * w + end) * 4;
          if (px[j + 3]! < 128 || `#${hex2(q(px[j]!))}${hex2(q(px[j + 1]!))}${hex2(q(px[j + 2]!))}` !== colour) break;
        }
        let list = runs.get(colour);
        if (!list) runs.set(colour, (list = []));
        list.push(`M${x} ${y}h${end - x}v1h${x - end}z`);
        x = end;
      }
    }
    if (runs.size > MAX_COLOURS && bits > 3) continue;
    if (runs.size === 0) throw new LogoError('the PNG logo is fully transparent');
    const body = [...runs].sort(([a], [b]) => (a < b ? -1 : 1)).map(([fill, d]) => `<path fill="${fill}" d="${d.join('')}"/>`).join('');
    return { viewBox: [0, 0, w, h], body, dropped: 0 };
  }
  throw new LogoError('the PNG logo has too many colours');
}

const cache = new Map<string, SanitisedLogo>();

/** A theme's logo file (SVG or PNG), read with a size limit and made safe; cached per path. */
export function loadLogo(path: string): SanitisedLogo {
  const hit = cache.get(path);
  if (hit) return hit;
  const ext = extname(path).toLowerCase();
  if (ext !== '.svg' && ext !== '.png') throw new VisintError('invalid-theme', `theme logo ${path}: expected an .svg or .png file`);
  const bytes = readLimited(path, MAX_LOGO_BYTES, 'theme logo');
  let logo: SanitisedLogo;
  try {
    logo = ext === '.svg' ? sanitiseLogoSvg(bytes.toString('utf8')) : pngLogo(bytes);
  } catch (e) {
    if (e instanceof LogoError) throw new VisintError('invalid-theme', `theme logo ${path}: ${e.message}`);
    throw e;
  }
  cache.set(path, logo);
  return logo;
}
