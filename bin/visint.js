#!/usr/bin/env node
// Thin shim. `npm run build` writes dist/bundle/visint.js: the CLI in one file, for a fast cold
// start; a tsc-only build (no bundle yet) runs the modules in dist/cli/ instead.
import { existsSync } from 'node:fs';

const bundle = new URL('../dist/bundle/visint.js', import.meta.url);
const { main } = await import(existsSync(bundle) ? bundle.href : '../dist/cli/main.js');
main(process.argv.slice(2)).then((code) => { process.exitCode = code; });
