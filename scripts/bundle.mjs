#!/usr/bin/env node
// Build step (after tsc): bundles the CLI and the batch worker into one file each, dist/bundle/
// visint.js and dist/bundle/worker.js, so a cold `visint render` loads one file instead of ~160
// ES modules (perf guide, finding 8). The library entry (dist/index.js) stays unbundled ESM.
// - Native and worker-spawning packages stay external: @resvg/resvg-js and @napi-rs/image (.node binaries), piscina
//   (resolves its own worker file), fontkit (required lazily, only when a text needs shaping).
// - Modules that find files next to themselves (themes/, font metrics, package.json) keep doing
//   so: each `import.meta.url` is rewritten to the URL its own file has under dist/. The batch
//   pool keeps its own, so `./worker.js` resolves to the worker bundle beside the CLI bundle.
import { readFile, rm } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outdir = join(root, 'dist', 'bundle');

/** Rewrites each `import.meta.url` to the URL its own file has under dist/, relative to `base` (the bundle's own URL). */
const ownUrl = (base, keep = () => false) => ({
  name: 'own-import-meta-url',
  setup(b) {
    b.onLoad({ filter: /[\\/]dist[\\/].*\.js$/ }, async (args) => {
      let contents = await readFile(args.path, 'utf8');
      if (contents.includes('import.meta.url') && !keep(args.path)) {
        const rel = relative(outdir, args.path).split('\\').join('/');
        contents = contents.replaceAll('import.meta.url', `new URL(${JSON.stringify(rel)}, ${base}).href`);
      }
      return { contents, loader: 'js' };
    });
  },
});

// zod re-exports its ~50 locales as namespaces (z.locales, z.core.locales) that a bundler cannot
// shake out: 265 KB of the CLI bundle, parsed and compiled at every cold start. Our code installs
// English alone (zod/v4/locales/en.js, imported by path), so the namespace module is bundled empty.
const zodLocalesEmpty = {
  name: 'zod-locales-empty',
  setup(b) {
    b.onResolve({ filter: /^\.\.\/locales\/index\.js$/ }, (args) => (/[\\/]zod[\\/]v4[\\/](mini|core)$/.test(args.resolveDir) ? { path: 'zod-locales', namespace: 'zod-locales-empty' } : undefined));
    b.onLoad({ filter: /.*/, namespace: 'zod-locales-empty' }, () => ({ contents: 'export {};', loader: 'js' }));
  },
};

// The queue runs unbundled from dist/queue/: BullMQ forks its sandboxed processors from its own
// files and must be the ESM build the processor was written against (inside the bundle it was
// loaded as CommonJS, and a processor orphaned by `kill -9` of its worker then spun forever).
const queueUnbundled = {
  name: 'queue-unbundled',
  setup(b) {
    b.onResolve({ filter: /[\\/]queue[\\/][a-z-]+\.js$/ }, (args) => {
      const abs = join(args.resolveDir, args.path);
      if (!abs.startsWith(join(root, 'dist', 'queue'))) return undefined;
      return { path: relative(outdir, abs).split('\\').join('/'), external: true };
    });
  },
};

// the queue and the service load their frameworks only for their own commands; bullmq's CommonJS does not survive bundling into ESM
const EXTERNAL = ['@resvg/resvg-js', '@napi-rs/image', 'piscina', 'fontkit', 'bullmq', 'ioredis', 'fastify', 'prom-client'];

/** What both bundles share. */
const shared = {
  outdir,
  bundle: true,
  platform: 'node',
  target: 'node20',
  // prefer ESM builds: jsonc-parser's UMD main requires its own files at run time
  mainFields: ['module', 'main'],
  external: EXTERNAL,
  legalComments: 'none',
  // smaller source, less to parse and compile at start-up (VISINT_READABLE_BUNDLE=1 keeps names, for profiling)
  minify: !process.env.VISINT_READABLE_BUNDLE,
  logLevel: 'warning',
};

// chunk names are content hashes: clear the folder so chunks of earlier builds do not pile up
await rm(outdir, { recursive: true, force: true });
await build({
  ...shared,
  entryPoints: { visint: join(root, 'dist/cli/main.js'), worker: join(root, 'dist/run/worker.js') },
  format: 'esm',
  // commands load their heavy parts with import() (serve: fastify; batch: piscina): separate
  // chunks, so a one-file render neither parses nor links them
  splitting: true,
  chunkNames: 'chunk-[hash]', // beside visint.js: the rewritten import.meta.url paths are relative to this folder
  // the batch pool keeps its own, so `./worker.js` resolves to the worker bundle beside this one
  plugins: [queueUnbundled, zodLocalesEmpty, ownUrl('import.meta.url', (path) => path.endsWith(join('run', 'pool.js')))],
  // CommonJS dependencies (commander, cli-progress) call require() for Node's own modules
  banner: { js: "import { createRequire as __visintRequire } from 'node:module'; const require = __visintRequire(import.meta.url);" },
});

// `visint render` alone, as one CommonJS file: bin/render-bundle.js compiles it from V8's code cache
// (scripts/render-cache.mjs writes the cache), which vm.Script offers for scripts, not for ES modules.
// The other commands keep the ESM bundle above (the queue needs real ESM, serve and batch their chunks).
await build({
  ...shared,
  entryPoints: { 'visint-render': join(root, 'dist/cli/main.js') },
  outExtension: { '.js': '.cjs' },
  format: 'cjs',
  plugins: [zodLocalesEmpty, ownUrl('__visintUrl')],
  banner: { js: "const __visintUrl = require('node:url').pathToFileURL(__filename).href;" },
});
console.log(`bundled CLI and batch worker → ${relative(root, outdir)}/`);
