import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { render } from '../../src/index.js';
import { FIXTURES_DIR } from '../helpers/render-kit.js';

const markup = readFileSync(join(FIXTURES_DIR, 'markup-labels.json'), 'utf8');
const [map] = render(markup, { diagrams: ['strategy-map'], formats: ['svg'] });
const svg = map!.svg!;
const doc = new JSDOM(svg, { contentType: 'image/svg+xml' }).window.document;

describe('SVG output is standalone and safe', () => {
  it('parses as XML with an svg root, role="img", width/height and viewBox', () => {
    const root = doc.documentElement;
    expect(doc.querySelector('parsererror')).toBeNull();
    expect(root.tagName).toBe('svg');
    expect(root.getAttribute('role')).toBe('img');
    expect(root.getAttribute('viewBox')).toBe('0 0 1200 630');
    expect(root.getAttribute('width')).toBe('1200');
    expect(root.getAttribute('height')).toBe('630');
  });

  it('has no script, foreignObject, style, image, event handler or external reference', () => {
    for (const tag of ['script', 'foreignObject', 'style', 'image', 'use', 'a', 'iframe']) expect(doc.getElementsByTagName(tag)).toHaveLength(0);
    for (const el of Array.from(doc.getElementsByTagName('*'))) {
      for (const attr of Array.from(el.attributes)) {
        expect(attr.name.startsWith('on')).toBe(false);
        expect(attr.name).not.toMatch(/href$/);
        if (attr.value.includes('url(')) expect(attr.value).toMatch(/^url\(#[a-z0-9-]+\)$/);
      }
    }
    expect(svg).not.toMatch(/data:|https?:\/\/(?!www\.w3\.org\/2000\/svg)|@import|@font-face/);
  });

  it('keeps label markup as literal words in <title>/<desc>, never as elements', () => {
    const desc = doc.querySelector('desc')!.textContent!;
    expect(desc).toContain('</text><script>alert(2)</script>');
    expect(desc).toContain('&lol; entity &amp; friends');
    expect(doc.querySelector('title')!.textContent!.length).toBeGreaterThan(10);
    expect(doc.documentElement.getAttribute('aria-label')).toBe(doc.querySelector('title')!.textContent);
  });

  it('draws text as outlines (no <text> element, no font needed)', () => {
    expect(doc.getElementsByTagName('text')).toHaveLength(0);
    expect(doc.querySelector('[id$="-text-title"]')!.getAttribute('d')!.length).toBeGreaterThan(100);
  });
});
