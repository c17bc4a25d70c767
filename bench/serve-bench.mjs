// `npm run bench:serve`: load test of `visint serve` on loopback, bounded in count and time.
// 1200×630 PNGs of the strategy map, 2 workers: 304 (ETag) and LRU hits, uncached renders,
// then RSS of the server process before and after 10,000 uncached renders (SERVE_BENCH_RENDERS).
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';
import autocannon from 'autocannon';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const RENDERS = Number(process.env.SERVE_BENCH_RENDERS ?? 10_000);
const MAX_SECONDS = Number(process.env.SERVE_BENCH_MAX_SECONDS ?? 900);
const meta = readFileSync(join(ROOT, 'fixtures', 'meta-llama.json'), 'utf8');
const small = (n) => JSON.stringify({ version: 1, id: `bench-${n}`, title: `Bench ${n}`, strategyMap: { title: `Strategy map ${n}`, center: `Company ${n}`, nodes: ['Developer ecosystem', 'Data flywheel', 'Distribution', `Lever ${n}`], thesis: 'Scale = advantage' } });

// a 1 MB cache holds the one cached PNG; in the memory phase RSS shows the renderer, not cached PNGs
const server = spawn(process.execPath, [join(ROOT, 'bin', 'visint.js'), 'serve', '--port', '0', '--workers', '2', '--log-level', 'silent', '--queue', '1000', '--cache-mb', process.env.SERVE_BENCH_CACHE_MB ?? '1'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
const base = await new Promise((resolve, reject) => {
  let err = '';
  const t = setTimeout(() => reject(new Error(`server did not start: ${err}`)), 30_000);
  server.stderr.on('data', (d) => {
    err += d;
    const m = /listening on (http:\/\/\S+)/.exec(err);
    if (m) (clearTimeout(t), resolve(m[1]));
  });
});

async function metric(name) {
  const text = await (await fetch(`${base}/metrics`)).text();
  const row = text.split('\n').find((l) => l.startsWith(name + ' '));
  return row ? Number(row.split(' ')[1]) : NaN;
}
const mb = (b) => `${(b / 1024 / 1024).toFixed(0)} MB`;

function run(label, opts) {
  return new Promise((resolve, reject) => {
    autocannon({ url: base, connections: 4, ...opts }, (err, r) => {
      if (err) return reject(err);
      const line = `${label.padEnd(34)} ${r.requests.average.toFixed(1).padStart(8)} req/s   p50 ${String(r.latency.p50).padStart(5)} ms   p99 ${String(r.latency.p99).padStart(5)} ms   ${r.requests.total} requests, ${r.non2xx} non-2xx`;
      console.log(line);
      resolve(r);
    });
  });
}

try {
  const path = `/render/strategy-map.png?size=1200x630&a=${deflateSync(meta).toString('base64url')}`;
  const first = await fetch(base + path);
  const etag = first.headers.get('etag');
  await first.arrayBuffer();
  console.log(`server ${base}, 2 workers; Meta strategy map PNG ${first.headers.get('content-length')} bytes`);
  await run('cached: If-None-Match → 304', { requests: [{ path, headers: { 'if-none-match': etag } }], duration: 5, connections: 10 });
  await run('cached: LRU hit → 200 PNG', { requests: [{ path }], duration: 5, connections: 10 });
  let n = 0;
  const uncached = { method: 'POST', path: '/render/strategy-map.png?size=1200x630', setupRequest: (req) => ({ ...req, body: small(n++) }) };
  await run('uncached: render 1200×630 PNG', { requests: [uncached], amount: 300 });

  const rssBefore = await metric('visint_process_resident_memory_bytes');
  console.log(`\nRSS after warm-up (${n} renders): ${mb(rssBefore)}; now ${RENDERS} more uncached renders (bounded to ${MAX_SECONDS} s)`);
  const started = Date.now();
  let done = 0;
  while (done < RENDERS && (Date.now() - started) / 1000 < MAX_SECONDS) {
    const batch = Math.min(1000, RENDERS - done);
    const r = await run(`  renders ${done + 1}–${done + batch}`, { requests: [uncached], amount: batch });
    done += r.requests.total;
    console.log(`    RSS ${mb(await metric('visint_process_resident_memory_bytes'))}, worker restarts ${await metric('visint_worker_restarts')}`);
  }
  const rssAfter = await metric('visint_process_resident_memory_bytes');
  console.log(`RSS before ${mb(rssBefore)} → after ${done} renders ${mb(rssAfter)} (${(((rssAfter - rssBefore) / rssBefore) * 100).toFixed(1)}%) in ${((Date.now() - started) / 1000).toFixed(0)} s`);
} finally {
  server.kill('SIGTERM');
}
