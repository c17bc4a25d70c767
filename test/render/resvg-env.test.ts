import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
/** What resvg's allocator will read: the environment of the process once the module loaded it. */
function purgeDelayAfter(script: string, env: Record<string, string | undefined>): string {
  const clean = { ...process.env, ...env };
  for (const k of Object.keys(clean)) if (clean[k] === undefined) delete clean[k];
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: root, env: clean, encoding: 'utf8' });
  expect(r.status, r.stderr).toBe(0);
  return r.stdout.trim();
}

describe('resvg allocator settings (raster/resvg-env.ts)', () => {
  const viaLibrary = "await import('./dist/render/raster/pixels.js'); console.log(process.env.MIMALLOC_PURGE_DELAY)";

  it('keeps freed pixmap pages for 250 ms when the user set nothing, before resvg loads', () => {
    expect(purgeDelayAfter(viaLibrary, { MIMALLOC_PURGE_DELAY: undefined })).toBe('250');
  });

  it("leaves the user's own value alone", () => {
    expect(purgeDelayAfter(viaLibrary, { MIMALLOC_PURGE_DELAY: '-1' })).toBe('-1');
  });

  it('the CLI sets it before the bundle (which imports resvg first) loads', () => {
    const shim = readFileSync(join(root, 'bin', 'visint.js'), 'utf8');
    expect(shim.indexOf('MIMALLOC_PURGE_DELAY')).toBeGreaterThan(0);
    expect(shim.indexOf('MIMALLOC_PURGE_DELAY')).toBeLessThan(shim.indexOf('await import('));
    // and a render through the CLI still works with it
    const out = mkdtempSync(join(tmpdir(), 'visint-env-'));
    const r = spawnSync(process.execPath, [join(root, 'bin', 'visint.js'), 'render', join(root, 'fixtures', 'meta-llama.json'), '-d', 'strategy-map', '-f', 'png', '-o', out], { encoding: 'utf8', env: { ...process.env, MIMALLOC_PURGE_DELAY: '' } });
    expect(r.status, r.stderr).toBe(0);
  });
});
