import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { filesUnder, readManifest, removeTempDirs, tempDir } from '../cli/batch-kit.js';
import { childrenOf, comparable, sleep, stillRunningAfter, startWorker, stopGracefully, visintAsync, writeInputs, type WorkerProc } from './queue-kit.js';
import { TestRedis } from './redis-kit.js';

// Small canvases keep the run short; the outputs are real SVGs and PNGs all the same.
const RENDER = ['-d', 'strategy-map', '-f', 'svg,png', '-s', '400x400'];

let redis: TestRedis;
const workers: WorkerProc[] = [];
beforeAll(async () => {
  redis = await TestRedis.start();
});
afterAll(async () => {
  await Promise.all(workers.map((w) => stopGracefully(w)));
  await redis?.stop();
  removeTempDirs();
});

const outputsOf = (out: string) => filesUnder(out).filter((f) => f !== 'manifest.json');

/** Every file under a final name is whole, and no temp file is left. */
function assertWholeFiles(out: string): void {
  for (const f of filesUnder(out)) {
    expect(f, 'a temp file was left behind').not.toMatch(/(^|\/)\.[^/]*\.tmp$/);
    if (f.endsWith('.png')) expect(() => PNG.sync.read(readFileSync(join(out, f))), f).not.toThrow();
    if (f.endsWith('.svg')) expect(readFileSync(join(out, f), 'utf8').endsWith('</svg>\n'), f).toBe(true);
  }
}

function assertEachOutputOnce(manifest: any): string[] {
  const paths = manifest.analyses.flatMap((a: any) => (a.files ?? []).map((f: any) => f.path));
  expect(new Set(paths).size).toBe(paths.length);
  return paths;
}

async function add(input: string, queue: string): Promise<{ runId: string; queued: number; alreadyQueued: number; invalid: number; analyses: number }> {
  const r = await visintAsync(['queue', 'add', input, ...RENDER, '--redis', redis.url, '--queue', queue, '--json']);
  expect([0, 1], r.stderr).toContain(r.code);
  return JSON.parse(r.stdout);
}

async function manifestWhenDone(out: string, queue: string, runId: string) {
  const r = await visintAsync(['queue', 'manifest', '--run', runId, '-o', out, '--wait', '--json', '--redis', redis.url, '--queue', queue], 240_000);
  expect([0, 1], r.stderr).toContain(r.code);
  return { summary: JSON.parse(r.stdout), manifest: readManifest(out) };
}

function worker(out: string, queue: string, extra: string[] = []): WorkerProc {
  const w = startWorker(['--redis', redis.url, '--queue', queue, '-o', out, '-c', '1', ...extra]);
  workers.push(w);
  return w;
}

const procState = (pid: number): string => {
  try {
    return readFileSync(`/proc/${pid}/status`, 'utf8').split('\n').filter((l) => /^(State|PPid)/.test(l)).join(', ');
  } catch {
    return 'gone';
  }
};

