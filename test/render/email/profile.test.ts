import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { PNG } from 'pngjs';
import { emailFiles, EmailCheckError } from '../../../src/render/email/profile.js';
import type { RenderedDiagram } from '../../../src/render/render.js';
import { renderMeta } from './email-kit.js';

function opaque(png: PNG): boolean {
  for (let i = 3; i < png.data.length; i += 4) if (png.data[i] !== 255) return false;
  return true;
}

function snippetImg(html: string): HTMLImageElement {
  const imgs = new JSDOM(html).window.document.querySelectorAll('img');
  expect(imgs).toHaveLength(1);
  return imgs[0]!;
}

describe('-s newsletter: the email file set for every diagram', () => {
  const { files, rendered } = renderMeta({ size: 'newsletter' });

  it('writes <d>@2x.png, <d>.svg and <d>.html per diagram and nothing else', () => {
    const names = files.map((f) => f.name).sort();
    const expected = rendered.flatMap((r) => [`${r.diagram}@2x.png`, `${r.diagram}.svg`, `${r.diagram}.html`]).sort();
    expect(names).toEqual(expected);
    expect(rendered.map((r) => r.diagram)).toContain('hero');
  });

  it('@2x.png is 1200×800, opaque and within the size budget', () => {
    for (const f of files.filter((x) => x.format === 'png')) {
      const png = PNG.sync.read(Buffer.from(f.data as Uint8Array));
      expect([png.width, png.height], f.name).toEqual([1200, 800]);
      expect(opaque(png), f.name).toBe(true);
      expect((f.data as Uint8Array).length, f.name).toBeLessThan(1_000_000);
    }
  });

  it('<d>.html is one <img> with width 600, the height, the diagram\'s alt and the fluid style', () => {
    for (const r of rendered) {
      const html = files.find((f) => f.name === `${r.diagram}.html`)!.data as string;
      const img = snippetImg(html);
      expect(img.getAttribute('src')).toBe(`${r.diagram}@2x.png`);
      expect(img.getAttribute('width')).toBe('600');
      expect(img.getAttribute('height')).toBe('400');
      expect(img.getAttribute('alt')).toBe(r.alt.short);
      expect(img.getAttribute('alt')!.length).toBeGreaterThan(10);
      expect(img.getAttribute('style')).toBe('display:block;width:100%;max-width:600px;height:auto;border:0');
    }
  });
});

describe('--profile email on other sizes', () => {
  it('og hero: a 1200×630 PNG for a 600×315 slot', () => {
    const { files } = renderMeta({ diagram: 'hero', profile: 'email' });
    const png = PNG.sync.read(Buffer.from(files.find((f) => f.name === 'hero@2x.png')!.data as Uint8Array));
    expect([png.width, png.height]).toEqual([1200, 630]);
    const img = snippetImg(files.find((f) => f.name === 'hero.html')!.data as string);
    expect([img.getAttribute('width'), img.getAttribute('height')]).toEqual(['600', '315']);
    expect(img.getAttribute('alt')).toContain('Open Source = Competitive Weapon');
  });

  it('square strategy map: 1200 px wide for a 600 px slot, layout.json kept when asked', () => {
    const { files } = renderMeta({ diagram: 'strategy-map', profile: 'email', size: 'square', format: 'png,layout' });
    expect(files.map((f) => f.name).sort()).toEqual(['strategy-map.html', 'strategy-map.layout.json', 'strategy-map.svg', 'strategy-map@2x.png']);
    const png = PNG.sync.read(Buffer.from(files.find((f) => f.name === 'strategy-map@2x.png')!.data as Uint8Array));
    expect([png.width, png.height]).toEqual([1200, 1200]);
  });
});

describe('emailFiles() checks', () => {
  const base = (svg: string): RenderedDiagram => ({ diagram: 'probe', width: 600, height: 400, scale: 2, alt: { short: 'A probe', long: '' }, warnings: [], svg });
  const solid = '<svg xmlns="http://www.w3.org/2000/svg" width="600" height="400" viewBox="0 0 600 400"><rect width="600" height="400" fill="#0D7377"/></svg>';

  it('warns over the warn budget and fails over the fail budget', () => {
    const size = (emailFiles(base(solid)).files[0]!.data as Uint8Array).length;
    expect(emailFiles(base(solid)).warnings).toEqual([]);
    expect(emailFiles(base(solid), { warn: size - 1, fail: 1e9 }).warnings[0]!.message).toMatch(/probe@2x.png is .* KB/);
    expect(() => emailFiles(base(solid), { warn: 1, fail: size - 1 })).toThrow(EmailCheckError);
  });

  it('fails on a transparent pixel (it would vanish in dark mode)', () => {
    const holey = '<svg xmlns="http://www.w3.org/2000/svg" width="600" height="400" viewBox="0 0 600 400"><rect width="300" height="400" fill="#0D7377"/></svg>';
    expect(() => emailFiles(base(holey))).toThrow(/transparent/);
  });

  it('fails on an unsafe SVG', () => {
    expect(() => emailFiles(base(solid.replace('</svg>', '<script>x()</script></svg>')))).toThrow(/not email-safe/);
  });
});
