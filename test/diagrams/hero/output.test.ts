import { describe, expect, it } from 'vitest';
import { PNG } from 'pngjs';
import { render } from '../../../src/index.js';
import { heroMeta } from '../../../src/diagrams/hero/meta.js';
import { standardFiles as outputFiles } from '../../../src/outputs/standard.js';
import { emailSvgProblems } from '../../../src/render/email/svg-safety.js';
import { fixtures } from '../../helpers/render-kit.js';

const meta = fixtures().find((f) => f.name === 'meta-llama.json')!.analysis;
const [og] = render(meta, { diagrams: ['hero'], size: 'og' });

function chunks(png: Uint8Array): string[] {
  const b = Buffer.from(png);
  const out: string[] = [];
  for (let o = 8; o < b.length; o += 12 + b.readUInt32BE(o)) out.push(b.toString('ascii', o + 4, o + 8));
  return out;
}

describe('hero outputs at og', () => {
  it('PNG is 1200×630, opaque, tagged sRGB and under 1 MB', () => {
    const png = PNG.sync.read(Buffer.from(og!.png!));
    expect([png.width, png.height]).toEqual([1200, 630]);
    for (let i = 3; i < png.data.length; i += 4) if (png.data[i] !== 255) throw new Error(`transparent pixel at ${(i - 3) / 4}`);
    expect(chunks(og!.png!).slice(0, 2)).toEqual(['IHDR', 'sRGB']);
    expect(og!.png!.length).toBeLessThan(1_000_000);
    expect(og!.warnings).toEqual([]);
  });

  it('SVG embeds the diagram as vector content: no <image>, no data: or external reference', () => {
    expect(og!.svg).not.toMatch(/<image|data:|href="http/);
    expect(emailSvgProblems(og!.svg!)).toEqual([]);
  });

  it('renders byte-identical SVG and PNG twice', () => {
    const [again] = render(meta, { diagrams: ['hero'], size: 'og' });
    expect(again!.svg).toBe(og!.svg);
    expect(Buffer.compare(Buffer.from(again!.png!), Buffer.from(og!.png!))).toBe(0);
  });

  it('hero.meta.json carries og:image width, height and alt, ready to paste', () => {
    const file = outputFiles([og!]).find((f) => f.name === 'hero.meta.json')!;
    const m = JSON.parse(file.data as string) as ReturnType<typeof heroMeta>;
    expect([m.width, m.height]).toEqual([1200, 630]);
    expect(m.alt).toBe(og!.alt.short);
    expect(m.tags['og:image:alt']).toBe(og!.alt.short);
    expect(m.html).toContain('<meta property="og:image:width" content="1200">');
    expect(m.html).toContain('<meta property="og:image:height" content="630">');
    expect(m.bytes).toBe(og!.png!.length);
  });

  it('og:image size follows --scale, and markup in the alt text is escaped', () => {
    const m = heroMeta({ width: 1200, height: 630, scale: 2, alt: { short: '"><script>x</script>' }, png: new Uint8Array(3) });
    expect([m.width, m.height]).toEqual([2400, 1260]);
    expect(m.html).not.toContain('<script>');
  });
});
