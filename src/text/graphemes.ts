/**
 * Text as grapheme clusters (what a reader sees as one character): "Z" + U+0301…U+0308 is one
 * cluster, so is a ZWJ emoji sequence. Shaping draws a cluster's base, then its combining marks
 * placed over (or under) the base's ink; a cluster no font can draw becomes one "?".
 */

const segmenter = new Intl.Segmenter('en', { granularity: 'grapheme' });

/** The grapheme clusters of `text`, in order. */
export function graphemes(text: string): string[] {
  const out: string[] = [];
  for (const s of segmenter.segment(text)) out.push(s.segment);
  return out;
}

const MARK = /^\p{M}$/u;

/** A combining mark (Mn, Mc, Me): drawn relative to its base, not after it. */
export function isMark(ch: string): boolean {
  return MARK.test(ch);
}

/** Joiners and selectors that draw nothing on their own (ZWJ, ZWNJ, variation selectors). */
export function isInvisibleJoiner(cp: number): boolean {
  return cp === 0x200d || cp === 0x200c || (cp >= 0xfe00 && cp <= 0xfe0f) || (cp >= 0xe0100 && cp <= 0xe01ef);
}

/** At most this many marks stack above (or below) a base; further marks share the top level. */
export const MAX_MARK_LEVELS = 2;
