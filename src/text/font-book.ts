import { buildFaceCache, CachedFace, type FaceCacheData } from './cached-face.js';
import type { Face } from './face.js';
import { FontkitFace } from './fontkit-face.js';
import { SyntheticFace } from './synthetic-face.js';
import type { FallbackFamily } from './fallback.js';

/** The build-time metrics cache of the Latin font for a weight, when it was built. */
export type FaceCacheLoader = (weight: number) => FaceCacheData | undefined;
/**
 * Raw font bytes for one weight of one Unicode subset, supplied by the caller (no fs here);
 * a loader may carry the metrics cache that was built from the same fonts.
 */
export type FontLoader = ((weight: number, subset: string) => Uint8Array | undefined) & { metrics?: FaceCacheLoader; fallbacks?: FallbackFamily[] };

/** A font file fontkit cannot parse is treated as absent (its characters fall through to "?"). */
function openFace(bytes: Uint8Array): Face | null {
  try {
    return new FontkitFace(bytes);
  } catch {
    return null;
  }
}

/** Subsets in the order they are tried for a character; Latin first because it is by far the commonest. */
export const SUBSETS = ['latin', 'latin-ext', 'vietnamese', 'greek', 'greek-ext', 'cyrillic', 'cyrillic-ext'] as const;

/**
 * Faces opened lazily per (weight, subset) and kept for the life of the book. A character
 * is drawn by the Latin cache when it has it, else by the first subset font that has a
 * glyph for it. When no cache file is given it is built in memory from the font, so the
 * numbers (and the output bytes) are the same either way.
 */
export class FontBook {
  private readonly faces = new Map<string, Face | null>();
  private readonly cached = new Map<number, CachedFace>();
  private readonly faceForChar = new Map<string, Face | null>();
  private readonly synthetic = new Map<number, SyntheticFace>();

  constructor(
    private readonly load: FontLoader,
    private readonly loadCache: FaceCacheLoader = load.metrics ?? (() => undefined),
  ) {}

  private face(weight: number, subset: string): Face | null {
    const key = `${weight}/${subset}`;
    let face = this.faces.get(key);
    if (face === undefined) {
      const bytes = this.load(weight, subset);
      face = bytes ? openFace(bytes) : null;
      this.faces.set(key, face);
    }
    return face;
  }

  /** The Latin face of a weight, from the build-time cache (or built now from the font). */
  primary(weight: number): CachedFace {
    let face = this.cached.get(weight);
    if (!face) {
      let data = this.loadCache(weight);
      if (!data) {
        const latin = this.face(weight, 'latin');
        if (!latin) throw new Error(`bundled font for weight ${weight} is missing`);
        data = buildFaceCache(latin);
      }
      this.cached.set(weight, (face = new CachedFace(data)));
    }
    return face;
  }

  /** The face that draws `cp` at `weight`, or null when no bundled font has it. */
  faceFor(cp: number, weight: number): Face | null {
    const primary = this.primary(weight);
    if (primary.has(cp)) return primary;
    const key = `${weight}/${cp}`;
    const hit = this.faceForChar.get(key);
    if (hit !== undefined) return hit;
    let found: Face | null = null;
    for (const subset of SUBSETS) {
      const face = this.face(weight, subset);
      if (face && face.has(cp)) {
        found = face;
        break;
      }
    }
    if (!found) {
      let synthetic = this.synthetic.get(weight);
      if (!synthetic) this.synthetic.set(weight, (synthetic = new SyntheticFace(primary)));
      if (synthetic.has(cp)) found = synthetic;
    }
    // other families the caller installed (e.g. a CJK font), subset by Unicode range
    (this.load.fallbacks ?? []).forEach((family, i) => {
      if (found) return;
      const subset = family.subsetFor(cp);
      if (subset === undefined) return;
      const key = `${weight}/fallback-${i}/${subset}`;
      let face = this.faces.get(key);
      if (face === undefined) {
        const bytes = family.load(weight, subset);
        this.faces.set(key, (face = bytes ? openFace(bytes) : null));
      }
      if (face?.has(cp)) found = face;
    });
    this.faceForChar.set(key, found);
    return found;
  }
}
