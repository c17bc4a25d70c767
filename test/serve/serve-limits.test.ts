import { spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { get, metric, packed, ROOT, signUrl, sleep, small, startServer } from './serve-kit.js';

type Server = Awaited<ReturnType<typeof startServer>>;
const STALL = 'STALL-ME';
let open: Server[] = [];
afterEach(async () => {
  await Promise.all(open.map((s) => s.close()));
  open = [];
});
async function server(o: Parameters<typeof startServer>[0]): Promise<Server> {
  const s = await startServer({ port: 0, logLevel: false, ...o });
  open.push(s);
  return s;
}
const post = (s: Server, text: string, diagram = 'strategy-map.svg') => get(`${s.url}/render/${diagram}`, { method: 'POST', body: text });

describe('visint serve: deadline, queue, signatures, shutdown', () => {
  it('a render past the deadline answers 503 with Retry-After; the worker is replaced and the next render works', async () => {
    // the deadline covers a cold worker's start too: 3 s leaves room on a busy machine
    const s = await server({ workers: 1, deadlineMs: 3_000, stall: { marker: STALL, ms: 30_000 } });
    expect((await post(s, small('warm-up'))).status).toBe(200);
    const started = Date.now();
    const slow = await post(s, small(STALL));
    expect(slow.status).toBe(503);
    expect(slow.headers.get('retry-after')).toBeTruthy();
    expect((await slow.json()).error).toMatch(/did not finish within 3 s/);
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(await metric(s.url, 'visint_worker_restarts')).toBeGreaterThanOrEqual(1);
    const next = await post(s, small('fine'));
    expect(next.status).toBe(200);
  });

  it('a full queue answers 429 with Retry-After before any work', async () => {
    const s = await server({ workers: 1, maxQueue: 1, deadlineMs: 20_000, stall: { marker: STALL, ms: 1_500 } });
    const first = post(s, small(`${STALL} 1`)); // renders
    await sleep(300);
    const second = post(s, small(`${STALL} 2`)); // waits in the queue
    await sleep(300);
    const third = await post(s, small(`${STALL} 3`));
    expect(third.status).toBe(429);
    expect(third.headers.get('retry-after')).toBe('1');
    expect((await first).status).toBe(200);
    expect((await second).status).toBe(200);
  });

  it('signed URLs: accepted with either active key; unsigned, tampered and expired ones get 403', async () => {
    const s = await server({ workers: 1, signingKeys: ['old-key', 'new-key'], editor: false });
    const path = `/render/strategy-map.svg?a=${packed(small())}&size=400x400`;
    const inAnHour = new Date(Date.now() + 3_600_000);
    for (const key of ['old-key', 'new-key']) expect((await get(s.url + signUrl(path, key, inAnHour))).status, key).toBe(200);
    const unsigned = await get(s.url + path);
    expect(unsigned.status).toBe(403);
    expect((await unsigned.json()).error).toMatch(/signed/);
    const tampered = signUrl(path, 'new-key', inAnHour).replace('size=400x400', 'size=2400x2400');
    expect((await get(s.url + tampered)).status).toBe(403);
    expect((await get(s.url + signUrl(path, 'some-other-key', inAnHour))).status).toBe(403);
    const expired = await get(s.url + signUrl(path, 'new-key', new Date(Date.now() - 1000)));
    expect(expired.status).toBe(403);
    expect((await expired.json()).error).toMatch(/expired/);
    // `visint sign-url` makes the same kind of URL, with the analysis packed in
    const cli = spawnSync(process.execPath, [join(ROOT, 'bin', 'visint.js'), 'sign-url', '/render/strategy-map.svg?size=400x400', '-a', join(ROOT, 'fixtures', 'meta-llama.json')], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, VISINT_SIGNING_KEYS: 'new-key' }, timeout: 30_000 });
    expect(cli.status, cli.stderr).toBe(0);
    const signed = await get(s.url + cli.stdout.trim());
    expect(signed.status).toBe(200);
    expect(await signed.text()).toContain('Meta');
    // with signing on, arbitrary input cannot be POSTed either
    expect((await post(s, small())).status).toBe(403);
  });

  it('close() finishes a render in flight; new connections are refused afterwards', async () => {
    const s = await server({ workers: 1, stall: { marker: STALL, ms: 1_000 } });
    const inFlight = post(s, small(STALL), 'strategy-map.png');
    await sleep(300);
    const closing = s.close();
    const res = await inFlight;
    expect(res.status).toBe(200);
    expect(Buffer.from(await res.arrayBuffer()).subarray(1, 4).toString()).toBe('PNG');
    await closing;
    open = [];
    await expect(get(`${s.url}/healthz`, {}, 2_000)).rejects.toThrow();
  });

  it('`visint serve` on SIGTERM answers the request in flight, then exits 0', async () => {
    const child = spawn(process.execPath, [join(ROOT, 'bin', 'visint.js'), 'serve', '--port', '0', '--workers', '1', '--log-level', 'silent'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
    try {
      let err = '';
      const url = await new Promise<string>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no listening line: ${err}`)), 20_000);
        child.stderr.on('data', (d: Buffer) => {
          err += d.toString();
          const m = /listening on (http:\/\/\S+)/.exec(err);
          if (m) {
            clearTimeout(timer);
            resolve(m[1]!);
          }
        });
      });
      // the first render starts a worker thread and loads fonts: it is in flight for a while
      const inFlight = get(`${url}/render/strategy-map.png`, { method: 'POST', body: small('sigterm') });
      await sleep(150);
      child.kill('SIGTERM');
      const res = await inFlight;
      expect(res.status).toBe(200);
      expect((await res.arrayBuffer()).byteLength).toBeGreaterThan(1000);
      const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
      expect(code).toBe(0);
      expect(err).toMatch(/SIGTERM: finishing requests in flight/);
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
    }
  });
});
