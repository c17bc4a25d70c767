import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PNG } from 'pngjs';
import { loadTheme, render } from '../../src/index.js';
import { sanitiseLogoSvg } from '../../src/theme/logo-svg.js';
import { pngLogo } from '../../src/io/theme-logo.js';
import { emailSvgProblems } from '../../src/render/email/svg-safety.js';
import { diagrams } from '../../src/diagrams/registry.js';
import { rendererFor } from '../../src/render/default-renderer.js';
import { layoutProblems } from '../../src/layout/invariants.js';
import { mustValidate } from '../helpers/render-kit.js';

const HOSTILE = `<?xml version="1.0"?>
<!-- a comment with <script>alert(1)</script> -->
<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 40 20" onload="alert(1)">
  <script>alert('x')</script>
  <style>path { fill: url(http://evil.example/x) }</style>
  <image href="https://evil.example/track.png" width="10" height="10"/>
  <use xlink:href="https://evil.example/sprite.svg#a"/>
  <a href="javascript:alert(1)"><rect width="5" height="5"/></a>
  <foreignObject><div xmlns="http://www.w3.org/1999/xhtml">hi</div></foreignObject>
  <g transform="translate(2 2)" onclick="steal()">
    <path d="M0 0H16V16H0Z" fill="#E63946" style="stroke:url(#x);fill-opacity:0.9"/>
    <circle cx="30" cy="8" r="8" fill="url(https://evil.example/p)" stroke="javascript:x"/>
  </g>
</svg>`;

const metaText = readFileSync('fixtures/meta-llama.json', 'utf8');
const meta = mustValidate(JSON.parse(metaText));
const dir = mkdtempSync(join(tmpdir(), 'visint-logo-'));
writeFileSync(join(dir, 'hostile.svg'), HOSTILE);
writeFileSync(join(dir, 'logo.json'), JSON.stringify({ extends: 'business-engineer', name: 'logo', wordmark: 'ACME', logo: 'hostile.svg' }));
writeFileSync(join(dir, 'mark-only.json'), JSON.stringify({ extends: 'business-engineer', name: 'mark-only', wordmark: '', logo: 'hostile.svg' }));

describe('logo SVG sanitising', () => {
  const logo = sanitiseLogoSvg(HOSTILE);
  it('keeps the shapes and drops script, style, image, use, links, foreignObject, handlers and every url()', () => {
    expect(logo.viewBox).toEqual([0, 0, 40, 20]);
    expect(logo.body).toContain('<path d="M0 0H16V16H0Z" fill="#E63946" fill-opacity="0.9"/>');
    expect(logo.body).toContain('<g transform="translate(2 2)">');
    expect(logo.body).toContain('<circle cx="30" cy="8" r="8"/>');
    for (const bad of ['script', 'style', 'image', 'use', 'href', 'http', 'javascript', 'foreignObject', 'onload', 'onclick', 'url(', '<a', 'alert']) expect(logo.body).not.toContain(bad);
    expect(logo.dropped).toBeGreaterThan(5);
  });

  it('refuses entity tricks and a logo with nothing left to draw', () => {
    expect(() => sanitiseLogoSvg('<!DOCTYPE svg [<!ENTITY x SYSTEM "file:///etc/passwd">]><svg viewBox="0 0 1 1"><path d="M0 0"/></svg>')).toThrow(/DOCTYPE/);
    expect(() => sanitiseLogoSvg('<svg viewBox="0 0 1 1"><script>x</script></svg>')).toThrow(/no shapes/);
    expect(() => sanitiseLogoSvg('<svg><path d="M0 0"/></svg>')).toThrow(/viewBox/);
  });
});

describe('a theme with a logo', () => {
  it('draws it beside the wordmark, clean and email-safe', () => {
    const [r] = render(metaText, { diagrams: ['strategy-map'], formats: ['svg'], theme: join(dir, 'logo.json') });
    const svg = r!.svg!;
    expect(svg).toMatch(/<g id="v[0-9a-f]{8}-text-brand-logo" transform="translate\([\d. ]+\) scale\([\d.]+\)"><g transform="translate\(2 2\)"><path d="M0 0H16V16H0Z"/);
    for (const bad of ['script', 'href', 'http://evil', 'foreignObject', 'onload', 'javascript']) expect(svg).not.toContain(bad);
    expect(emailSvgProblems(svg)).toEqual([]);
  });

  it('keeps the invariants on every diagram and size, with and without a wordmark', () => {
    for (const name of ['logo.json', 'mark-only.json']) {
      const theme = loadTheme(join(dir, name));
      const r = rendererFor(theme);
      for (const d of diagrams.filter((x) => x.available(meta))) {
        for (const size of [{ width: 1200, height: 630 }, { width: 1080, height: 1080 }, { width: 600, height: 1600 }, { width: 2400, height: 600 }]) {
          const { layout } = r.layout(meta, d, theme, size);
          expect(layoutProblems(layout), `${name} ${d.name} ${size.width}x${size.height}`).toEqual([]);
          const brand = [...layout.texts].find((t) => t.role === 'brand');
          if (brand) expect(brand.box.width, `${d.name}: the brand box holds the logo`).toBeGreaterThan(0);
        }
      }
    }
  });

  it('a PNG logo becomes vector pixel runs, one path per colour, no data: URI', () => {
    const png = new PNG({ width: 4, height: 2 });
    const px = [[255, 0, 0, 255], [255, 0, 0, 255], [0, 0, 255, 255], [0, 0, 0, 0], [0, 0, 255, 255], [0, 0, 255, 255], [0, 0, 255, 255], [0, 0, 255, 255]];
    px.forEach((p, i) => png.data.set(p, i * 4));
    const logo = pngLogo(PNG.sync.write(png));
    expect(logo.viewBox).toEqual([0, 0, 4, 2]);
    expect(logo.body).toBe('<path fill="#0000ff" d="M2 0h1v1h-1zM0 1h4v1h-4z"/><path fill="#ff0000" d="M0 0h2v1h-2z"/>');
    const big = new PNG({ width: 300, height: 10 });
    expect(() => pngLogo(PNG.sync.write(big))).toThrow(/at most 256/);
  });
});
