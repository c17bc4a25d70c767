#!/usr/bin/env node
// Renders the Meta fixture's pictures shown in the README into output/readme/ (committed).
// Run after `npm run build`: node scripts/readme-images.mjs
import { mkdirSync, writeFileSync, readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { render } from '../dist/index.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, 'output', 'readme');
const meta = readFileSync(join(ROOT, 'fixtures', 'meta-llama.json'), 'utf8');
mkdirSync(OUT, { recursive: true });
const shots = [
  { size: 'og', suffix: '' },
  { size: 'square', suffix: '-square', diagrams: ['hero'] },
];
for (const shot of shots) {
  for (const r of render(meta, { size: shot.size, formats: ['png'], ...(shot.diagrams ? { diagrams: shot.diagrams } : {}) })) {
    writeFileSync(join(OUT, `${r.diagram}${shot.suffix}.png`), r.png);
    process.stderr.write(`output/readme/${r.diagram}${shot.suffix}.png\n`);
  }
}

// A branded render: the example project's own theme (extends the default; own colours, title
// font, logo and wordmark), named by the analysis and found in the project's theme folder.
const brand = join(ROOT, 'examples', 'brand');
const branded = readFileSync(join(brand, 'posts', 'meta-llama.json'), 'utf8');
for (const shot of [{ size: 'og', suffix: '' }, { size: 'square', suffix: '-square' }]) {
  const [r] = render(branded, { size: shot.size, formats: ['png'], diagrams: ['hero'], themeDirs: [join(brand, 'themes')] });
  writeFileSync(join(OUT, `branded-hero${shot.suffix}.png`), r.png);
  process.stderr.write(`output/readme/branded-hero${shot.suffix}.png\n`);
}
