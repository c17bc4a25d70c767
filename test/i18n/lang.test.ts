import { describe, expect, it } from 'vitest';
import { validateAnalysis } from '../../src/analysis/validate.js';
import { wordsFor, LANGUAGES } from '../../src/i18n/index.js';
import { en } from '../../src/i18n/en.js';
import { fixtures, renderer, theme } from '../helpers/render-kit.js';

const fr = fixtures().find((f) => f.name === 'french-platform.json')!.analysis;
const de = fixtures().find((f) => f.name === 'german-mittelstand.json')!.analysis;
const size = { width: 1080, height: 1080 };

describe('lang', () => {
  it('is optional, BCP 47, and an unknown language falls back to English words with a warning', () => {
    const base = { version: 1, title: 'T', flywheel: { steps: ['a', 'b', 'c'] } };
    const ok = validateAnalysis({ ...base, lang: 'fr-CA' });
    expect(ok.ok && ok.warnings).toEqual([]);
    const bad = validateAnalysis({ ...base, lang: 'not a tag' });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.errors[0]!.path).toBe('lang');
    const unknown = validateAnalysis({ ...base, lang: 'fi' });
    expect(unknown.ok && unknown.warnings.map((w) => w.path)).toEqual(['lang']);
    expect(wordsFor('fi')).toBe(en);
  });

  it('has every built-in word in each of en, fr, de, es, it, pt, nl', () => {
    expect(LANGUAGES.sort()).toEqual(['de', 'en', 'es', 'fr', 'it', 'nl', 'pt']);
    for (const l of LANGUAGES) {
      const w = wordsFor(l);
      expect(Object.keys(w).sort()).toEqual(Object.keys(en).sort());
      if (l !== 'en') expect(w.fiveLayerAnalysis).not.toBe(en.fiveLayerAnalysis);
    }
  });

  it('draws the built-in words and writes the alt text in the analysis language; the SVG root carries lang', () => {
    const out = renderer.render(fr, { diagrams: ['layers', 'moat', 'bottlenecks', 'quote', 'flywheel'], theme, size, formats: ['svg', 'layout'] });
    const texts = (d: string) => {
      const l = out.find((r) => r.diagram === d)!.layout!;
      return [...l.texts.map((t) => t.text), ...l.nodes.flatMap((n) => [n.label.text, n.note?.text ?? ''])].join(' | ');
    };
    expect(texts('layers')).toContain('ANALYSE EN CINQ NIVEAUX');
    expect(texts('layers')).not.toMatch(/FIVE-LAYER|BOTTOM LINE/u);
    expect(texts('moat')).toContain('REPOSE SUR');
    expect(texts('bottlenecks')).toMatch(/ACTIF/u);
    expect(texts('bottlenecks')).not.toMatch(/ACTIVE|EMERGING/u);
    for (const r of out) {
      expect(r.svg).toMatch(/^<svg [^>]*lang="fr"/u);
      expect(r.alt.long).not.toMatch(/\b(Steps clockwise|rests on|Synthesis:|bottleneck:)/u);
    }
    expect(out.find((r) => r.diagram === 'flywheel')!.alt.short).toMatch(/^Volant d’inertie, 5 étapes/u);
  });

  it('hyphenates the German fixture only at German hyphenation points, never splitting a word without a hyphen', () => {
    const out = renderer.render(de, { diagrams: 'all', theme, size: { width: 1080, height: 1350 }, formats: ['layout'] });
    let hyphenated = 0;
    for (const r of out) {
      const l = r.layout!;
      for (const t of [...l.texts, ...l.nodes.flatMap((n) => [n.label, ...(n.note ? [n.note] : [])])]) {
        const source = t.text.replace(/\s+/gu, '');
        let joined = '';
        t.lines.forEach((line, i) => {
          const last = i === t.lines.length - 1;
          const added = !last && line.endsWith('-') && !source.startsWith(joined + line.replace(/\s+/gu, ''));
          if (added) hyphenated++;
          joined += (added ? line.slice(0, -1) : line).replace(/\s+/gu, '');
          // a line that ends inside a word ends with a hyphen (added, or the word's own)
          if (!last && !added) {
            const next = t.lines[i + 1]!.replace(/…$/u, '');
            const inWord = /\p{L}$/u.test(line) && /^\p{L}/u.test(next) && !t.text.replace(/\s+/gu, ' ').includes(`${line.split(' ').pop()} ${next.split(' ')[0]!.replace(/-$/u, '')}`);
            expect(inWord, `${r.diagram}: "${line}" / "${next}"`).toBe(false);
          }
        });
        if (!t.lines.some((x) => x.endsWith('…'))) expect(joined).toBe(source);
      }
    }
    expect(hyphenated).toBeGreaterThan(0);
  });
});
