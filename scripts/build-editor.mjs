// Bundles the live editor (web/editor) into dist/web/ with esbuild: CodeMirror and every other
// browser dependency come from node_modules at build time; nothing is fetched at run time.
import { build } from 'esbuild';
import { copyFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'dist', 'web');
mkdirSync(out, { recursive: true });
for (const page of ['editor', 'preview']) {
  await build({
    entryPoints: [join(root, 'web', page, 'main.ts')],
    bundle: true,
    minify: true,
    format: 'iife',
    target: 'es2022',
    outfile: join(out, `${page}.js`),
    legalComments: 'none',
    logLevel: 'warning',
  });
  for (const ext of ['html', 'css']) copyFileSync(join(root, 'web', page, `${page}.${ext}`), join(out, `${page}.${ext}`));
}
console.log(`editor and preview pages → ${out}`);
