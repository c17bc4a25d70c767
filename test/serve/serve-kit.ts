// Helpers for the `visint serve` tests: real servers on loopback port 0, built from dist/.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
if (!existsSync(join(ROOT, 'dist', 'serve', 'server.js'))) throw new Error('build first: npm run build');

export const { startServer } = (await import('../../dist/serve/server.js')) as typeof import('../../src/serve/server.js');
export const { signUrl } = (await import('../../dist/serve/signing.js')) as typeof import('../../src/serve/signing.js');

export const metaText = readFileSync(join(ROOT, 'fixtures', 'meta-llama.json'), 'utf8');
export const packed = (text: string): string => deflateSync(Buffer.from(text, 'utf8')).toString('base64url');

/** A small valid analysis; `title` varies it (a different text is a different ETag). */
export function small(title = 'Small co'): string {
  return JSON.stringify({ version: 1, id: 'small', title, strategyMap: { center: 'Small', nodes: ['Alpha', 'Beta', 'Gamma'], thesis: 'Focus = speed' } });
}

/** fetch with a bound: no test waits on a hung server longer than this. */
export function get(url: string, init: RequestInit = {}, ms = 30_000): Promise<Response> {
  return fetch(url, { ...init, signal: AbortSignal.timeout(ms) });
}

/** One metric's value from /metrics text (0 when absent). */
export async function metric(base: string, line: string): Promise<number> {
  const text = await (await get(`${base}/metrics`)).text();
  const row = text.split('\n').find((l) => l.startsWith(line + ' '));
  return row ? Number(row.slice(line.length + 1)) : 0;
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
