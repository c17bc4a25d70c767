import { readFileSync } from 'node:fs';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadTheme, render } from '../../src/index.js';
import { diagrams } from '../../src/diagrams/registry.js';
import { rendererFor } from '../../src/render/default-renderer.js';
import { layoutProblems } from '../../src/layout/invariants.js';
import { FontkitFace } from '../../src/text/fontkit-face.js';
import { fontKey } from '../../src/io/theme-fonts.js';
import { mustValidate } from '../helpers/render-kit.js';

// DM Serif Display (OFL), from the @fontsource/dm-serif-display devDependency: a test fixture
const FONT_DIR = resolve('node_modules/@fontsource/dm-serif-display/files');
const WOFF = join(FONT_DIR, 'dm-serif-display-latin-400-normal.woff');
const WOFF2 = join(FONT_DIR, 'dm-serif-display-latin-400-normal.woff2');
const metaText = readFileSync('fixtures/meta-llama.json', 'utf8');
const meta = mustValidate(JSON.parse(metaText));

const dir = mkdtempSync(join(tmpdir(), 'visint-fonts-'));
const themeFile = join(dir, 'serif.json');
writeFileSync(themeFile, JSON.stringify({ extends: 'business-engineer', name: 'serif', fonts: { title: WOFF2, brand: WOFF } }));

/** The width of one line as the font itself measures it: advances plus GPOS pair kerning. */
function fontWidth(face: FontkitFace, text: string, size: number, tracking = 0): number {
  const cps = [...text].map((c) => c.codePointAt(0)!);
  let units = 0;
  cps.forEach((cp, i) => {
    units += face.advance(cp);
    if (i > 0 && cps[i - 1] !== 0x20 && cp !== 0x20) units += face.kern(cps[i - 1]!, cp);
  });
  return (units / face.unitsPerEm + tracking * (cps.length - 1)) * size;
}

describe('a theme with its own fonts', () => {
  const theme = loadTheme(themeFile);

  it('renders every diagram with the invariants holding', () => {
    const r = rendererFor(theme);
    for (const d of diagrams.filter((x) => x.available(meta))) {
      for (const size of [{ width: 1200, height: 630 }, { width: 1080, height: 1080 }, { width: 600, height: 1600 }]) {
        const { layout } = r.layout(meta, d, theme, size);
        expect(layoutProblems(layout), `${d.name} ${size.width}x${size.height}`).toEqual([]);
      }
    }
  });

  it('measures the title with that font, kerning included (not with Inter)', () => {
    const { layout } = rendererFor(theme).layout(meta, diagrams.find((d) => d.name === 'strategy-map')!, theme, { width: 1200, height: 630 });
    const title = layout.texts.find((t) => t.role === 'title')!;
    expect(title.style.weight).toBe(fontKey('title', theme.type.title.weight));
    const face = new FontkitFace(readFileSync(WOFF2));
    const line = title.lines[0]!;
    expect(title.lineWidths[0]).toBeCloseTo(fontWidth(face, line, title.style.size), 3);
    const inter = rendererFor(loadTheme('business-engineer')).layout(meta, diagrams.find((d) => d.name === 'strategy-map')!, loadTheme('business-engineer'), { width: 1200, height: 630 });
    const interTitle = inter.layout.texts.find((t) => t.role === 'title')!;
    expect(Math.abs(interTitle.lineWidths[0]! - title.lineWidths[0]!)).toBeGreaterThan(5);
    // node labels use the body font, which this theme leaves as Inter
    expect(layout.nodes[1]!.label.style.weight).toBeLessThan(1000);
  });

  it('draws that font: the SVG differs from the Inter one and the PNG is byte-identical across runs', () => {
    const [a] = render(metaText, { diagrams: ['strategy-map'], theme: themeFile });
    const [b] = render(metaText, { diagrams: ['strategy-map'], theme: themeFile });
    const [inter] = render(metaText, { diagrams: ['strategy-map'] });
    expect(a!.svg).toBe(b!.svg);
    expect(Buffer.from(a!.png!).equals(Buffer.from(b!.png!))).toBe(true);
    expect(a!.svg).not.toBe(inter!.svg);
    expect(a!.warnings).toEqual([]);
  });

  it('refuses a file that is not a font, naming it', () => {
    const bad = join(dir, 'bad.json');
    const notFont = join(dir, 'not-a-font.woff');
    writeFileSync(notFont, 'hello');
    writeFileSync(bad, JSON.stringify({ extends: 'business-engineer', fonts: { body: notFont } }));
    expect(() => render(metaText, { diagrams: ['strategy-map'], theme: bad })).toThrow(/theme font .*not-a-font\.woff cannot be used/);
    writeFileSync(bad, JSON.stringify({ extends: 'business-engineer', fonts: { body: join(dir, 'font.exe') } }));
    expect(() => render(metaText, { diagrams: ['strategy-map'], theme: bad })).toThrow(/\.ttf, \.otf, \.woff or \.woff2/);
    writeFileSync(bad, JSON.stringify({ extends: 'business-engineer', fonts: { body: dir + '/' } }));
    expect(() => render(metaText, { diagrams: ['strategy-map'], theme: bad })).toThrow();
  });
});
