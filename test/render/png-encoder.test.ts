import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { encodePng, PALETTE_TOLERANCE } from '../../src/render/raster/encode.js';
import { encodeIndexed, encodeTrueColour } from '../../src/render/raster/png-encode.js';
import { rasterize, type Pixels } from '../../src/render/raster/pixels.js';
import { quantize } from '../../src/render/raster/quantize.js';

const decode = (png: Uint8Array) => PNG.sync.read(Buffer.from(png)); // pngjs checks every CRC
const colourType = (png: Uint8Array) => png[25];
const maxDiff = (a: Uint8Array, b: Uint8Array) => a.reduce((m, v, i) => Math.max(m, Math.abs(v - b[i]!)), 0);

const svg = (body: string, w = 64, h = 32) => `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}">${body}</svg>`;
const gradientCard = svg(
  '<defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="#0D7377"/><stop offset="1" stop-color="#084C4F"/></linearGradient></defs>' +
    '<rect width="400" height="200" fill="url(#g)"/><rect x="40" y="40" width="200" height="90" rx="16" fill="#fff"/><circle cx="300" cy="100" r="60" fill="#F9C74F"/><path d="M20 180 Q200 20 380 180" stroke="#32E0C4" stroke-width="3" fill="none"/>',
  400,
  200,
);

describe('PNG encoder', () => {
  it('writes full colour losslessly: RGB when opaque, with sRGB and valid CRCs', () => {
    const px = rasterize(gradientCard, { mode: 'zoom', value: 1 });
    const png = encodeTrueColour(px);
    expect(colourType(png)).toBe(2);
    expect(Buffer.from(png).includes(Buffer.from('sRGB'))).toBe(true);
    expect(Buffer.from(decode(png).data)).toEqual(Buffer.from(px.rgba));
  });

  it('un-premultiplies translucent pixels and keeps alpha (RGBA)', () => {
    const px = rasterize(svg('<rect width="64" height="32" fill="#ff0000" fill-opacity="0.5"/>'), { mode: 'zoom', value: 1 });
    expect(px.opaque).toBe(false);
    const png = encodeTrueColour(px);
    expect(colourType(png)).toBe(6);
    expect([...decode(png).data.subarray(0, 4)]).toEqual([255, 0, 0, 128]);
  });

  it('uses an exact palette (lossless) for ≤ 256 colours, with tRNS for translucent entries', () => {
    const px = rasterize(svg('<rect width="32" height="32" fill="#123456"/><rect x="32" width="32" height="32" fill="#00ff00" fill-opacity="0.5"/>'), { mode: 'zoom', value: 1 });
    const q = quantize(px)!;
    expect(q.exact).toBe(true);
    const png = encodeIndexed(px.width, px.height, q.palette, q.rows);
    expect(colourType(png)).toBe(3);
    expect(Buffer.from(png).includes(Buffer.from('tRNS'))).toBe(true);
    expect(Buffer.from(decode(png).data)).toEqual(Buffer.from(px.rgba));
  });

  it('quantises a picture of more than 256 colours within the tolerance, and smaller than full colour', () => {
    const px = rasterize(gradientCard, { mode: 'zoom', value: 1 });
    const q = quantize(px)!;
    expect(q.exact).toBe(false);
    const indexed = encodePng(px);
    expect(colourType(indexed)).toBe(3);
    const error = maxDiff(decode(indexed).data, px.rgba);
    expect(error).toBe(q.maxError);
    expect(error).toBeLessThanOrEqual(PALETTE_TOLERANCE);
    expect(indexed.length).toBeLessThan(encodeTrueColour(px).length);
  });

  it('falls back to full colour when no palette holds the picture (noise)', () => {
    let seed = 7;
    const rgba = Uint8Array.from({ length: 64 * 64 * 4 }, (_, i) => (i % 4 === 3 ? 255 : (seed = (seed * 1103515245 + 12345) >>> 0) >>> 24));
    const px: Pixels = { width: 64, height: 64, rgba, opaque: true };
    const png = encodePng(px);
    expect(colourType(png)).toBe(2);
    expect(Buffer.from(decode(png).data)).toEqual(Buffer.from(rgba));
  });

  it('is byte-deterministic', () => {
    const a = encodePng(rasterize(gradientCard, { mode: 'zoom', value: 2 }));
    const b = encodePng(rasterize(gradientCard, { mode: 'zoom', value: 2 }));
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
  });
});
