import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { graphemes } from '../../src/text/graphemes.js';

/**
 * graphemes() splits most diagram text without Intl.Segmenter (its first use costs a cold render
 * ~12 ms); the clusters must be the ones UAX #29 gives, whatever the text.
 */
const segmenter = new Intl.Segmenter('en', { granularity: 'grapheme' });
const reference = (s: string) => [...segmenter.segment(s)].map((x) => x.segment);

// characters from the fast path's ranges and their neighbours, plus marks, joiners, CR LF, emoji, CJK
const tricky = ['\u0301', '\u200d', '\u200c', '\ufe0f', '\r', '\n', '👩', '🏽', '한', '\u1100', '\u1161', '中', '\u00ad', '\u2028', '\u205f', '\u2060', '\u20c1', '\u2150'];
const charArb = fc.oneof(
  fc.integer({ min: 0x20, max: 0x2200 }).map((cp) => String.fromCharCode(cp)),
  fc.constantFrom(...tricky),
);

describe('graphemes()', () => {
  it('gives UAX #29 clusters, with or without the fast path (property)', () => {
    fc.assert(fc.property(fc.array(charArb, { maxLength: 24 }).map((cs) => cs.join('')), (s) => {
      expect(graphemes(s)).toEqual(reference(s));
    }), { numRuns: 3000 });
  });

  it('keeps a base and its combining mark together, and an emoji ZWJ sequence whole', () => {
    expect(graphemes('Zoe\u0301 👩‍💻')).toEqual(['Z', 'o', 'e\u0301', ' ', '👩‍💻']);
  });
});
