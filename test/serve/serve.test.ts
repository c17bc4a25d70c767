import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderOutputsFromText } from '../../src/outputs/render-outputs.js';
import { parseSize } from '../../src/render/sizes.js';
import { get, metaText, metric, packed, small, startServer } from './serve-kit.js';

type Server = Awaited<ReturnType<typeof startServer>>;

describe('visint serve: renders, caching and limits', () => {
  let s: Server;
  let dir: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'visint-serve-'));
    writeFileSync(join(dir, 'meta-llama.json'), metaText);
    s = await startServer({ port: 0, workers: 1, logLevel: false, analysesDir: dir, maxBodyBytes: 200_000, maxUrlBytes: 4096 });
  });
  afterAll(async () => {
    await s?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('GET ?a= answers the Meta strategy map PNG byte-identical to the library render, immutable, with a strong ETag', async () => {
    const res = await get(`${s.url}/render/strategy-map.png?a=${packed(metaText)}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/png');
    expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(res.headers.get('etag')).toMatch(/^"[A-Za-z0-9_-]{32}"$/);
    const want = renderOutputsFromText(metaText, { diagrams: ['strategy-map'], formats: ['png'], size: parseSize('og') });
    if (!want.ok) throw new Error('fixture invalid');
    expect(Buffer.from(await res.arrayBuffer()).equals(Buffer.from(want.files[0]!.data as Uint8Array))).toBe(true);
  });

  it('If-None-Match with the ETag answers 304 without rendering; a repeat is served from memory', async () => {
    const url = `${s.url}/render/strategy-map.svg?a=${packed(metaText)}&size=square`;
    const first = await get(url);
    expect(first.status).toBe(200);
    const etag = first.headers.get('etag')!;
    const renders = await metric(s.url, 'visint_render_cache_total{result="render"}');
    const memory = await metric(s.url, 'visint_render_cache_total{result="memory"}');
    const again = await get(url, { headers: { 'if-none-match': etag } });
    expect(again.status).toBe(304);
    expect(again.headers.get('etag')).toBe(etag);
    expect((await again.arrayBuffer()).byteLength).toBe(0);
    expect(await metric(s.url, 'visint_render_cache_total{result="render"}')).toBe(renders);
    const hit = await get(url);
    expect(hit.status).toBe(200);
    expect(await hit.text()).toContain('<svg');
    expect(await metric(s.url, 'visint_render_cache_total{result="memory"}')).toBe(memory + 1);
    expect(await metric(s.url, 'visint_render_cache_total{result="render"}')).toBe(renders);
  });

  it('the ETag changes with the options and the input', async () => {
    const tag = async (q: string, text = metaText) => (await get(`${s.url}/render/flywheel.svg?a=${packed(text)}${q}`)).headers.get('etag');
    const base = await tag('');
    expect(await tag('&theme=business-engineer-light')).not.toBe(base);
    expect(await tag('&size=1080x1350')).not.toBe(base);
    expect(await tag('', metaText.replace('Meta', 'Meta '))).not.toBe(base);
  });

  it('POST /render with the analysis as the body', async () => {
    const res = await get(`${s.url}/render/flywheel.svg?size=400x400`, { method: 'POST', body: metaText, headers: { 'content-type': 'application/json' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/svg+xml');
    expect(await res.text()).toMatch(/^<svg[^>]*width="400"/);
  });

  it('422 names the JSON path of each validation error, as the CLI does', async () => {
    const bad = JSON.stringify({ version: 1, id: 'x', title: 'T', strategyMap: { center: 'C', nodes: ['a', 7] } });
    const res = await get(`${s.url}/render/strategy-map.png`, { method: 'POST', body: bad });
    expect(res.status).toBe(422);
    const body = await res.json();
    expect(body.errors.map((e: { path: string }) => e.path)).toContain('strategyMap.nodes[1]');
    const syntax = await get(`${s.url}/render/strategy-map.png`, { method: 'POST', body: '{"version": 1,' });
    expect(syntax.status).toBe(422);
    expect((await syntax.json()).errors[0]).toMatchObject({ line: 1, column: 15 });
  });

  it('422 for a diagram whose section the analysis lacks; 400 for an unknown diagram, size, scale or theme', async () => {
    expect((await get(`${s.url}/render/moat.png`, { method: 'POST', body: small() })).status).toBe(422);
    for (const path of ['/render/nothing.png', '/render/strategy-map.gif', '/render/strategy-map.png?size=10x10', '/render/strategy-map.png?scale=9', '/render/strategy-map.png?theme=../../etc/passwd']) {
      const res = await get(`${s.url}${path}`, { method: 'POST', body: small() });
      expect(res.status, path).toBe(400);
      expect((await res.json()).error).toBeTruthy();
    }
  });

  it('413 for a body over the limit and for an `a` that inflates past 1 MiB; 414 for a long URL, with a hint to POST', async () => {
    const big = await get(`${s.url}/render/strategy-map.png`, { method: 'POST', body: 'x'.repeat(300_000) });
    expect(big.status).toBe(413);
    const bomb = await get(`${s.url}/render/strategy-map.png?a=${packed(' '.repeat(2 * 1024 * 1024))}`);
    expect(bomb.status).toBe(413);
    const long = await get(`${s.url}/render/strategy-map.png?a=${'A'.repeat(5000)}`);
    expect(long.status).toBe(414);
    expect((await long.json()).error).toMatch(/POST/);
    expect((await get(`${s.url}/render/strategy-map.png?a=%%%`)).status).toBe(400);
  });

  it('GET /analyses/<id>/<diagram>.png reads the configured folder: 200, 304 by ETag, 404 for a missing or escaping id', async () => {
    const res = await get(`${s.url}/analyses/meta-llama/chain.png`);
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toMatch(/must-revalidate/);
    const again = await get(`${s.url}/analyses/meta-llama/chain.png`, { headers: { 'if-none-match': res.headers.get('etag')! } });
    expect(again.status).toBe(304);
    expect((await get(`${s.url}/analyses/nope/chain.png`)).status).toBe(404);
    expect((await get(`${s.url}/analyses/..%2Fmeta-llama/chain.png`)).status).toBe(404);
  });

  it('/healthz, /readyz and /metrics (requests by status, latency per diagram and format, queue, restarts, RSS)', async () => {
    expect((await get(`${s.url}/healthz`)).status).toBe(200);
    expect(await (await get(`${s.url}/readyz`)).json()).toEqual({ status: 'ready' });
    const text = await (await get(`${s.url}/metrics`)).text();
    expect(text).toMatch(/visint_http_requests_total\{route="\/render\/:file",status="200"\} \d+/);
    expect(text).toMatch(/visint_http_requests_total\{route="\/render\/:file",status="422"\} \d+/);
    expect(text).toMatch(/visint_render_duration_seconds_bucket\{le="[\d.]+",diagram="strategy-map",format="png"\}/);
    expect(text).toContain('visint_render_queue_depth 0');
    expect(text).toMatch(/visint_worker_restarts \d/);
    expect(text).toMatch(/visint_process_resident_memory_bytes \d+/);
    expect((await get(`${s.url}/no/such/route`)).status).toBe(404);
  });
});
