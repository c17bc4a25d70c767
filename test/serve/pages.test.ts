import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM, haveChromium, launchChromium } from '../helpers/chromium.js';
import type { Browser, Page } from 'playwright-core';
import { ROOT, small, startServer } from './serve-kit.js';

/**
 * The live editor and `visint preview`, driven in headless Chromium: type a change and see the
 * picture change; break the JSON and see the error at its path (and, in the editor, the last
 * good picture). Skipped, with a message, where Chromium is not installed.
 */
if (!haveChromium) console.warn(`[pages] skipped: no Chromium at ${CHROMIUM} (install it with: apt-get install -y chromium)`);
const { startPreview } = (await import('../../dist/serve/preview.js')) as typeof import('../../src/serve/preview.js');
const WAIT = { timeout: 30_000 };

/** Moves the editor's cursor onto `text` (selected), the way a user would before typing over it. */
async function select(page: Page, text: string): Promise<void> {
  await page.evaluate((t) => {
    const view = (window as any).visintEditor;
    const from = view.state.doc.toString().indexOf(t);
    if (from < 0) throw new Error(`not in the editor: ${t}`);
    view.dispatch({ selection: { anchor: from, head: from + t.length }, scrollIntoView: true });
    view.focus();
  }, text);
}

const round = (page: Page, d: string) => page.locator(`img[data-diagram="${d}"]`).getAttribute('data-round').then(Number);

describe.skipIf(!haveChromium)('the editor and preview pages in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('editor: typing redraws the picture; broken JSON shows the error at its path and keeps the last good picture', async () => {
    const s = await startServer({ port: 0, workers: 2, logLevel: false });
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    try {
      await page.goto(`${s.url}/`);
      await page.waitForSelector('img[data-diagram="strategy-map"][data-round]', WAIT);
      expect(await page.locator('.card').count()).toBeGreaterThanOrEqual(8);
      const img = page.locator('img[data-diagram="strategy-map"]');
      const before = await img.screenshot();
      const r0 = await round(page, 'strategy-map');

      await select(page, 'Meta Llama');
      await page.keyboard.type('Llama 4', { delay: 20 });
      // the alt text comes with each rendered picture: it names the typed label once that picture is in
      await page.waitForFunction(() => (document.querySelector('img[data-diagram="strategy-map"]') as HTMLImageElement).alt.includes('Llama 4'), undefined, WAIT);
      await page.waitForFunction(() => (document.querySelector('img[data-diagram="strategy-map"]') as HTMLImageElement).complete, undefined, WAIT);
      expect(await round(page, 'strategy-map')).toBeGreaterThan(r0);
      const after = await img.screenshot();
      expect(after.equals(before)).toBe(false);
      await page.screenshot({ path: join(ROOT, 'output', 'editor-typed.png') });

      // a node label becomes a number: a schema error at strategyMap.nodes[4].label
      const good = await img.getAttribute('src');
      await select(page, '"Recruitment Magnet"');
      await page.keyboard.type('42');
      const error = page.locator('#errors li[data-path="strategyMap.nodes[4].label"]');
      await error.waitFor(WAIT);
      expect(await error.textContent()).toMatch(/strategyMap\.nodes\[4\]\.label/);
      await page.locator('.cm-lintRange-error').first().waitFor(WAIT);
      expect(await page.locator('#status').textContent()).toMatch(/error/);
      expect(await img.getAttribute('src')).toBe(good);
      expect(await page.locator('.card[data-diagram="strategy-map"]').getAttribute('class')).toContain('stale');
      await page.screenshot({ path: join(ROOT, 'output', 'editor-error.png') });

      // the GET URL the copy button makes answers the same picture
      await select(page, '42');
      await page.keyboard.type('"Recruitment Magnet"');
      await page.waitForFunction(() => document.querySelector('#status')?.className === 'valid', undefined, WAIT);
      await page.locator('.card[data-diagram="strategy-map"] button[data-act="url"]').click();
      await page.waitForFunction(() => (document.querySelector('#copied') as HTMLInputElement).value.includes('/render/strategy-map.png?'), undefined, WAIT);
      const url = await page.locator('#copied').inputValue();
      const res = await fetch(url, { signal: AbortSignal.timeout(30_000) });
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('image/png');

      // the size picker redraws every preview at the new canvas
      await page.selectOption('#size', 'square');
      await page.waitForFunction(() => {
        const i = document.querySelector('img[data-diagram="strategy-map"]') as HTMLImageElement;
        return i.complete && i.naturalWidth === 1080 && i.naturalHeight === 1080;
      }, undefined, WAIT);
    } finally {
      await page.close();
      await s.close();
    }
  });

  it('preview: a save redraws the page within a second; a broken file shows its error in place of the pictures', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'visint-preview-'));
    const file = join(dir, 'a.json');
    writeFileSync(file, small('First title'));
    const p = await startPreview({ file, host: '127.0.0.1', port: 0, size: { width: 1200, height: 630 } });
    const page = await browser.newPage({ viewport: { width: 1200, height: 800 } });
    const version = () => page.evaluate(() => Number(document.body.dataset.version));
    try {
      await page.goto(`${p.url}/`);
      await page.waitForSelector('figure[data-diagram="strategy-map"] img', WAIT);
      const v0 = await version();

      const saved = Date.now();
      writeFileSync(file, small('Second title'));
      await page.waitForFunction((v) => Number(document.body.dataset.version) > v, v0, WAIT);
      const ms = Date.now() - saved;
      console.log(`[preview] save → page updated in ${ms} ms`);
      expect(ms).toBeLessThan(2_000);
      expect(await page.locator('figure[data-diagram="strategy-map"] img').getAttribute('alt')).toBeTruthy();

      writeFileSync(file, JSON.stringify({ version: 1, id: 'a', title: 'T', strategyMap: { center: 'C', nodes: ['x', 5] } }));
      await page.locator('.problems').waitFor(WAIT);
      expect(await page.locator('.problems').textContent()).toContain('strategyMap.nodes[1]');
      expect(await page.locator('figure').count()).toBe(0);
      await page.screenshot({ path: join(ROOT, 'output', 'preview-error.png') });

      writeFileSync(file, small('Fixed'));
      await page.waitForSelector('figure[data-diagram="strategy-map"] img', WAIT);
      await page.screenshot({ path: join(ROOT, 'output', 'preview-fixed.png') });
    } finally {
      await page.close();
      await p.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
