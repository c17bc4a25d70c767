#!/usr/bin/env node
// Build step (after bundle.mjs): V8's code cache for the `visint render` bundle (bin/render-bundle.js).
// Runs one render of a bundled example in this process, so the functions a render compiles lazily
// are in the cache too, then writes dist/bundle/visint-render.cache. Run by the same Node that
// will run the CLI: V8 rejects a cache from another version or other flags (then the CLI compiles
// the bundle as usual).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadRenderBundle, RENDER_CACHE } from '../bin/render-bundle.js';

const loaded = loadRenderBundle(false);
if (!loaded) throw new Error('dist/bundle/visint-render.cjs is missing: run scripts/bundle.mjs first');
const out = mkdtempSync(join(tmpdir(), 'visint-cache-'));
try {
  const example = new URL('../fixtures/meta-llama.json', import.meta.url).pathname;
  // the warm-up's own report ("rendered 9 diagrams → /tmp/…", on stderr) is not the build's to print
  const write = process.stderr.write;
  process.stderr.write = () => true;
  const code = await loaded.main(['render', example, '-d', 'all', '-f', 'svg,png', '-o', out]).finally(() => (process.stderr.write = write));
  if (code !== 0) throw new Error(`warm-up render exited with ${code}`);
} finally {
  rmSync(out, { recursive: true, force: true });
}
const data = loaded.script.createCachedData();
writeFileSync(RENDER_CACHE, data);
// a fresh process must accept it: a V8 flag set at run time (v8.setFlagsFromString) during the
// warm-up changes V8's flag hash, and every CLI start would then quietly compile from source
const check = spawnSync(process.execPath, ['--input-type=module', '-e', `import { loadRenderBundle } from ${JSON.stringify(new URL('../bin/render-bundle.js', import.meta.url).href)}; process.stdout.write(String(loadRenderBundle().cacheRejected));`], { encoding: 'utf8' });
if (check.stdout !== 'false') {
  console.error(`the code cache is not accepted by a fresh process (${check.stdout || check.stderr}); was a V8 flag set during the warm-up?`);
  process.exit(1);
}
console.log(`code cache for visint render → dist/bundle/visint-render.cache (${Math.round(data.length / 1024)} KB)`);
