import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PNG } from 'pngjs';
import { CHROMIUM, haveChromium, launchChromium } from '../helpers/chromium.js';
import type { Browser } from 'playwright-core';
import { render, loadTheme } from '../../src/index.js';

/**
 * Two of our SVGs inlined in one HTML page (not as <img>: inline, where ids share the page's
 * one id space). Each must show its own background and carry its own accessible name; with
 * the old fixed ids (`canvas`, `title`, `desc`) the second picked up the first's.
 */
if (!haveChromium) console.warn(`[browser check] skipped: no Chromium at ${CHROMIUM}`);

const hex = (h: string) => [1, 3, 5].map((i) => parseInt(h.slice(i, i + 2), 16));

describe.skipIf(!haveChromium)('SVGs inlined in one page do not interfere', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  // two gradient canvases: with fixed ids the second's url(#canvas) would find the first's gradient
  const pictures = [
    { file: 'fixtures/meta-llama.json', theme: 'business-engineer' as const, background: loadTheme('business-engineer').colors.canvas[0] },
    { file: 'fixtures/two-satellites.json', theme: { extends: 'business-engineer-light', colors: { canvas: ['#FFFFFF', '#DCEBEB'] as [string, string] } }, background: '#FFFFFF' },
  ].map((p) => {
    const [r] = render(readFileSync(p.file, 'utf8'), { diagrams: ['strategy-map'], theme: p.theme, size: 'og', formats: ['svg'] });
    return { ...p, r: r! };
  });

  /** The page with both SVGs; `strip` takes the id prefixes out again (the old, clashing ids). */
  async function open(strip = false) {
    const page = await browser.newPage({ viewport: { width: 1200, height: 1300 } });
    const svgs = pictures.map((p) => (strip ? p.r.svg!.replace(/v[0-9a-f]{8}-/g, '') : p.r.svg!));
    await page.setContent(`<!doctype html><body style="margin:0;background:#FF00FF">${svgs.map((svg) => `<div style="height:650px">${svg}</div>`).join('')}</body>`);
    return page;
  }

  it('the check can fail: with the old fixed ids the second picture shows the first one\'s background and name', async () => {
    const page = await open(true);
    try {
      const shot = PNG.sync.read(await page.screenshot({ type: 'png', fullPage: true }));
      const at = ((650 + 3) * shot.width + 3) * 4;
      const seen = [...shot.data.subarray(at, at + 3)];
      const want = hex(pictures[1]!.background);
      expect(Math.max(...want.map((v, k) => Math.abs(seen[k]! - v)))).toBeGreaterThan(6);
      expect(await page.locator('svg').nth(1).ariaSnapshot()).toContain(pictures[0]!.r.alt.short.slice(0, 40));
    } finally {
      await page.close();
    }
  });

  it('each shows its own background and its own accessible name', async () => {
    const page = await open();
    try {
      const shot = PNG.sync.read(await page.screenshot({ type: 'png', fullPage: true }));
      for (const [i, p] of pictures.entries()) {
        const at = ((i * 650 + 3) * shot.width + 3) * 4;
        const seen = [...shot.data.subarray(at, at + 3)];
        hex(p.background).forEach((v, k) => expect(Math.abs(seen[k]! - v), `picture ${i} background at its top-left, saw rgb(${seen})`).toBeLessThanOrEqual(6));
        const aria = await page.locator('svg').nth(i).ariaSnapshot();
        expect(aria).toContain(p.r.alt.short.slice(0, 40));
        const other = pictures[1 - i]!.r.alt.short;
        expect(aria).not.toContain(other.slice(0, 40));
      }
      // every id on the page is unique
      const dupes = await page.evaluate(() => {
        const seen = new Map<string, number>();
        document.querySelectorAll('[id]').forEach((e) => seen.set(e.id, (seen.get(e.id) ?? 0) + 1));
        return [...seen].filter(([, n]) => n > 1).map(([id]) => id);
      });
      expect(dupes).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
