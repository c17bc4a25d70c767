#!/usr/bin/env node
// Precomputes the Latin metrics (advances, pair kerning, outlines, ink boxes) of every Inter
// weight the themes use, so a render never has to import fontkit for ordinary text.
// Runs after `tsc` (npm run build / prepare); output: dist/font-metrics/inter-latin-<weight>.json
import { mkdirSync, writeFileSync, renameSync } from 'node:fs';
import { buildFaceCache } from '../dist/text/cached-face.js';
import { FontkitFace } from '../dist/text/fontkit-face.js';
import { bundledFontLoader, FONT_METRICS_DIR, metricsFile } from '../dist/io/bundled-fonts.js';

const WEIGHTS = [400, 500, 600, 700, 800];
const load = bundledFontLoader();
mkdirSync(FONT_METRICS_DIR, { recursive: true });
for (const weight of WEIGHTS) {
  const bytes = load(weight, 'latin');
  if (!bytes) throw new Error(`@fontsource/inter has no latin ${weight} WOFF`);
  const file = metricsFile(weight);
  writeFileSync(`${file}.tmp`, JSON.stringify(buildFaceCache(new FontkitFace(bytes))));
  renameSync(`${file}.tmp`, file);
}
process.stderr.write(`font metrics: ${WEIGHTS.length} weights → ${FONT_METRICS_DIR}\n`);
