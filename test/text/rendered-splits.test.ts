import { describe, expect, it } from 'vitest';
import LineBreaker from 'linebreak';
import { diagrams } from '../../src/diagrams/registry.js';
import { syllables } from '../../src/text/hyphenate.js';
import type { PlacedText } from '../../src/text/place.js';
import { layoutTexts } from '../../scripts/sweep-metrics.mjs';
import { fixtures, renderer, theme } from '../helpers/render-kit.js';

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303f\uff00-\uffef]/u;

/**
 * Where a drawn text's lines end, checked against the text itself (not against the wrapper's
 * own segmentation): at white space; at a Unicode line break opportunity (UAX #14: after a hard
 * hyphen, between CJK characters, …); after / : . in an address; or inside a word at a
 * hyphenation point of the language's patterns, and then the line shows an added "-".
 */
export function splitProblems(text: string, lines: string[], lang: string): string[] {
  const src = text.replace(/\s+/gu, ' ').trim();
  const opportunities = new Set<number>();
  const lb = new LineBreaker(src);
  for (let bk = lb.nextBreak(); bk; bk = lb.nextBreak()) opportunities.add(bk.position);
  const out: string[] = [];
  let pos = 0;
  for (const [li, raw] of lines.entries()) {
    const line = raw.trim();
    while (src[pos] === ' ') pos++;
    let hyphenAdded = false;
    if (src.startsWith(line, pos)) pos += line.length;
    else if (line.endsWith('-') && src.startsWith(line.slice(0, -1), pos)) {
      pos += line.length - 1;
      hyphenAdded = true;
    } else return [`line ${li + 1} "${line}" is not the next part of "${src}"`];
    if (li === lines.length - 1) break;
    const before = src.slice(0, pos);
    const next = src[pos] ?? ' ';
    const wordStart = before.lastIndexOf(' ') + 1;
    const word = src.slice(wordStart, src.indexOf(' ', pos) < 0 ? src.length : src.indexOf(' ', pos));
    if (next === ' ') {
      if (hyphenAdded) out.push(`"${line}" ends a whole word but shows an added hyphen`);
      continue;
    }
    if (hyphenAdded) {
      // the piece of the word after its last hard break, cut at a hyphenation point
      const head = before.slice(wordStart);
      const cut = Math.max(...['-', '/', ':', '.', '\u2010'].map((c) => head.lastIndexOf(c))) + 1;
      const part = word.slice(cut).replace(/[^\p{L}\p{M}]+$/u, '');
      const syl = syllables(part, lang);
      const joins = syl.map((_, i) => syl.slice(0, i + 1).join(''));
      if (!joins.slice(0, -1).includes(head.slice(cut))) out.push(`"${word}" split as "${head}-" not at a hyphenation point (${syl.join('·')})`);
      continue;
    }
    const address = /[/\\@]|:\/\/|^www\./iu.test(word) || /\w\.\w+\.\w/u.test(word);
    const prev = src[pos - 1] ?? '';
    const ok = opportunities.has(pos) || CJK.test(prev) || CJK.test(next) || (address && '/:.'.includes(prev));
    if (!ok) out.push(`"${word}" split after "${before.slice(wordStart)}" with no hyphen and no break opportunity`);
  }
  return out;
}

describe('no word split except at a hyphenation point, in every drawn text', () => {
  it('the checker catches a split with no hyphen and one off a hyphenation point', () => {
    expect(splitProblems('authorization required', ['authorizatio', 'n required'], 'en')).toHaveLength(1);
    expect(splitProblems('authorization required', ['authoriz-', 'ation required'], 'en')).toHaveLength(1);
    const syl = syllables('authorization', 'en');
    expect(splitProblems('authorization required', [`${syl[0]}-`, `${syl.slice(1).join('')} required`], 'en')).toEqual([]);
    expect(splitProblems('Counter-positioning wins', ['Counter-', 'positioning wins'], 'en')).toEqual([]);
    expect(splitProblems('阿里巴巴集团', ['阿里巴', '巴集团'], 'en')).toEqual([]);
  });

  it('holds for every diagram of the long-word fixtures at square, 400×400, 2400×600 and 600×1600 (property over the fixtures)', () => {
    const names = ['german-mittelstand.json', 'french-platform.json', 'long-labels.json', 'cjk-alibaba.json', 'unicode.json'];
    const sizes = [{ width: 1080, height: 1080 }, { width: 400, height: 400 }, { width: 2400, height: 600 }, { width: 600, height: 1600 }];
    let checked = 0;
    let hyphenated = 0;
    for (const { name, analysis } of fixtures().filter((f) => names.includes(f.name))) {
      for (const d of diagrams.filter((x) => x.available(analysis))) {
        for (const size of sizes) {
          const { layout } = renderer.layout(analysis, d, theme, size);
          for (const t of layoutTexts(layout) as PlacedText[]) {
            if (t.truncated || t.lines.length < 2) continue;
            checked++;
            if (t.lines.some((l) => l.endsWith('-'))) hyphenated++;
            expect(splitProblems(t.text, t.lines, analysis.lang ?? 'en'), `${name} ${d.name} ${size.width}x${size.height} (${t.role})`).toEqual([]);
          }
        }
      }
    }
    // the property ran on real wrapping, hyphenation included
    expect(checked).toBeGreaterThan(100);
    expect(hyphenated).toBeGreaterThan(0);
  }, 300_000);
});
