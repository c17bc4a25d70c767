import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { emailSvgProblems } from '../../../src/render/email/svg-safety.js';
import { renderMeta } from './email-kit.js';

const ok = (body: string, root = 'width="600" height="400" viewBox="0 0 600 400"') => `<svg xmlns="http://www.w3.org/2000/svg" ${root}>${body}</svg>`;

describe('emailSvgProblems()', () => {
  it('passes a plain file with in-file references only', () => {
    expect(emailSvgProblems(ok('<defs><linearGradient id="g"/></defs><rect width="10" height="10" fill="url(#g)"/><path d="M0 0L5 5"/>'))).toEqual([]);
  });

  const bad: [string, string][] = [
    ['a script', ok('<script>alert(1)</script>')],
    ['a <style> block', ok('<style>rect{fill:red}</style>')],
    ['a style attribute', ok('<rect style="fill:red"/>')],
    ['foreignObject', ok('<foreignObject><div/></foreignObject>')],
    ['an external image', ok('<image href="https://example.com/a.png"/>')],
    ['a data: image', ok('<image href="data:image/png;base64,AAAA"/>')],
    ['an external <use>', ok('<use href="other.svg#x"/>')],
    ['a <use> to a missing id', ok('<use href="#nowhere"/>')],
    ['url() to another file', ok('<rect fill="url(https://evil.example/x.svg#p)"/>')],
    ['url() to a missing id', ok('<rect fill="url(#missing)"/>')],
    ['a data: URI in an attribute', ok('<rect fill="data:text/plain,x"/>')],
    ['live text', ok('<text x="1" y="1">hi</text>')],
    ['an event handler', ok('<rect onload="x()"/>')],
    ['a link', ok('<a href="https://example.com"><rect/></a>')],
    ['a DOCTYPE with entities', `<!DOCTYPE svg [<!ENTITY a "b">]>${ok('')}`],
    ['no width and height', ok('', 'viewBox="0 0 600 400"')],
    ['no viewBox', ok('', 'width="600" height="400"')],
  ];
  for (const [what, svg] of bad) {
    it(`flags ${what}`, () => {
      expect(emailSvgProblems(svg).length).toBeGreaterThan(0);
    });
  }

  it('lets prose with colons through in aria-label (not a URL scheme)', () => {
    expect(emailSvgProblems(ok('<g aria-label="Strategy map: data: the new oil"/>'))).toEqual([]);
  });
});

describe('newsletter SVGs of the Meta fixture', () => {
  const { files } = renderMeta({ size: 'newsletter' });
  const svgs = files.filter((f) => f.format === 'svg');

  it('renders an email-safe SVG for every diagram', () => {
    expect(svgs.length).toBeGreaterThanOrEqual(3);
    for (const f of svgs) expect(emailSvgProblems(f.data as string), f.name).toEqual([]);
  });

  it('parses as SVG (jsdom) with explicit 600×400 size, a viewBox, and no forbidden element', () => {
    for (const f of svgs) {
      const doc = new JSDOM(f.data as string, { contentType: 'image/svg+xml' }).window.document;
      const root = doc.documentElement;
      expect(root.tagName, f.name).toBe('svg');
      expect([root.getAttribute('width'), root.getAttribute('height'), root.getAttribute('viewBox')]).toEqual(['600', '400', '0 0 600 400']);
      expect(doc.querySelectorAll('script, style, foreignObject, image, text, use, a').length, f.name).toBe(0);
      for (const el of doc.querySelectorAll('*')) for (const a of el.getAttributeNames()) {
        expect(a.startsWith('on'), `${f.name} ${a}`).toBe(false);
        expect(/data:|https?:/i.test(a.startsWith('aria-') || a === 'xmlns' ? '' : el.getAttribute(a)!), `${f.name} ${a}`).toBe(false);
      }
    }
  });
});