describe('visint queue with two workers and a real Redis', () => {
  it('renders 200 analyses (some broken, one duplicate) byte for byte as visint batch does; re-adding queues nothing; status and manifest agree', async () => {
    const dir = tempDir();
    const input = join(dir, 'in');
    const counts = writeInputs(input, 200);
    const batchOut = join(dir, 'batch');
    const queueOut = join(dir, 'queue');

    const batch = await visintAsync(['batch', input, '-o', batchOut, ...RENDER, '-j', '2', '--json']);
    expect(batch.code, batch.stderr).toBe(1); // the broken inputs
    const batchSummary = JSON.parse(batch.stdout);

    const added = await add(input, 'e2e');
    expect(added.analyses).toBe(200);
    expect(added.queued).toBe(counts.valid);
    expect(added.invalid).toBe(counts.broken + counts.duplicated);
    const [w1, w2] = [worker(queueOut, 'e2e'), worker(queueOut, 'e2e')];
    const { summary, manifest } = await manifestWhenDone(queueOut, 'e2e', added.runId);

    // the same files, byte for byte
    const files = outputsOf(batchOut);
    expect(files.length).toBeGreaterThan(300);
    expect(outputsOf(queueOut)).toEqual(files);
    for (const f of files) expect(readFileSync(join(queueOut, f)).equals(readFileSync(join(batchOut, f))), f).toBe(true);
    assertWholeFiles(queueOut);

    // the same manifest, but for timings
    const batchManifest = readManifest(batchOut);
    expect(manifest.analyses.map(comparable)).toEqual(batchManifest.analyses.map(comparable));
    for (const k of ['analyses', 'rendered', 'failed', 'filesWritten', 'warnings']) expect(summary[k], k).toBe(batchSummary[k]);
    expect(assertEachOutputOnce(manifest)).toHaveLength(files.length);
    // both workers took part
    for (const w of [w1, w2]) expect(w.log()).toMatch(/[1-9]\d* completed/);

    // idempotent: an unchanged archive queues nothing new
    const again = await add(input, 'e2e');
    expect(again.queued).toBe(0);
    expect(again.alreadyQueued).toBe(counts.valid);

    // status agrees with the manifest, for either run
    for (const run of [added.runId, again.runId]) {
      const st = await visintAsync(['queue', 'status', '--run', run, '--json', '--redis', redis.url, '--queue', 'e2e']);
      expect(st.code, st.stderr).toBe(0);
      const status = JSON.parse(st.stdout);
      expect(status.finished).toBe(true);
      expect(status.counts).toEqual({ waiting: 0, active: 0, completed: summary.rendered, failed: summary.failed - (counts.broken + counts.duplicated), invalid: counts.broken + counts.duplicated });
      expect(status.failures.map((f: any) => f.source).sort()).toEqual(summary.failures.map((f: any) => f.source).sort());
      expect(st.stderr).toMatch(/\[#{30}\] 200\/200 100%/);
    }

    expect(await stopGracefully(w1)).toBe(0);
    expect(await stopGracefully(w2)).toBe(0);
  }, 480_000);

  it('finishes the run when one of two workers is killed with SIGKILL: no partial or temp file, each output once', async () => {
    const dir = tempDir();
    const input = join(dir, 'in');
    const out = join(dir, 'out');
    const counts = writeInputs(input, 40, 0);
    const added = await add(input, 'kill');
    expect(added.queued).toBe(counts.valid);
    const lock = ['--lock-ms', '2000'];
    const [victim, survivor] = [worker(out, 'kill', lock), worker(out, 'kill', lock)];
    const started = Date.now();
    while (outputsOf(out).filter((f) => f.endsWith('.png')).length < 4 && Date.now() - started < 60_000) await sleep(50);
    // kill -9 of the worker process alone: its processor must not outlive it
    const processors = childrenOf(victim.proc.pid!);
    expect(processors.length).toBeGreaterThan(0);
    victim.proc.kill('SIGKILL');
    await victim.exited;
    const atKill = outputsOf(out).filter((f) => f.endsWith('.png')).length;
    expect(atKill).toBeLessThan(counts.valid);

    const { summary, manifest } = await manifestWhenDone(out, 'kill', added.runId);
    expect(summary.rendered).toBe(counts.valid);
    assertWholeFiles(out);
    const paths = assertEachOutputOnce(manifest);
    expect(paths).toHaveLength(2 * counts.valid);
    expect(outputsOf(out)).toEqual([...paths].sort());
    // the killed worker's processor exits (it may finish the render it was in): without
    // exit-with-parent.ts it is re-parented to pid 1 and spins at 100 % CPU for ever
    const orphans = await stillRunningAfter(processors, 15_000);
    const states = orphans.map((pid) => `${pid}: ${procState(pid)}`);
    for (const pid of orphans) process.kill(pid, 'SIGKILL'); // not left behind by a failing test
    expect(states.join('; '), 'a processor outlived its killed worker').toBe('');
    // the job the victim held was taken over once its lock expired
    expect(survivor.log()).toMatch(/abandoned by a stopped worker/);
    // the survivor reports what it completed in its progress line, printed every 5 s
    const progressBy = Date.now() + 12_000;
    while (!/[1-9]\d* completed/.test(survivor.log()) && Date.now() < progressBy) await sleep(200);
    expect(survivor.log()).toMatch(/[1-9]\d* completed/);
  }, 180_000);

  it('on SIGTERM finishes the job it holds, takes no new one and exits 0 with no processor left; --max-rss replaces a processor after its job', async () => {
    const dir = tempDir();
    const input = join(dir, 'in');
    const out = join(dir, 'out');
    const counts = writeInputs(input, 20, 0);
    const added = await add(input, 'term');
    expect(added.queued).toBe(counts.valid);
    // a rendering processor is past 64 MB: each one is replaced after a single job
    const w = worker(out, 'term', ['--max-rss', '64']);
    const started = Date.now();
    while (!/recycled after 1 jobs \(\d+ MB resident\)/.test(w.log()) && Date.now() - started < 60_000) await sleep(50);
    const recycled = Number(/processor (\d+) recycled after 1 jobs \(\d+ MB resident\)/.exec(w.log())?.[1]);
    expect(recycled).toBeGreaterThan(0);
    // a fresh processor is forked for the next job: the worker holds a job when SIGTERM comes
    const fresh = () => childrenOf(w.proc.pid!).filter((pid) => pid !== recycled);
    while (fresh().length === 0 && Date.now() - started < 60_000) await sleep(20);
    const processors = fresh();
    expect(processors.length).toBe(1);
    w.proc.kill('SIGTERM');
    expect(await w.exited, w.log()).toBe(0);
    expect(w.log()).toMatch(/SIGTERM: finishing the running jobs, taking no new ones/);
    expect((await stillRunningAfter(processors, 5000)).map(procState).join('; '), 'a processor outlived its stopped worker').toBe('');

    // nothing is left locked (active) by the stopped worker, and it stopped before the end
    const st = await visintAsync(['queue', 'status', '--run', added.runId, '--json', '--redis', redis.url, '--queue', 'term']);
    const { counts: c } = JSON.parse(st.stdout);
    expect(c).toMatchObject({ active: 0, failed: 0 });
    expect(c.completed).toBeGreaterThanOrEqual(2);
    expect(c.waiting).toBeGreaterThan(0);
    expect(c.completed + c.waiting).toBe(counts.valid);
    // every job it finished is on disk whole: an SVG and a PNG per completed analysis
    assertWholeFiles(out);
    expect(outputsOf(out)).toHaveLength(2 * c.completed);
  }, 120_000);

  it('reports an unreachable Redis clearly, without its password, and exits 3', async () => {
    const r = await visintAsync(['queue', 'status', '--redis', 'redis://:s3cret-pw@127.0.0.1:1']);
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/Redis at redis:\/\/:\*\*\*@127\.0\.0\.1:1\/?: connection refused/);
    expect(r.stderr).not.toContain('s3cret-pw');
  });

  it('survives a Redis restart mid-run: the worker reconnects and the run completes', async () => {
    const dir = tempDir();
    const input = join(dir, 'in');
    const out = join(dir, 'out');
    const counts = writeInputs(input, 30, 0);
    const added = await add(input, 'restart');
    // small --max-jobs: processors are recycled during the run (19 jobs on 2 processors: one
    // of them takes at least 10), and the run is still complete
    const w = worker(out, 'restart', ['-c', '2', '--lock-ms', '3000', '--max-jobs', '8']);
    const started = Date.now();
    while (outputsOf(out).filter((f) => f.endsWith('.png')).length < 5 && Date.now() - started < 60_000) await sleep(50);
    await redis.down();
    await sleep(1000);
    await redis.up();

    const { summary, manifest } = await manifestWhenDone(out, 'restart', added.runId);
    expect(summary.rendered).toBe(counts.valid);
    assertWholeFiles(out);
    expect(assertEachOutputOnce(manifest)).toHaveLength(2 * counts.valid);
    expect(w.log()).toMatch(/retrying until it is back/);
    expect(w.log()).toMatch(/reconnected to Redis/);
    expect(w.log()).toMatch(/processor \d+ recycled after 8 jobs/);
  }, 180_000);
});
