import { describe, expect, it } from 'vitest';
import { render } from '../../src/index.js';
import { emailSvgProblems } from '../../src/render/email/svg-safety.js';

/** Hostile label text reaches the SVG only as escaped prose (aria-label, title), which the safety checker accepts; real references stay refused. */

const label = "url(javascript:alert('x'))";
const analysis = { version: 1, title: 'T', strategyMap: { center: 'Hub', nodes: ['A', 'B', label] } };

describe('hostile label text in SVGs', () => {
  it.each(['strategy-map', 'hero'])('%s: a label "url(javascript:…)" is prose, and the SVG passes the checker', (diagram) => {
    const [r] = render(analysis, { diagrams: [diagram], formats: ['svg'] });
    expect(r!.svg).toMatch(/aria-label="[^"]*url\(javascript:alert\(&apos;x&apos;\)\)/);
    expect(emailSvgProblems(r!.svg!)).toEqual([]);
  });

  it('a url() reference outside aria-* is still refused', () => {
    const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10" viewBox="0 0 10 10"><rect fill="url(https://x.test/a)" aria-label="url(javascript:x)"/></svg>';
    expect(emailSvgProblems(svg)).toEqual(['url(https://x.test/a) is not a reference inside the file', 'attribute fill holds a URL or data: reference']);
  });
});
