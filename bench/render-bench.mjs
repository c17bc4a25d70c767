#!/usr/bin/env node
// npm run bench — render cost of the Meta fixture at 1200×630, measured side by side in one run:
// warm layout, SVG and PNG per diagram in this process with the PNG's bytes, resvg alone on the
// same SVG with its own encoder (the old path), cold `visint render` processes against bare
// `node -e 0`, and a small batch (BENCH_BATCH_N analyses, default 100; 0 skips) for throughput.
// Prints medians and ratios; it is not a test. The machine may be shared: quote the ratios.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Resvg } from '@resvg/resvg-js';
import { defaultRenderer, loadTheme, diagramNames, diagrams } from '../dist/index.js';
import { validateText } from '../dist/analysis/validate.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const RUNS = Number(process.env.BENCH_RUNS ?? 60);
const COLD_RUNS = Number(process.env.BENCH_COLD_RUNS ?? 7);
const analysis = validateText(readFileSync(join(ROOT, 'fixtures', 'meta-llama.json'), 'utf8')).analysis;
const theme = loadTheme('business-engineer');
const size = { width: 1200, height: 630 };
const renderer = defaultRenderer();

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const time = (fn) => {
  const t = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - t) / 1e6;
};
// as in the batch worker (src/run/native-release.ts): an event-loop turn after each round lets resvg's
// finalizers free its native pixmaps; no forced gc(), which would throw away warm compiled code
const settle = () => new Promise((resolve) => setImmediate(resolve));

async function benchDiagram(diagram) {
  const opts = (formats) => ({ theme, size, diagrams: [diagram], formats });
  const type = diagrams.find((d) => d.name === diagram);
  const [first] = renderer.render(analysis, opts(['svg', 'png']));
  for (let i = 0; i < 5; i++) renderer.render(analysis, opts(['svg', 'png'])); // warm-up
  const layoutMs = [], svgMs = [], pngMs = [], floorMs = [];
  // interleave so drift in machine speed hits all four alike
  for (let i = 0; i < RUNS; i++) {
    layoutMs.push(time(() => renderer.layout(analysis, type, theme, size)));
    svgMs.push(time(() => renderer.render(analysis, opts(['svg']))));
    pngMs.push(time(() => renderer.render(analysis, opts(['png']))));
    floorMs.push(time(() => new Resvg(first.svg, { font: { loadSystemFonts: false } }).render().asPng()));
    await settle();
  }
  return { diagram, layout: median(layoutMs), svg: median(svgMs), png: median(pngMs), floor: median(floorMs), bytes: first.png.length };
}

function cold() {
  const out = mkdtempSync(join(tmpdir(), 'visint-bench-'));
  const args = [join(ROOT, 'bin', 'visint.js'), 'render', join(ROOT, 'fixtures', 'meta-llama.json'), '-d', 'strategy-map', '-f', 'png', '-o', out];
  spawnSync(process.execPath, args); // warm the disk cache
  const wall = [], bare = [];
  for (let i = 0; i < COLD_RUNS; i++) {
    wall.push(time(() => spawnSync(process.execPath, args)));
    bare.push(time(() => spawnSync(process.execPath, ['-e', '0'])));
  }
  return { cold: median(wall), node: median(bare) };
}

const wanted = (process.env.BENCH_DIAGRAMS?.split(',') ?? ['strategy-map', 'flywheel', 'chain']).filter((d) => diagramNames().includes(d) && renderer.render(analysis, { theme, size, diagrams: 'all', formats: [] }).some((r) => r.diagram === d));
console.log(`visual-intelligence bench — Meta fixture, 1200×630, ${RUNS} warm renders per figure, ${COLD_RUNS} cold processes (medians)`);
console.log('diagram          layout ms   SVG ms   PNG ms   PNG bytes   resvg render+asPng ms   PNG/that');
for (const d of wanted) {
  const r = await benchDiagram(d);
  console.log(`${r.diagram.padEnd(16)} ${r.layout.toFixed(1).padStart(9)}   ${r.svg.toFixed(1).padStart(6)}   ${r.png.toFixed(1).padStart(6)}   ${String(r.bytes).padStart(9)}   ${r.floor.toFixed(1).padStart(21)}   ${(r.png / r.floor).toFixed(2).padStart(8)}×`);
}
const c = cold();
console.log(`cold \`visint render -d strategy-map -f png\`: ${(c.cold / 1000).toFixed(2)} s (bare \`node -e 0\`: ${(c.node / 1000).toFixed(2)} s; ratio ${(c.cold / c.node).toFixed(1)}×)`);
const batchN = Number(process.env.BENCH_BATCH_N ?? 100);
if (batchN > 0) {
  const b = spawnSync(process.execPath, [join(ROOT, 'bench', 'batch-bench.mjs'), String(batchN)], { env: { ...process.env, BENCH_JOBS: String(availableParallelism()) }, encoding: 'utf8' });
  console.log(`batch throughput (${batchN} analyses, bench:batch at -j ${availableParallelism()}):`);
  for (const line of b.stdout.split('\n').filter((l) => /^-j |^CPU per/.test(l))) console.log(`  ${line}`);
}
console.log('targets (issue 13): warm strategy-map PNG ≤ 15 ms, flywheel and chain ≤ 20 ms; layout ≤ ~10 ms; cold ≤ 3× bare node; bench:batch 1000 in ≤ 30 s, ≤ 400 MB');
