/**
 * Text as grapheme clusters (what a reader sees as one character): "Z" + U+0301…U+0308 is one
 * cluster, so is a ZWJ emoji sequence. Shaping draws a cluster's base, then its combining marks
 * placed over (or under) the base's ink; a cluster no font can draw becomes one "?".
 */

let segmenter: Intl.Segmenter | undefined;

/**
 * Printable Latin, Latin-1 and Latin Extended (no combining marks, no controls), general punctuation
 * without its joiners and invisible formats, currency and letterlike symbols: there every UTF-16
 * unit is a cluster of its own, as UAX #29 gives it.
 */
const ONE_UNIT_CLUSTERS = /^[\u0020-\u007e\u00a0-\u02ff\u2010-\u2027\u2030-\u205e\u20a0-\u20c0\u2100-\u214f]*$/u;

/**
 * The grapheme clusters of `text`, in order. Most diagram text is one-unit clusters and is split
 * without Intl.Segmenter, whose first use costs a cold render ~12 ms (ICU's break rules).
 */
export function graphemes(text: string): string[] {
  if (ONE_UNIT_CLUSTERS.test(text)) return text.split('');
  segmenter ??= new Intl.Segmenter('en', { granularity: 'grapheme' });
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
