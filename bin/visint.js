#!/usr/bin/env node
// Thin shim: the CLI lives in dist/cli/main.js (built by `npm ci` through `prepare`).
import { main } from '../dist/cli/main.js';
main(process.argv.slice(2)).then((code) => { process.exitCode = code; });
