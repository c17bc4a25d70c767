import { describe, expect, it } from 'vitest';
import { renderOutputs } from '../../src/outputs/render-outputs.js';
import { fixtures } from '../helpers/render-kit.js';

const meta = fixtures().find((f) => f.name === 'meta-llama.json')!.analysis;
const render = () => renderOutputs(meta, { diagrams: ['strategy-map'], formats: ['png', 'webp', 'jpeg'], size: { width: 1200, height: 630 } });

describe('WebP and JPEG output (-f webp, -f jpeg)', () => {
  it('writes .webp and .jpg beside the PNG, from the same pixels, with their content types', () => {
    const files = render().files;
    const webp = files.find((f) => f.name === 'strategy-map.webp')!;
    const jpeg = files.find((f) => f.name === 'strategy-map.jpg')!;
    expect(webp.contentType).toBe('image/webp');
    expect(jpeg.contentType).toBe('image/jpeg');
    const w = Buffer.from(webp.data as Uint8Array);
    expect(w.subarray(0, 4).toString()).toBe('RIFF');
    expect(w.subarray(8, 12).toString()).toBe('WEBP');
    // VP8 frame header: 14-bit width and height after the start code
    expect([w.readUInt16LE(26) & 0x3fff, w.readUInt16LE(28) & 0x3fff]).toEqual([1200, 630]);
    const j = Buffer.from(jpeg.data as Uint8Array);
    expect([j[0], j[1]]).toEqual([0xff, 0xd8]);
    const sof = j.indexOf(Buffer.from([0xff, 0xc0]));
    expect([j.readUInt16BE(sof + 7), j.readUInt16BE(sof + 5)]).toEqual([1200, 630]);
    // lossy but compact: smaller than the full-colour PNG would be
    expect(w.length).toBeLessThan(150_000);
  });

  it('is byte-deterministic', () => {
    const a = render().files;
    const b = render().files;
    for (const name of ['strategy-map.webp', 'strategy-map.jpg']) expect(Buffer.from(a.find((f) => f.name === name)!.data as Uint8Array).equals(Buffer.from(b.find((f) => f.name === name)!.data as Uint8Array))).toBe(true);
  });
});
