import { statSync } from 'node:fs';
import { extname } from 'node:path';
import { VisintError } from '../errors.js';
import type { FaceCacheData } from '../text/cached-face.js';
import { encodeOutline } from '../text/cached-face.js';
import type { Face } from '../text/face.js';
import type { FontLoader } from '../text/font-book.js';
import { FontkitFace } from '../text/fontkit-face.js';
import { FONT_ROLES, type FontRole, type Theme } from '../theme/schema.js';
import { readLimited } from './read-limited.js';

/** A brand font file may be at most this large (a full Latin family file is ~100–500 KB). */
export const MAX_FONT_BYTES = 8 * 1024 * 1024;
const FONT_EXTENSIONS = new Set(['.ttf', '.otf', '.woff', '.woff2']);

/**
 * Theme fonts ride on the font book's weight key: a text of font role r (1 title, 2 body,
 * 3 brand) at weight w is looked up as weight `1000 * r + w`. The loader answers those keys
 * with the theme's font for the Latin slot and Inter (weight w) for every other subset, so a
 * character the brand font lacks still falls back to Inter, then to "?" with a warning.
 */
export const FONT_KEY_STEP = 1000;
export const fontKey = (role: FontRole, weight: number) => FONT_KEY_STEP * (FONT_ROLES.indexOf(role) + 1) + weight;
const roleOfKey = (key: number): FontRole | undefined => (key >= FONT_KEY_STEP ? FONT_ROLES[Math.floor(key / FONT_KEY_STEP) - 1] : undefined);

/** Which font role draws a text of this layout role: headings in the title font, the wordmark and kicker in the brand font. */
export function fontRoleOf(textRole: string): FontRole {
  if (textRole === 'title' || textRole === 'hub') return 'title';
  if (textRole === 'brand' || textRole === 'kicker') return 'brand';
  return 'body';
}

/** Reads and parses one theme font, refusing files that are not fonts fontkit can read. */
export function readThemeFont(path: string): Uint8Array {
  if (!FONT_EXTENSIONS.has(extname(path).toLowerCase())) throw new VisintError('invalid-theme', `theme font ${path}: expected a .ttf, .otf, .woff or .woff2 file`);
  const bytes = readLimited(path, MAX_FONT_BYTES, 'theme font');
  try {
    const face = new FontkitFace(bytes);
    if (!face.has(0x41) && !face.has(0x61)) throw new Error('it has no Latin letters');
  } catch (e) {
    throw new VisintError('invalid-theme', `theme font ${path} cannot be used: ${(e as Error).message}`);
  }
  return bytes;
}

/**
 * The metrics-cache shape, filled from the live font on first use of each character or pair
 * (building the whole table up front takes seconds for a font with rich kerning). Outlines go
 * through the same encoding as Inter's cache, so brand text is drawn exactly like Inter text.
 */
export function lazyFaceCache(face: Face): FaceCacheData {
  const glyphs = new Map<string, FaceCacheData['glyphs'][string] | undefined>();
  const kern = new Map<string, number>();
  return {
    unitsPerEm: face.unitsPerEm,
    capHeight: face.capHeight,
    glyphs: new Proxy({} as FaceCacheData['glyphs'], {
      get(_, key) {
        if (typeof key !== 'string') return undefined;
        if (!glyphs.has(key)) {
          const cp = Number(key);
          glyphs.set(key, Number.isInteger(cp) && face.has(cp) ? [face.advance(cp), face.bbox(cp), encodeOutline(face.outline(cp))] : undefined);
        }
        return glyphs.get(key);
      },
    }),
    kern: new Proxy({} as FaceCacheData['kern'], {
      get(_, key) {
        if (typeof key !== 'string') return undefined;
        let k = kern.get(key);
        if (k === undefined) {
          const [a, b] = key.split(',').map(Number) as [number, number];
          kern.set(key, (k = face.has(a) && face.has(b) ? face.kern(a, b) : 0));
        }
        return k;
      },
    }),
  };
}

/** The theme's font files by role (absolute paths), or undefined when it uses Inter throughout. */
export function themeFonts(theme: Theme): Partial<Record<FontRole, string>> | undefined {
  const f = theme.fonts;
  if (!f || Object.values(f).every((v) => v === undefined)) return undefined;
  return f;
}

/** A font loader that draws each role with the theme's file and everything else with `base` (Inter). */
export function themedFontLoader(base: FontLoader, files: Partial<Record<FontRole, string>>): FontLoader {
  const bytes = new Map<FontRole, Uint8Array>();
  const fontOf = (role: FontRole): Uint8Array | undefined => {
    const file = files[role];
    if (file === undefined) return undefined;
    let b = bytes.get(role);
    if (!b) bytes.set(role, (b = readThemeFont(file)));
    return b;
  };
  const loader: FontLoader = (key, subset) => {
    const role = roleOfKey(key);
    if (role === undefined) return base(key, subset);
    const own = subset === 'latin' ? fontOf(role) : undefined;
    return own ?? base(key % FONT_KEY_STEP, subset);
  };
  loader.metrics = (key) => {
    const role = roleOfKey(key);
    if (role === undefined) return base.metrics?.(key);
    const own = fontOf(role);
    return own ? lazyFaceCache(new FontkitFace(own)) : base.metrics?.(key % FONT_KEY_STEP);
  };
  if (base.fallbacks) loader.fallbacks = base.fallbacks;
  return loader;
}

/** Size and modification time of each font file: part of a renderer's cache key, so an edited font is re-read. */
export function fontFilesKey(files: Partial<Record<FontRole, string>>): string {
  return JSON.stringify(FONT_ROLES.map((r) => {
    const f = files[r];
    if (!f) return null;
    const st = statSync(f, { throwIfNoEntry: false });
    return [f, st?.size, st?.mtimeMs];
  }));
}
