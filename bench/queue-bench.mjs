#!/usr/bin/env node
// `npm run bench:queue [-- N]`: N analyses (default 1000, the batch bench's generator) ×
// strategy map + flywheel × SVG + PNG, rendered in one run by `visint batch -j 1`, `-j 2`,
// and through the queue (a private redis-server on a free loopback port) with 1 and with 2
// `visint worker` processes. Prints wall time, images/s, CPU seconds (load-independent),
// the queue's overhead per job against batch, and peak RSS per worker and per processor.
// Needs a build and redis-server on PATH.
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const BIN = join(root, 'bin/visint.js');
const count = Number(process.argv[2] ?? process.env.BENCH_N ?? 1000);
const RENDER = ['-d', 'strategy-map,flywheel', '-f', 'svg,png'];
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** utime+stime ticks and VmHWM (kB) of a process and its children, from /proc. */
function tree(pid) {
  const pids = [pid];
  for (let i = 0; i < pids.length; i++) {
    try {
      for (const t of readdirSync(`/proc/${pids[i]}/task`)) {
        const kids = readFileSync(`/proc/${pids[i]}/task/${t}/children`, 'utf8').trim();
        if (kids) pids.push(...kids.split(/\s+/).map(Number));
      }
    } catch {
      // gone
    }
  }
  return pids.map((p) => {
    try {
      const f = readFileSync(`/proc/${p}/stat`, 'utf8').split(') ')[1].split(' ');
      const hwm = Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${p}/status`, 'utf8'))?.[1] ?? 0);
      return { pid: p, ticks: Number(f[11]) + Number(f[12]), hwmKb: hwm, main: p === pid };
    } catch {
      return undefined;
    }
  }).filter(Boolean);
}

/** Follows processes while they run: last CPU ticks and peak RSS per pid (processors come and go). */
function monitor(pids) {
  const seen = new Map();
  const sample = () => {
    for (const pid of pids()) for (const p of tree(pid)) {
      const s = seen.get(p.pid) ?? { ticks: 0, hwmKb: 0, main: p.main };
      seen.set(p.pid, { ticks: Math.max(s.ticks, p.ticks), hwmKb: Math.max(s.hwmKb, p.hwmKb), main: p.main });
    }
  };
  const timer = setInterval(sample, 100);
  return {
    stop() {
      clearInterval(timer);
      sample();
      const all = [...seen.values()];
      const peak = (xs) => Math.max(0, ...xs.map((x) => x.hwmKb)) / 1024;
      return { cpuSeconds: all.reduce((a, x) => a + x.ticks, 0) / 100, peakMainMb: peak(all.filter((x) => x.main)), peakProcessorMb: peak(all.filter((x) => !x.main)), processes: all.length };
    },
  };
}

function run(args, { quiet = true } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    child.on('error', reject);
    child.on('exit', (code) => ([0, 1].includes(code) ? resolve({ out, err, pid: child.pid }) : reject(new Error(`visint ${args[0]} exited ${code}: ${err.slice(-1500)}`))));
    if (!quiet) child.stderr.pipe(process.stderr);
  });
}

async function freePort() {
  return new Promise((resolve) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

async function startRedis(dir) {
  const port = await freePort();
  const proc = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--dir', dir, '--save', '', '--appendonly', 'yes', '--appendfsync', 'everysec', '--maxmemory-policy', 'noeviction'], { stdio: ['ignore', 'pipe', 'inherit'] });
  let log = '';
  proc.stdout.on('data', (d) => (log += d));
  while (!log.includes('Ready to accept connections')) {
    if (proc.exitCode !== null) throw new Error(`redis-server failed: ${log}`);
    await sleep(20);
  }
  return { url: `redis://127.0.0.1:${port}`, proc };
}

async function batch(input, out, jobs) {
  const started = performance.now();
  const child = spawn(process.execPath, [BIN, 'batch', input, '-o', out, ...RENDER, '-j', String(jobs), '--json', '--force'], { stdio: ['ignore', 'pipe', 'pipe'] });
  const mon = monitor(() => [child.pid]);
  let outText = '';
  let errText = '';
  child.stdout.on('data', (d) => (outText += d));
  child.stderr.on('data', (d) => (errText += d));
  await new Promise((r) => child.on('exit', r));
  // analyses stopped by batch's 60 s deadline (a starved process) and tried again
  for (const line of errText.split('\n').filter((l) => l.includes('trying it once more'))) console.log(`  batch -j ${jobs}: ${line}`);
  const m = mon.stop();
  const seconds = (performance.now() - started) / 1000;
  const s = JSON.parse(outText);
  return { label: `batch -j ${jobs}`, seconds, images: s.filesWritten, failed: s.failed, failures: s.failures, ...m };
}

async function viaQueue(input, out, redis, workers) {
  const queue = `bench-${workers}`;
  const common = ['--redis', redis.url, '--queue', queue];
  const redisMon = monitor(() => [redis.proc.pid]);
  const t0 = performance.now();
  const added = JSON.parse((await run(['queue', 'add', input, ...RENDER, ...common, '--json'])).out);
  const addSeconds = (performance.now() - t0) / 1000;
  const t1 = performance.now();
  const procs = Array.from({ length: workers }, () => spawn(process.execPath, [BIN, 'worker', '-o', out, '-c', '1', ...common], { stdio: ['ignore', 'ignore', 'pipe'] }));
  const logs = procs.map(() => '');
  procs.forEach((p, i) => p.stderr.on('data', (d) => (logs[i] += d)));
  const mon = monitor(() => procs.map((p) => p.pid));
  const manifest = JSON.parse((await run(['queue', 'manifest', '--run', added.runId, '-o', out, '--wait', '--json', ...common])).out);
  const renderSeconds = (performance.now() - t1) / 1000;
  const m = mon.stop();
  const r = redisMon.stop();
  await Promise.all(procs.map((p) => new Promise((res) => { p.on('exit', res); p.kill('SIGTERM'); })));
  return { label: `queue, ${workers} worker${workers > 1 ? 's' : ''}`, seconds: addSeconds + renderSeconds, addSeconds, renderSeconds, images: manifest.filesWritten, failed: manifest.failed, failures: manifest.failures, queued: added.queued, ...m, redisCpuSeconds: r.cpuSeconds, logs };
}

const work = mkdtempSync(join(tmpdir(), 'visint-queue-bench-'));
let redis;
try {
  execFileSync(process.execPath, [join(root, 'bench/batch-bench.mjs'), String(count), '--generate', join(work, 'in')]);
  redis = await startRedis(work);
  console.log(`${count} analyses × strategy-map + flywheel × SVG + PNG; node ${process.version}; load average ${loadavg()[0].toFixed(1)} (other work on the machine slows every wall-clock figure; CPU seconds are less affected)`);
  // BENCH_STEPS=b2,q2 runs only some of the four (a long run on a busy machine); default: all
  const chosen = (process.env.BENCH_STEPS ?? 'b1,q1,b2,q2').split(',');
  const steps = { b1: () => batch(join(work, 'in'), join(work, 'b1'), 1), q1: () => viaQueue(join(work, 'in'), join(work, 'q1'), redis, 1), b2: () => batch(join(work, 'in'), join(work, 'b2'), 2), q2: () => viaQueue(join(work, 'in'), join(work, 'q2'), redis, 2) };
  const results = {};
  for (const name of chosen) {
    const r = await steps[name]();
    results[name] = r;
    const extra = r.addSeconds !== undefined ? ` (add ${r.addSeconds.toFixed(1)} s + render ${r.renderSeconds.toFixed(1)} s); Redis CPU ${r.redisCpuSeconds.toFixed(1)} s; peak RSS per worker ${r.peakMainMb.toFixed(0)} MB + per processor ${r.peakProcessorMb.toFixed(0)} MB` : `; peak RSS ${r.peakMainMb.toFixed(0)} MB`;
    // why anything failed (the inputs are all valid: a failure here is the machine or a bug)
    for (const f of r.failures ?? []) console.log(`  ${r.label}: failed ${f.id ?? f.source}: ${f.errors.map((e) => e.message).join('; ')}`);
    console.log(`${r.label}: ${r.images} images in ${r.seconds.toFixed(1)} s = ${(r.images / r.seconds).toFixed(1)} images/s; CPU ${r.cpuSeconds.toFixed(1)} s (${((r.cpuSeconds / count) * 1000).toFixed(0)} ms/analysis); ${r.failed} failed${extra} [load ${loadavg()[0].toFixed(1)}]`);
  }
  const { b1, q1, b2, q2 } = results;
  const per = (x) => ((x * 1000) / count).toFixed(1);
  if (b1 && q1) console.log(`queue overhead per job, 1 worker vs batch -j 1: wall ${per(q1.seconds - b1.seconds)} ms, CPU ${per(q1.cpuSeconds + q1.redisCpuSeconds - b1.cpuSeconds)} ms (workers + Redis, add not included: add took ${per(q1.addSeconds)} ms/analysis)`);
  if (b2 && q2) console.log(`queue overhead per job, 2 workers vs batch -j 2: wall ${per(q2.seconds - b2.seconds)} ms, CPU ${per(q2.cpuSeconds + q2.redisCpuSeconds - b2.cpuSeconds)} ms (add: ${per(q2.addSeconds)} ms/analysis)`);
  if (q1 && q2) console.log(`speed-up 2 workers over 1: ×${(q1.renderSeconds / q2.renderSeconds).toFixed(2)}${b1 && b2 ? ` (batch -j 2 over -j 1: ×${(b1.seconds / b2.seconds).toFixed(2)})` : ''}`);
  if (b2 && q2) {
    // diff exits 1 on any difference; print what differs (e.g. an analysis batch failed on and the queue retried)
    let diff = '';
    try {
      execFileSync('diff', ['-rq', '-x', 'manifest.json', join(work, 'b2'), join(work, 'q2')], { encoding: 'utf8' });
    } catch (e) {
      diff = String(e.stdout ?? e.message).trim();
    }
    console.log(`queue outputs equal batch outputs byte for byte: ${diff === '' ? 'yes' : `NO:\n${diff}`}`);
  }
} finally {
  redis?.proc.kill('SIGTERM');
  await sleep(300);
  rmSync(work, { recursive: true, force: true });
}
