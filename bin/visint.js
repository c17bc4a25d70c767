#!/usr/bin/env node
// Thin shim. `npm run build` writes dist/bundle/visint.js: the CLI in one file, for a fast cold
// start; a tsc-only build (no bundle yet) runs the modules in dist/cli/ instead. `visint render`
// takes the faster path of render-bundle.js (one CommonJS file compiled from V8's code cache).
import { existsSync } from 'node:fs';

// resvg's allocator reads this when its binary loads, before any bundled code runs (see
// src/render/raster/resvg-env.ts for the measurement); a value the user set wins.
process.env.MIMALLOC_PURGE_DELAY ??= '250';

const args = process.argv.slice(2);
const fast = args[0] === 'render' ? (await import('./render-bundle.js')).loadRenderBundle() : null;
const bundle = new URL('../dist/bundle/visint.js', import.meta.url);
const { main } = fast ?? (await import(existsSync(bundle) ? bundle.href : '../dist/cli/main.js'));
main(args).then((code) => { process.exitCode = code; });
