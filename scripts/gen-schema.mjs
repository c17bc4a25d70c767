#!/usr/bin/env node
// Writes schema/analysis.schema.json from the zod schema in src/analysis (via its compiled JS).
//
//   npx tsc -p tsconfig.json && node scripts/gen-schema.mjs          # uses ./dist
//   node scripts/gen-schema.mjs --dist /tmp/ana-dist                  # another build output
//   node scripts/gen-schema.mjs --check                               # exit 1 if the file is stale
//
// The build folder may also be given as ANALYSIS_DIST; it must contain analysis/json-schema.js
// (or json-schema.js directly, when only src/analysis was compiled).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const distFlag = args.indexOf('--dist');
const dist = resolve(root, distFlag !== -1 ? args[distFlag + 1] ?? '' : process.env.ANALYSIS_DIST ?? 'dist');
const candidates = [resolve(dist, 'analysis/json-schema.js'), resolve(dist, 'json-schema.js')];
const modulePath = candidates.find((path) => existsSync(path));
if (!modulePath) {
  console.error(`gen-schema: no compiled json-schema.js under ${dist}; build first (npx tsc -p tsconfig.json)`);
  process.exit(2);
}

const { analysisJsonSchema } = await import(pathToFileURL(modulePath).href);
const outputs = [['schema/analysis.schema.json', analysisJsonSchema()]];
// the theme schema, when the theme module was compiled too (it is in a full build)
const themeModule = resolve(dirname(dirname(modulePath)), 'theme/json-schema.js');
if (existsSync(themeModule)) outputs.push(['schema/theme.schema.json', (await import(pathToFileURL(themeModule).href)).themeJsonSchema()]);

let stale = false;
for (const [file, schema] of outputs) {
  const text = `${JSON.stringify(schema, null, 2)}\n`;
  const target = resolve(root, file);
  if (args.includes('--check')) {
    const current = existsSync(target) ? readFileSync(target, 'utf8') : '';
    if (current !== text) {
      console.error(`gen-schema: ${file} is out of date; run node scripts/gen-schema.mjs`);
      stale = true;
    } else console.log(`gen-schema: ${file} is up to date`);
  } else {
    writeFileSync(target, text);
    console.log(`gen-schema: wrote ${target}`);
  }
}
if (stale) process.exit(1);
