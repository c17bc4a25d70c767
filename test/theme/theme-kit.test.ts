import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PNG } from 'pngjs';
import { loadTheme, render, ThemeError } from '../../src/index.js';
import { checkThemeFile, validateTheme } from '../../src/theme/validate.js';
import { themeJsonSchema } from '../../src/theme/json-schema.js';

const meta = readFileSync('fixtures/meta-llama.json', 'utf8');
const dir = mkdtempSync(join(tmpdir(), 'visint-theme-'));
const write = (name: string, value: unknown) => {
  const file = join(dir, name);
  writeFileSync(file, JSON.stringify(value));
  return file;
};
const errorsOf = (fn: () => unknown): { path: string; message: string }[] => {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(ThemeError);
    return (e as ThemeError).issues;
  }
  throw new Error('expected a ThemeError');
};

describe('theme kit: extends', () => {
  it('a theme that extends the default with two overrides validates and keeps everything else', () => {
    const file = write('acme.json', { extends: 'business-engineer', wordmark: 'ACME', colors: { hub: '#FFD166' } });
    const t = loadTheme(file);
    const base = loadTheme('business-engineer');
    expect(t.name).toBe('acme');
    expect(t.wordmark).toBe('ACME');
    expect(t.colors.hub).toBe('#FFD166');
    expect(t.colors.card).toBe(base.colors.card);
    expect(t.type).toEqual(base.type);
  });

  it('extends by path, deep-merges nested parts, and a chain of two resolves in order', () => {
    write('mid.json', { extends: 'business-engineer', type: { title: { size: 40 } }, colors: { canvas: '#0B3D3F' } });
    const t = loadTheme(write('leaf.json', { extends: './mid.json', name: 'leaf', type: { title: { weight: 700 } } }));
    expect(t.type.title).toEqual({ size: 40, weight: 700, lineHeight: loadTheme('business-engineer').type.title.lineHeight });
    expect(t.colors.canvas).toEqual(['#0B3D3F', '#0B3D3F']);
  });

  it('refuses a cycle and an unknown base, naming them', () => {
    write('a.json', { extends: './b.json' });
    write('b.json', { extends: './a.json' });
    expect(() => loadTheme(join(dir, 'a.json'))).toThrow(/circle/);
    expect(() => loadTheme(write('c.json', { extends: 'no-such-theme' }))).toThrow(/unknown theme "no-such-theme"/);
  });

  it('still checks contrast after merging: an override that makes text unreadable is refused at its field', () => {
    const errs = errorsOf(() => loadTheme(write('low.json', { extends: 'business-engineer', colors: { text: '#1A8A8E' } })));
    expect(errs.map((e) => e.path)).toEqual(['colors.text']);
  });
});

