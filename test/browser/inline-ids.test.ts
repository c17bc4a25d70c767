import { existsSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PNG } from 'pngjs';
import type { Browser } from 'playwright-core';
import { render, loadTheme } from '../../src/index.js';

/**
 * Two of our SVGs inlined in one HTML page (not as <img>: inline, where ids share the page's
 * one id space). Each must show its own background and carry its own accessible name; with
 * the old fixed ids (`canvas`, `title`, `desc`) the second picked up the first's.
 */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const haveChromium = existsSync(CHROMIUM);
if (!haveChromium) console.warn(`[browser check] skipped: no Chromium at ${CHROMIUM}`);

const hex = (h: string) => [1, 3, 5].map((i) => parseInt(h.slice(i, i + 2), 16));

describe.skipIf(!haveChromium)('SVGs inlined in one page do not interfere', () => {
  let browser: Browser;
  beforeAll(async () => {
    const { chromium } = await import('playwright-core');
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  });
  afterAll(async () => {
    await browser?.close();
  });

  // the flat light theme first: its gradient would be the one `url(#canvas)` found before
  const pictures = [
    { file: 'fixtures/two-satellites.json', theme: 'business-engineer-light' },
    { file: 'fixtures/meta-llama.json', theme: 'business-engineer' },
  ].map((p) => {
    const [r] = render(readFileSync(p.file, 'utf8'), { diagrams: ['strategy-map'], theme: p.theme, size: 'og', formats: ['svg'] });
    return { ...p, r: r!, background: loadTheme(p.theme).colors.canvas[0] };
  });

  it('each shows its own background and its own accessible name', async () => {
    const page = await browser.newPage({ viewport: { width: 1200, height: 1300 } });
    try {
      await page.setContent(`<!doctype html><body style="margin:0;background:#FF00FF">${pictures.map((p) => `<div style="height:650px">${p.r.svg}</div>`).join('')}</body>`);
      const shot = PNG.sync.read(await page.screenshot({ type: 'png', fullPage: true }));
      for (const [i, p] of pictures.entries()) {
        const at = ((i * 650 + 3) * shot.width + 3) * 4;
        const seen = [...shot.data.subarray(at, at + 3)];
        hex(p.background).forEach((v, k) => expect(Math.abs(seen[k]! - v), `${p.theme} background at its top-left, saw rgb(${seen})`).toBeLessThanOrEqual(6));
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
