#!/usr/bin/env node
// Thin shim. `npm run build` writes dist/bundle/visint.js: the CLI in one file, for a fast cold
// start; a tsc-only build (no bundle yet) runs the modules in dist/cli/ instead.
import { existsSync } from 'node:fs';

// resvg's allocator reads this when its binary loads, before any bundled code runs (see
// src/render/raster/resvg-env.ts for the measurement); a value the user set wins.
process.env.MIMALLOC_PURGE_DELAY ??= '250';

const bundle = new URL('../dist/bundle/visint.js', import.meta.url);
const { main } = await import(existsSync(bundle) ? bundle.href : '../dist/cli/main.js');
main(process.argv.slice(2)).then((code) => { process.exitCode = code; });