describe('theme kit: every broken field is named, one line each', () => {
  const cases: [string, unknown, string, RegExp][] = [
    ['hub colour', { colors: { hub: 'red' } }, 'colors.hub', /expected #RRGGBB, got "red"/],
    ['url() colour', { colors: { card: 'url(#x)' } }, 'colors.card', /expected #RRGGBB/],
    ['javascript: colour', { colors: { edge: 'javascript:alert(1)' } }, 'colors.edge', /expected #RRGGBB/],
    ['three-stop canvas', { colors: { canvas: ['#000000', '#111111', '#222222'] } }, 'colors.canvas', /expected/],
    ['NaN margin (null in JSON)', { spacing: { margin: Number.NaN } }, 'spacing.margin', /from 16 to 80, got null/],
    ['huge type size', { type: { title: { size: 1e6 } } }, 'type.title.size', /from 8 to 120/],
    ['infinite blur', { shadow: { blur: Number.POSITIVE_INFINITY } }, 'shadow.blur', /from 0 to 30/],
    ['odd weight', { type: { brand: { weight: 450 } } }, 'type.brand.weight', /one of 400, 500, 600, 700, 800/],
    ['unknown background', { background: 'blue' }, 'background', /"canvas" or "transparent"/],
    ['font not a path', { fonts: { title: 5 } }, 'fonts.title', /file path/],
    ['unknown font role', { fonts: { heading: 'x.ttf' } }, 'fonts.heading', /unknown field/],
    ['typo', { colour: {} }, 'colour', /did you mean "colors"/],
    ['long wordmark', { wordmark: 'W'.repeat(61) }, 'wordmark', /at most 60/],
  ];
  for (const [name, override, path, message] of cases) {
    it(name, () => {
      const errs = errorsOf(() => loadTheme(write(`bad-${path}.json`, { extends: 'business-engineer', ...override })));
      expect(errs).toHaveLength(1);
      expect(errs[0]!.path).toBe(path);
      expect(errs[0]!.message).toMatch(message);
    });
  }

  it('a theme with a wordmark, two colours and no extends: one line, not 24', () => {
    const full = validateTheme({ wordmark: 'X', colors: { hub: '#000000' } });
    if (full.ok) throw new Error('expected errors');
    expect(full.errors).toHaveLength(1);
    expect(full.errors[0]!.message).toMatch(/missing 2\d fields .*"extends"/);
  });
  it('a NaN given as an object value is named too', () => {
    const t = structuredClone(loadTheme('business-engineer')) as unknown as { spacing: { margin: number } };
    t.spacing.margin = Number.NaN;
    const r = validateTheme(t);
    expect(r.ok ? [] : r.errors).toEqual([{ path: 'spacing.margin', message: 'expected a number from 16 to 80, got NaN' }]);
  });
});

describe('theme objects given to render() go through the same schema', () => {
  const base = () => structuredClone(loadTheme('business-engineer')) as unknown as Record<string, any>;
  it('a NaN margin and a script colour are refused with their fields', () => {
    const t = base();
    t.spacing.margin = Number.NaN;
    t.colors.hub = 'javascript:alert(1)';
    const errs = errorsOf(() => render(meta, { diagrams: ['strategy-map'], formats: ['svg'], theme: t as never }));
    expect(errs.map((e) => e.path).sort()).toEqual(['colors.hub', 'spacing.margin']);
  });

  it('an object may extend a theme by name', () => {
    const [r] = render(meta, { diagrams: ['strategy-map'], formats: ['svg'], theme: { extends: 'business-engineer', colors: { hub: '#FFD166' } } });
    expect(r!.svg).toContain('#FFD166');
  });
});

describe('wordmark and background', () => {
  it('an empty wordmark draws no brand text', () => {
    const [r] = render(meta, { diagrams: ['strategy-map'], formats: ['svg', 'layout'], theme: { extends: 'business-engineer', wordmark: '' } });
    const brand = r!.layout!.texts.find((t: { role: string }) => t.role === 'brand') as { lines: string[] } | undefined;
    expect(brand?.lines ?? []).toEqual([]);
    const [withMark] = render(meta, { diagrams: ['strategy-map'], formats: ['layout'] });
    expect((withMark!.layout!.texts.find((t: { role: string }) => t.role === 'brand') as { lines: string[] }).lines).toEqual(['THE BUSINESS ENGINEER']);
  });

  it('a transparent theme paints no background: the PNG corner is see-through, an opaque one is not', () => {
    const corner = (png: Uint8Array) => PNG.sync.read(Buffer.from(png)).data[3];
    const [clear] = render(meta, { diagrams: ['strategy-map'], formats: ['svg', 'png'], theme: { extends: 'business-engineer-light', background: 'transparent' } });
    const [solid] = render(meta, { diagrams: ['strategy-map'], formats: ['png'], theme: 'business-engineer-light' });
    expect(corner(clear!.png!)).toBe(0);
    expect(corner(solid!.png!)).toBe(255);
  });
});

describe('theme JSON Schema', () => {
  it('is generated from the validator and is the shipped file', () => {
    const schema = themeJsonSchema();
    expect(JSON.parse(readFileSync('schema/theme.schema.json', 'utf8'))).toEqual(schema);
    const props = (schema as { properties: Record<string, unknown> }).properties;
    for (const key of ['extends', 'colors', 'fonts', 'logo', 'background', 'wordmark']) expect(props).toHaveProperty(key);
  });

  it('every bundled theme and example theme passes the file check', () => {
    for (const name of ['business-engineer', 'business-engineer-light']) expect(checkThemeFile(JSON.parse(readFileSync(`themes/${name}.json`, 'utf8')))).toEqual([]);
    // the README's worked example: under ten lines, extends the default, own colours, font, logo, wordmark
    const example = readFileSync('examples/brand/themes/acme.json', 'utf8');
    expect(example.trim().split('\n').length).toBeLessThanOrEqual(10);
    const acme = loadTheme('acme', { themeDirs: ['examples/brand/themes'] });
    expect(acme.wordmark).toBe('ACME WEEKLY');
    expect(acme.fonts?.title).toMatch(/dm-serif-display-latin-400-normal\.woff2$/);
    expect(acme.logo).toMatch(/examples\/brand\/themes\/acme-logo\.svg$/);
  });
});
