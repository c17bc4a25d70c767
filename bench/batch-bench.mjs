#!/usr/bin/env node
// `npm run bench:batch [-- N]`: generates N analyses (default 1000; varied sizes and label
// lengths) in a temp folder, renders them with `visint batch` at -j 1 and at -j <CPUs>
// (strategy map + flywheel, SVG + PNG), and prints images/s, the speed-up and peak RSS.
// `node bench/batch-bench.mjs N --generate DIR` only writes the N analyses into DIR.
// Needs a build (`npm run build`). Budget (issue 13): 1000 analyses in 30 s on 2 cores, peak RSS ≤ 400 MB.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const count = Number(process.argv[2] ?? process.env.BENCH_N ?? 1000);
// `--generate DIR`: only write the analyses into DIR (to profile a batch by hand)
const generateOnly = process.argv[3] === '--generate' ? process.argv[4] : undefined;
const cpus = availableParallelism();

// Deterministic LCG (Numerical Recipes constants), so every run benches the same inputs.
let seed = 42;
const rand = () => ((seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32);
const int = (lo, hi) => lo + Math.floor(rand() * (hi - lo + 1));
const WORDS = ['platform', 'data', 'network', 'pricing', 'ecosystem', 'developers', 'scale', 'trust', 'supply', 'demand', 'retention', 'margin', 'distribution', 'brand', 'loyalty', 'marketplace', 'logistics', 'advertising', 'subscriptions', 'infrastructure'];
const label = (maxWords) => Array.from({ length: int(1, maxWords) }, () => WORDS[int(0, WORDS.length - 1)]).join(' ').replace(/^./, (c) => c.toUpperCase());

function analysis(i) {
  const long = i % 10 === 0; // every tenth one has long labels that wrap, shrink or truncate
  const words = long ? 9 : 3;
  // long labels with many satellites do not fit 1200×630 (a documented render error): keep those maps small
  const nodes = Array.from({ length: int(1, long ? 6 : 12) }, (_, k) => `${label(words)} ${k + 1}`);
  const steps = Array.from({ length: int(3, 10) }, (_, k) => `${label(long ? 6 : 2)} ${k + 1}`);
  return {
    version: 1,
    id: `bench-${String(i).padStart(5, '0')}`,
    title: `Company ${i}: ${label(long ? 12 : 5)}`,
    strategyMap: { title: `Company ${i} strategy map`, center: `Company ${i}`, nodes, thesis: label(long ? 8 : 4), caption: label(long ? 16 : 8) },
    flywheel: { title: `Company ${i} flywheel`, center: label(2), steps },
  };
}

function generate(dir) {
  for (let i = 0; i < count; i++) {
    const sub = join(dir, `group-${Math.floor(i / 100)}`);
    if (i % 100 === 0) mkdirSync(sub, { recursive: true });
    writeFileSync(join(sub, `analysis-${i}.json`), JSON.stringify(analysis(i), null, 2));
  }
}

/** Runs the CLI; samples VmHWM (peak RSS, all threads) from /proc while it runs. */
function runBatch(args) {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, [join(root, 'bin/visint.js'), 'batch', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    let peakKb = 0;
    let cpuTicks = 0;
    const sample = () => {
      try {
        const m = /VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
        if (m) peakKb = Math.max(peakKb, Number(m[1]));
        // utime + stime, fields 14 and 15 of /proc/PID/stat (after the parenthesised name)
        const f = readFileSync(`/proc/${child.pid}/stat`, 'utf8').split(') ')[1].split(' ');
        cpuTicks = Number(f[11]) + Number(f[12]);
      } catch {
        // exited between samples
      }
    };
    const timer = setInterval(sample, 50);
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    child.on('error', reject);
    child.on('exit', (code) => {
      clearInterval(timer);
      const seconds = (performance.now() - started) / 1000;
      // 1 or 3: some analyses failed; the summary names them and the bench reports the count
      if (![0, 1, 3].includes(code) || !out) return reject(new Error(`batch exited ${code}\n${err.slice(-2000)}`));
      resolve({ seconds, summary: JSON.parse(out), peakMb: peakKb / 1024, cpuSeconds: cpuTicks / 100 });
    });
  });
}

if (generateOnly) {
  generate(generateOnly);
  console.log(`${count} analyses written under ${generateOnly}`);
  process.exit(0);
}

const { diagramNames } = await import(join(root, 'dist/diagrams/registry.js'));
const diagrams = ['strategy-map', 'flywheel'].filter((d) => diagramNames().includes(d));
const work = mkdtempSync(join(tmpdir(), 'visint-bench-'));
try {
  generate(join(work, 'in'));
  // other work on the machine slows every figure: the load average says how busy it was
  console.log(`${count} analyses → ${diagrams.join(' + ')} as SVG + PNG; ${cpus} CPUs; node ${process.version}; load average ${loadavg()[0].toFixed(1)}`);
  const results = [];
  // BENCH_JOBS=2 runs only that job count (a bounded run on a busy machine)
  const jobCounts = process.env.BENCH_JOBS ? [Number(process.env.BENCH_JOBS)] : [...new Set([1, cpus])];
  for (const jobs of jobCounts) {
    const out = join(work, `out-j${jobs}`);
    const r = await runBatch([join(work, 'in'), '-o', out, '-d', diagrams.join(','), '-f', 'svg,png', '-j', String(jobs), '--json', '--force']);
    const images = r.summary.filesWritten;
    results.push({ jobs, ...r, images });
    for (const f of r.summary.failures.slice(0, 3)) console.log(`  failed: ${f.source}: ${f.errors[0]?.message}`);
    console.log(`-j ${jobs}: ${images} images in ${r.seconds.toFixed(1)} s = ${(images / r.seconds).toFixed(1)} images/s (${(count / r.seconds).toFixed(1)} analyses/s), peak RSS ${r.peakMb.toFixed(0)} MB, CPU ${r.cpuSeconds.toFixed(1)} s, ${r.summary.failed} failed`);
  }
  const [one, all] = [results[0], results.at(-1)];
  if (all !== one) console.log(`speed-up -j ${all.jobs} over -j 1: ×${(one.seconds / all.seconds).toFixed(2)}`);
  const budget = (30 * count) / 1000;
  console.log(`CPU per analysis at -j ${one.jobs}: ${((one.cpuSeconds / count) * 1000).toFixed(0)} ms; on an idle machine -j ${cpus} would need ≈ ${(one.cpuSeconds / cpus).toFixed(0)} s; load average now ${loadavg()[0].toFixed(1)}`);
  console.log(`budget ${budget.toFixed(0)} s and 400 MB for ${count} analyses: ${all.seconds <= budget && all.peakMb <= 400 ? 'met' : 'MISSED'} (${all.seconds.toFixed(1)} s, ${all.peakMb.toFixed(0)} MB at -j ${all.jobs})`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
