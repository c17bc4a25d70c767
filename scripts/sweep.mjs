#!/usr/bin/env node
// The sweep: every fixture × every diagram it has data for × every sweep size, laid out with the
// built library (dist/), every invariant checked, warnings counted by kind, per-diagram metrics
// (scripts/sweep-metrics.mjs), and a contact sheet of thumbnails to look at.
//
//   npm run build && npm run sweep                 # everything → output/sweep/
//   node scripts/sweep.mjs --sizes 400x400,square  # some sizes only
//   node scripts/sweep.mjs --fixtures meta-llama --diagrams strategy-map,hero --jobs 1
//   node scripts/sweep.mjs --no-images             # metrics only, no thumbnails (fastest)
//
// Exit code: 0 when no render breaks an invariant or fails, 1 otherwise (2 for bad arguments).
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { METRICS, combine, kindOf } from './sweep-metrics.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dist = (p) => pathToFileURL(join(root, 'dist', p)).href;

export const SWEEP_SIZES = { og: '1200x630', square: '1080x1080', portrait: '1080x1350', '400x400': '400x400', '600x400': '600x400', '2400x600': '2400x600', '600x1600': '600x1600' };
/** Thumbnails in the contact sheet are this many pixels on their longer side. */
const THUMB = 360;

function parseArgs(argv) {
  const o = { sizes: Object.keys(SWEEP_SIZES), fixtures: undefined, diagrams: undefined, jobs: Math.min(2, availableParallelism()), images: true, out: join(root, 'output', 'sweep') };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const next = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${a} needs a value`);
      return v;
    };
    if (a === '--sizes') o.sizes = next().split(',');
    else if (a === '--fixtures') o.fixtures = next().split(',');
    else if (a === '--diagrams') o.diagrams = next().split(',');
    else if (a === '--jobs') o.jobs = Math.max(1, Number(next()));
    else if (a === '--out') o.out = resolve(next());
    else if (a === '--no-images') o.images = false;
    else throw new Error(`unknown argument ${a}`);
  }
  return o;
}

const sizeOf = (name) => {
  const [w, h] = (SWEEP_SIZES[name] ?? name).split('x').map(Number);
  if (!w || !h) throw new Error(`size "${name}" is neither a sweep size (${Object.keys(SWEEP_SIZES).join(', ')}) nor WxH`);
  return { width: w, height: h };
};

/** Worker: renders its share of (fixture, diagram) jobs and returns one record per size. */
async function work({ jobs, sizes, images, out }) {
  const { validateText } = await import(dist('analysis/validate.js'));
  const { findDiagram } = await import(dist('diagrams/registry.js'));
  const { defaultRenderer } = await import(dist('render/default-renderer.js'));
  const { themeForAnalysis } = await import(dist('io/themes.js'));
  const { layoutProblems } = await import(dist('layout/invariants.js'));
  const { Resvg } = await import('@resvg/resvg-js');
  const r = defaultRenderer();
  const records = [];
  for (const { fixture, diagram } of jobs) {
    const v = validateText(readFileSync(join(root, 'fixtures', fixture), 'utf8'));
    const analysis = v.analysis;
    const theme = themeForAnalysis(analysis.theme);
    const d = findDiagram(diagram);
    for (const size of sizes) {
      const canvas = sizeOf(size);
      const rec = { fixture, diagram, size, width: canvas.width, height: canvas.height, problems: [], warnings: [], metrics: {}, ms: 0 };
      const started = performance.now();
      try {
        const { layout, alt, ctx } = r.layout(analysis, d, theme, canvas);
        rec.ms = Math.round(performance.now() - started);
        rec.problems = layoutProblems(layout);
        rec.warnings = layout.warnings.map((w) => `${w.field}: ${w.message}`);
        rec.warningKinds = layout.warnings.map((w) => kindOf(w.message));
        for (const m of METRICS) rec.metrics[m.name] = m.measure(layout);
        if (images) {
          const svg = r.svg(layout, alt, d, ctx);
          const fit = canvas.width >= canvas.height ? { mode: 'width', value: THUMB } : { mode: 'height', value: THUMB };
          const png = new Resvg(svg, { fitTo: fit, font: { loadSystemFonts: false } }).render().asPng();
          rec.image = `${fixture.replace(/\.json$/, '')}/${diagram}-${size}.png`;
          mkdirSync(join(out, dirname(rec.image)), { recursive: true });
          writeFileSync(join(out, rec.image), png);
        }
      } catch (e) {
        rec.ms = Math.round(performance.now() - started);
        rec.failure = e instanceof Error ? e.message : String(e);
      }
      records.push(rec);
    }
  }
  return records;
}

const esc = (s) => String(s).replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);

function contactSheet(records, totals, o) {
  const rows = new Map();
  for (const r of records) {
    const key = `${r.fixture} · ${r.diagram}`;
    if (!rows.has(key)) rows.set(key, []);
    rows.get(key).push(r);
  }
  const cell = (r) => {
    const bad = r.failure || r.problems.length;
    const note = r.failure ? `FAILED: ${r.failure}` : [...r.problems, ...r.warnings].join('\n');
    const img = r.image ? `<img src="${esc(r.image)}" loading="lazy" alt="${esc(r.fixture)} ${esc(r.diagram)} ${esc(r.size)}">` : '';
    return `<td class="${bad ? 'bad' : r.warnings.length ? 'warn' : ''}" title="${esc(note)}">${img}<div>${esc(r.size)} · ${r.problems.length}p ${r.warnings.length}w · ${r.ms} ms</div></td>`;
  };
  const body = [...rows].map(([k, rs]) => `<tr><th>${esc(k)}</th>${rs.map(cell).join('')}</tr>`).join('\n');
  return `<!doctype html><meta charset="utf-8"><title>visint sweep</title>
<style>body{font:13px system-ui;background:#222;color:#ddd}td,th{vertical-align:top;padding:4px}th{text-align:left;width:12em}img{max-width:${THUMB}px;max-height:${THUMB}px;display:block;background:#000}.bad{outline:3px solid #e33}.warn div{color:#fc6}pre{background:#111;padding:8px}</style>
<h1>Sweep: ${records.length} renders, ${totals.problems} invariant problems, ${totals.failures} failures, ${totals.warnings} warnings</h1>
<pre>${esc(JSON.stringify(totals, null, 2))}</pre>
<p>Hover a picture for its problems and warnings. Red outline: an invariant broken or the render failed.</p>
<table>${body}</table>`;
}

async function main() {
  let o;
  try {
    o = parseArgs(process.argv.slice(2));
    o.sizes.forEach(sizeOf);
  } catch (e) {
    console.error(`sweep: ${e.message}`);
    process.exit(2);
  }
  const started = performance.now();
  const { validateText } = await import(dist('analysis/validate.js'));
  const { diagrams } = await import(dist('diagrams/registry.js'));
  const jobs = [];
  for (const fixture of readdirSync(join(root, 'fixtures')).filter((f) => f.endsWith('.json')).sort()) {
    if (o.fixtures && !o.fixtures.some((f) => fixture.startsWith(f))) continue;
    const v = validateText(readFileSync(join(root, 'fixtures', fixture), 'utf8'));
    if (!v.ok) continue;
    for (const d of diagrams) if (d.available(v.analysis) && (!o.diagrams || o.diagrams.includes(d.name))) jobs.push({ fixture, diagram: d.name });
  }
  rmSync(o.out, { recursive: true, force: true });
  mkdirSync(o.out, { recursive: true });
  // deal jobs round-robin (heroes and maps are the slow ones, so they spread)
  const shares = Array.from({ length: Math.min(o.jobs, jobs.length) }, (_, k) => jobs.filter((_, i) => i % o.jobs === k));
  const results = await Promise.all(
    shares.map(
      (share) =>
        new Promise((res, rej) => {
          const w = new Worker(fileURLToPath(import.meta.url), { workerData: { jobs: share, sizes: o.sizes, images: o.images, out: o.out } });
          w.once('message', res);
          w.once('error', rej);
        }),
    ),
  );
  const records = results.flat().sort((a, b) => a.fixture.localeCompare(b.fixture) || a.diagram.localeCompare(b.diagram) || o.sizes.indexOf(a.size) - o.sizes.indexOf(b.size));
  const totals = { renders: records.length, failures: 0, problems: 0, warnings: 0, problemsByKind: {}, warningsByKind: {}, byDiagram: {}, slowestMs: 0, seconds: 0 };
  for (const r of records) {
    totals.slowestMs = Math.max(totals.slowestMs, r.ms);
    const d = (totals.byDiagram[r.diagram] ??= { renders: 0, failures: 0, problems: 0, warnings: 0 });
    d.renders++;
    if (r.failure) {
      totals.failures++;
      d.failures++;
      continue;
    }
    totals.problems += r.problems.length;
    d.problems += r.problems.length;
    totals.warnings += r.warnings.length;
    d.warnings += r.warnings.length;
    for (const p of r.problems) totals.problemsByKind[kindOf(p)] = (totals.problemsByKind[kindOf(p)] ?? 0) + 1;
    for (const k of r.warningKinds) totals.warningsByKind[k] = (totals.warningsByKind[k] ?? 0) + 1;
    for (const m of METRICS) d[m.name] = combine(m.combine, d[m.name], r.metrics[m.name]);
  }
  totals.seconds = Math.round((performance.now() - started) / 100) / 10;
  writeFileSync(join(o.out, 'sweep.json'), JSON.stringify({ totals, metrics: METRICS.map(({ name, description, combine: c }) => ({ name, description, combine: c })), records }, null, 2) + '\n');
  writeFileSync(join(o.out, 'index.html'), contactSheet(records, totals, o));
  for (const r of records) {
    if (r.failure) console.log(`FAILED  ${r.fixture} ${r.diagram} ${r.size}: ${r.failure}`);
    for (const p of r.problems) console.log(`PROBLEM ${r.fixture} ${r.diagram} ${r.size}: ${p}`);
  }
  console.log('\nper diagram:');
  console.table(totals.byDiagram);
  console.log('warnings by kind:');
  for (const [k, n] of Object.entries(totals.warningsByKind).sort((a, b) => b[1] - a[1])) console.log(`  ${String(n).padStart(4)}  ${k}`);
  console.log(`\n${totals.renders} renders in ${totals.seconds} s: ${totals.failures} failed, ${totals.problems} invariant problems, ${totals.warnings} warnings; slowest ${totals.slowestMs} ms`);
  console.log(`contact sheet: ${join(o.out, 'index.html')}`);
  process.exit(totals.failures || totals.problems ? 1 : 0);
}

if (isMainThread) await main();
else parentPort.postMessage(await work(workerData));
