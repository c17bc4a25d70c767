import { describe, expect, it } from 'vitest';
import { bundledFontLoader } from '../../src/io/bundled-fonts.js';
import { FontBook } from '../../src/text/font-book.js';
import { Shaper } from '../../src/text/shape.js';

/**
 * A long-lived worker shapes words from every analysis it renders (numbers, names, ids): the
 * per-weight word cache is emptied at its bound rather than kept growing, and shaping after that
 * gives the same glyphs.
 */
describe('the shaper word cache', () => {
  it('stays bounded over more distinct words than it holds, and shapes alike after emptying', () => {
    const shaper = new Shaper(new FontBook(bundledFontLoader()));
    const first = shaper.word('Flywheel', 600);
    for (let i = 0; i < 20_050; i++) shaper.word(`w${i}`, 600);
    expect(shaper.cachedWords(600)).toBeGreaterThan(0);
    expect(shaper.cachedWords(600)).toBeLessThanOrEqual(20_000);
    expect(shaper.word('Flywheel', 600)).toEqual(first);
  });
});
