import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
// @ts-expect-error: a plain-JS module of the CLI's own (bin/), no type declarations
import { loadRenderBundle, RENDER_BUNDLE } from '../../bin/render-bundle.js';
import { render } from '../../src/index.js';

/**
 * `visint render` runs from one CommonJS bundle compiled from V8's code cache (bin/render-bundle.js,
 * written by `npm run build`). Same pictures as the library; a cache this Node rejects only costs
 * the compile.
 */
const root = join(import.meta.dirname, '..', '..');
const tmp = mkdtempSync(join(tmpdir(), 'visint-fast-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const meta = join(root, 'fixtures', 'meta-llama.json');

describe('the render fast path', () => {
  it('starts from a code cache this Node accepts', () => {
    const loaded = loadRenderBundle();
    expect(loaded).not.toBeNull();
    expect(loaded.cacheRejected).toBe(false);
    expect(typeof loaded.main).toBe('function');
  });

  it('writes the same PNG bytes as the library', () => {
    const r = spawnSync(process.execPath, [join(root, 'bin', 'visint.js'), 'render', meta, '-d', 'strategy-map', '-f', 'png', '-o', join(tmp, 'cli')], { encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    const [lib] = render(readFileSync(meta, 'utf8'), { diagrams: ['strategy-map'], formats: ['png'] });
    expect(Buffer.compare(readFileSync(join(tmp, 'cli', 'meta-llama', 'strategy-map.png')), Buffer.from(lib!.png!))).toBe(0);
  });

  it('renders from source when the cache is not one V8 accepts', async () => {
    const bad = join(tmp, 'bad.cache');
    writeFileSync(bad, Buffer.alloc(4096, 7));
    const loaded = loadRenderBundle(bad);
    expect(loaded.cacheRejected).toBe(true);
    const code = await loaded.main(['render', meta, '-d', 'chain', '-f', 'svg', '-o', join(tmp, 'fallback')]);
    expect(code).toBe(0);
    expect(readFileSync(join(tmp, 'fallback', 'meta-llama', 'chain.svg'), 'utf8')).toMatch(/^<svg/u);
    expect(RENDER_BUNDLE.endsWith('visint-render.cjs')).toBe(true);
  });
});
