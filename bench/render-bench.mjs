#!/usr/bin/env node
// npm run bench — render cost of the Meta strategy map at 1200×630, measured side by side in
// one run: warm SVG and PNG renders in this process, resvg alone on the same SVG (the floor),
// and cold `visint render` processes. Prints medians and ratios; it is not a test.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Resvg } from '@resvg/resvg-js';
import { defaultRenderer, loadTheme, diagramNames } from '../dist/index.js';
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
// resvg's native pixmaps are invisible to V8: collect now and then so memory stays flat (perf guide, finding 3)
const settle = (i) => i % 10 === 9 && globalThis.gc?.();

function benchDiagram(diagram) {
  const opts = (formats) => ({ theme, size, diagrams: [diagram], formats });
  const svg = renderer.render(analysis, opts(['svg']))[0].svg;
  for (let i = 0; i < 5; i++) renderer.render(analysis, opts(['svg', 'png'])); // warm-up
  const svgMs = [], pngMs = [], floorMs = [];
  // interleave so drift in machine speed hits all three alike
  for (let i = 0; i < RUNS; i++) {
    svgMs.push(time(() => renderer.render(analysis, opts(['svg']))));
    pngMs.push(time(() => renderer.render(analysis, opts(['png']))));
    floorMs.push(time(() => new Resvg(svg, { font: { loadSystemFonts: false } }).render().asPng()));
    settle(i);
  }
  return { diagram, svg: median(svgMs), png: median(pngMs), floor: median(floorMs) };
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
console.log('diagram          SVG ms   PNG ms   resvg floor ms   PNG/floor');
for (const d of wanted) {
  const r = benchDiagram(d);
  console.log(`${r.diagram.padEnd(16)} ${r.svg.toFixed(1).padStart(6)}   ${r.png.toFixed(1).padStart(6)}   ${r.floor.toFixed(1).padStart(14)}   ${(r.png / r.floor).toFixed(2).padStart(9)}×`);
}
const c = cold();
console.log(`cold \`visint render -d strategy-map -f png\`: ${(c.cold / 1000).toFixed(2)} s (bare \`node -e 0\`: ${(c.node / 1000).toFixed(2)} s; ratio ${(c.cold / c.node).toFixed(1)}×)`);
console.log('budgets: warm PNG ≤ 1.2× the floor; cold single render ≤ 0.5 s on a 2-core machine');
