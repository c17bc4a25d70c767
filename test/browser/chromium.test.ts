import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';
import { CHROMIUM, haveChromium, launchChromium } from '../helpers/chromium.js';
import type { Browser } from 'playwright-core';
import { render } from '../../src/index.js';
import { parseRenderOptions } from '../../src/cli/options.js';
import { renderOutputsFromText as renderText } from '../../src/outputs/render-outputs.js';
import { metaText } from '../render/email/email-kit.js';

/**
 * The SVG people embed must show what our PNG shows: headless Chromium draws each SVG as an
 * <img> (as a page or a mail client would), and its screenshot is compared with our resvg
 * PNG pixel by pixel. Skipped, with a message, where Chromium is not installed.
 */
/** pixelmatch's per-pixel colour threshold, and how many pixels may differ beyond it (anti-aliasing of glyph edges). */
const THRESHOLD = 0.1;
const MAX_DIFF_RATIO = 0.001;
const MAX_MEAN_CHANNEL_DIFF = 1.5;

if (!haveChromium) console.warn(`[browser check] skipped: no Chromium at ${CHROMIUM} (install it with: apt-get install -y chromium)`);

interface Case {
  name: string;
  svg: string;
  png: Uint8Array;
  /** CSS size of the <img>; the PNG is `dpr` times larger */
  width: number;
  height: number;
  dpr: number;
}

function cases(): Case[] {
  const heroes = ['og', 'square', 'wide', 'portrait', 'x', 'linkedin', 'substack'].map((size): Case => {
    const [r] = render(metaText, { diagrams: ['hero'], size });
    return { name: `hero ${size}`, svg: r!.svg!, png: r!.png!, width: r!.width, height: r!.height, dpr: 1 };
  });
  const email = renderText(metaText, parseRenderOptions({ size: 'newsletter' }));
  if (!email.ok) throw new Error('fixture invalid');
  const newsletter = email.rendered.map((r): Case => {
    const file = (name: string) => email.files.find((f) => f.name === name)!.data;
    return { name: `newsletter ${r.diagram}`, svg: file(`${r.diagram}.svg`) as string, png: file(`${r.diagram}@2x.png`) as Uint8Array, width: 600, height: 400, dpr: 2 };
  });
  return [...heroes, ...newsletter];
}

describe.skipIf(!haveChromium)('Chromium draws our SVGs as our PNGs show them', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  const all = haveChromium ? cases() : [];

  /** Chromium's screenshot of the SVG in an <img>, and how far it is from `png`. */
  async function compare(c: Case, png: Uint8Array): Promise<{ ratio: number; mean: number; differing: number; pixels: number }> {
    const page = await browser.newPage({ viewport: { width: c.width, height: c.height }, deviceScaleFactor: c.dpr });
    try {
      // a magenta page: any part of the image that failed to draw shows up as a difference
      const src = `data:image/svg+xml;base64,${Buffer.from(c.svg).toString('base64')}`;
      await page.setContent(`<!doctype html><body style="margin:0;background:#FF00FF"><img src="${src}" width="${c.width}" height="${c.height}" style="display:block"></body>`);
      const shot = PNG.sync.read(await page.screenshot({ type: 'png', clip: { x: 0, y: 0, width: c.width, height: c.height } }));
      const ours = PNG.sync.read(Buffer.from(png));
      expect([shot.width, shot.height]).toEqual([ours.width, ours.height]);
      const differing = pixelmatch(ours.data, shot.data, undefined, ours.width, ours.height, { threshold: THRESHOLD });
      let sum = 0;
      for (let i = 0; i < ours.data.length; i++) if (i % 4 !== 3) sum += Math.abs(ours.data[i]! - shot.data[i]!);
      const pixels = ours.width * ours.height;
      return { ratio: differing / pixels, mean: sum / (pixels * 3), differing, pixels };
    } finally {
      await page.close();
    }
  }

  it('the comparison can fail: a PNG with one painted block is caught', async () => {
    const c = all[0]!;
    const tampered = PNG.sync.read(Buffer.from(c.png));
    for (let y = 100; y < 140; y++) for (let x = 100; x < 400; x++) tampered.data[(y * tampered.width + x) * 4] = 255;
    const r = await compare(c, PNG.sync.write(tampered));
    expect(r.ratio).toBeGreaterThan(MAX_DIFF_RATIO);
  });

  for (const c of all) {
    it(`${c.name}: screenshot matches the PNG within ${MAX_DIFF_RATIO * 100}% of pixels`, async () => {
      const { ratio, mean, differing, pixels } = await compare(c, c.png);
      console.log(`[browser check] ${c.name}: ${differing} of ${pixels} pixels differ (${(ratio * 100).toFixed(4)}%), mean channel difference ${mean.toFixed(3)}`);
      expect(ratio).toBeLessThanOrEqual(MAX_DIFF_RATIO);
      expect(mean).toBeLessThanOrEqual(MAX_MEAN_CHANNEL_DIFF);
    });
  }
});
