import type { Face } from './face.js';
import type { FontBook } from './font-book.js';
import { graphemes, isInvisibleJoiner, isMark, MAX_MARK_LEVELS } from './graphemes.js';

/** One glyph of a shaped word, in em relative to the word's origin (`y` up, 0 on the baseline). */
export interface ShapedGlyph {
  face: Face;
  cp: number;
  x: number;
  /** raise above the baseline in em (combining marks stacked over a tall base); 0 for most glyphs */
  y: number;
  /** index of the grapheme cluster the glyph belongs to (tracking is added per cluster) */
  cluster: number;
}

/** A word laid out at 1 em = 1 unit, so it scales linearly with font size. */
export interface ShapedWord {
  /** advance width in em */
  advance: number;
  glyphs: ShapedGlyph[];
  /** true when some character had no glyph in any bundled font (drawn as '?') */
  missing: boolean;
  /** number of grapheme clusters */
  clusters: number;
}

const QUESTION = 0x3f;

/**
 * Words one weight's shape cache holds before it is emptied. Without a bound a long-lived worker
 * (serve, batch, the queue) kept every word it ever drew: numbers, names and ids add new ones with
 * every analysis. A layout shapes a few hundred distinct words, so the bound never costs one.
 */
const MAX_CACHED_WORDS = 20_000;

/**
 * Lays words out as advance + pair kerning (GPOS kerning precomputed per pair), caching per
 * (weight, word): wrapping measures the same words many times.
 */
export class Shaper {
  /** per weight, per word: no key string to build on the hot path of every measurement */
  private readonly cache = new Map<number, Map<string, ShapedWord>>();

  constructor(private readonly book: FontBook) {}

  /** How many words of `weight` the cache holds now (at most MAX_CACHED_WORDS). */
  cachedWords(weight: number): number {
    return this.cache.get(weight)?.size ?? 0;
  }

  word(text: string, weight: number): ShapedWord {
    let byText = this.cache.get(weight);
    if (!byText) this.cache.set(weight, (byText = new Map()));
    const hit = byText.get(text);
    if (hit) return hit;
    const shaped = this.shape(text, weight);
    if (byText.size >= MAX_CACHED_WORDS) byText.clear();
    byText.set(text, shaped);
    return shaped;
  }

  /**
   * Cluster by cluster: the base glyph with pair kerning against the previous base; then the
   * cluster's combining marks, centred on the base's ink and stacked above (or below) it, up to
   * MAX_MARK_LEVELS. A cluster whose base no font has is one '?'; a mark no font has is left out
   * (and reported as missing); joiners and variation selectors draw nothing.
   */
  private shape(text: string, weight: number): ShapedWord {
    const glyphs: ShapedGlyph[] = [];
    let pen = 0;
    let missing = false;
    let prev: ShapedGlyph | undefined;
    const clusters = graphemes(text);
    clusters.forEach((cluster, index) => {
      const chars = [...cluster];
      let cp = chars[0]!.codePointAt(0)!;
      let face = this.book.faceFor(cp, weight);
      const rest = chars.slice(1);
      if (!face) {
        missing = true;
        cp = QUESTION;
        face = this.book.primary(weight);
        rest.length = 0;
      }
      const em = face.unitsPerEm;
      if (prev && prev.face === face) pen += face.kern(prev.cp, cp) / em;
      const base: ShapedGlyph = { face, cp, x: pen, y: 0, cluster: index };
      glyphs.push(base);
      const stack = new MarkStack(face, cp, pen);
      for (const ch of rest) {
        const m = ch.codePointAt(0)!;
        if (isInvisibleJoiner(m)) continue;
        const markFace = this.book.faceFor(m, weight);
        if (!markFace) {
          missing = true;
          continue;
        }
        if (isMark(ch)) glyphs.push({ ...stack.place(markFace, m), cluster: index });
        else {
          // a non-mark inside a cluster (e.g. Hangul jamo, regional indicators): drawn after the base
          glyphs.push({ face: markFace, cp: m, x: pen + face.advance(cp) / em, y: 0, cluster: index });
          pen += markFace.advance(m) / markFace.unitsPerEm;
        }
      }
      pen += face.advance(cp) / em;
      prev = base;
    });
    return { advance: pen, glyphs, missing, clusters: clusters.length };
  }
}

/** Places combining marks over a base glyph: centred on its ink, each level above the last. */
class MarkStack {
  private above: number;
  private below: number;
  private levelsAbove = 0;
  private levelsBelow = 0;
  /** bottom of the top level above / top of the lowest level below, for marks past MAX_MARK_LEVELS */
  private lastAbove = 0;
  private lastBelow = 0;
  private readonly centre: number;
  private readonly gap: number;

  constructor(
    private readonly base: Face,
    cp: number,
    private readonly pen: number,
  ) {
    const em = base.unitsPerEm;
    const bb = base.bbox(cp) ?? [0, 0, base.advance(cp), base.capHeight];
    this.centre = (bb[0] + bb[2]) / 2 / em;
    this.above = bb[3] / em;
    this.below = bb[1] / em;
    this.gap = 0.06;
  }

  place(face: Face, cp: number): Omit<ShapedGlyph, 'cluster'> {
    const em = face.unitsPerEm;
    const bb = face.bbox(cp);
    if (!bb) return { face, cp, x: this.pen, y: 0 };
    const [x0, y0, x1, y1] = bb.map((v) => v / em) as [number, number, number, number];
    const x = this.pen + this.centre - (x0 + x1) / 2;
    if (y1 <= 0.05) {
      // below the baseline: hang under the lowest ink so far; past the last level, share it
      if (this.levelsBelow >= MAX_MARK_LEVELS) return { face, cp, x, y: this.lastBelow - y1 };
      const y = Math.min(0, this.below - this.gap - y1);
      this.lastBelow = y + y1;
      this.below = y + y0;
      this.levelsBelow++;
      return { face, cp, x, y };
    }
    // above: sit on the highest ink so far (the base's top, or the previous mark); past the last level, share it
    if (this.levelsAbove >= MAX_MARK_LEVELS) return { face, cp, x, y: this.lastAbove - y0 };
    const y = Math.max(0, this.above + this.gap - y0);
    this.lastAbove = y + y0;
    this.above = y + y1;
    this.levelsAbove++;
    return { face, cp, x, y };
  }
}
