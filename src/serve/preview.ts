import Fastify, { type FastifyReply } from 'fastify';
import { watch, type FSWatcher } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readFileSync, existsSync } from 'node:fs';
import { MAX_INPUT_BYTES } from '../cli/io.js';
import type { ValidationIssue } from '../analysis/types.js';
import type { CanvasSize } from '../render/sizes.js';
import { RenderPool } from '../run/pool.js';
import type { Theme } from '../theme/schema.js';
import { validateTheme } from '../theme/validate.js';

export interface PreviewOptions {
  file: string;
  host: string;
  port: number;
  size: CanvasSize;
  /** a theme name, or a theme file (watched, and re-read on every change) */
  theme?: string;
}

/** What the page is told after each save. */
export type PreviewState =
  | { version: number; file: string; ok: true; diagrams: { name: string; alt: string; warnings: string[] }[] }
  | { version: number; file: string; ok: false; errors: ValidationIssue[] };

const WEB_DIR = fileURLToPath(new URL('../web/', import.meta.url));
const isThemePath = (t: string | undefined): t is string => t !== undefined && /[\\/]|\.json$/i.test(t);
/** Editors save in bursts (truncate, write, rename): one render after the burst settles. */
const SETTLE_MS = 40;

/** Re-reads a theme file on each call (the pool's loader caches by path; a preview must not). */
async function freshTheme(path: string): Promise<Theme | ValidationIssue[]> {
  let raw: unknown;
  try {
    raw = JSON.parse(await readFile(path, 'utf8'));
  } catch (e) {
    return [{ path: 'theme', message: `cannot read theme ${path}: ${(e as Error).message}` }];
  }
  const v = validateTheme(raw);
  return v.ok ? v.theme : v.errors.map((e) => ({ path: `theme ${e.path}`, message: e.message }));
}

/**
 * `visint preview FILE`: renders every diagram of the file as SVG, watches it (and its theme
 * file and visint.config.json), and pushes each new state to the page over server-sent events.
 */
export async function startPreview(o: PreviewOptions): Promise<{ url: string; close: () => Promise<void> }> {
  const file = resolve(o.file);
  const pool = new RenderPool({ threads: 1, deadlineMs: 30_000 });
  const clients = new Set<FastifyReply>();
  let svgs = new Map<string, Buffer>();
  let state: PreviewState = { version: 0, file: o.file, ok: false, errors: [{ path: '', message: 'rendering…' }] };
  let running: Promise<void> | undefined;
  let again = false;

  async function renderNow(): Promise<void> {
    const version = state.version + 1;
    let next: PreviewState;
    try {
      const buf = await readFile(file);
      if (buf.length > MAX_INPUT_BYTES) throw new Error(`${o.file} is larger than the ${MAX_INPUT_BYTES / 1024 / 1024} MiB limit`);
      const theme = isThemePath(o.theme) ? await freshTheme(resolve(o.theme)) : o.theme;
      if (Array.isArray(theme)) next = { version, file: o.file, ok: false, errors: theme };
      else {
        const res = await pool.run({ text: buf.toString('utf8'), opts: { diagrams: 'all', formats: ['svg'], size: o.size, ...(theme !== undefined ? { theme } : {}) } });
        if (!res.ok) next = { version, file: o.file, ok: false, errors: res.errors };
        else {
          svgs = new Map(res.files.map((f) => [f.diagram, Buffer.from(f.data)]));
          next = { version, file: o.file, ok: true, diagrams: res.files.map((f) => ({ name: f.diagram, alt: f.alt.short, warnings: f.warnings.map((w) => `${w.field}: ${w.message}`) })) };
        }
      }
    } catch (e) {
      next = { version, file: o.file, ok: false, errors: [{ path: '', message: (e as Error).message }] };
    }
    state = next;
    const line = `data: ${JSON.stringify(state)}\n\n`;
    for (const c of clients) c.raw.write(line);
  }

  /** One render at a time; a save during a render queues exactly one more. */
  function schedule(): void {
    if (running) {
      again = true;
      return;
    }
    running = renderNow().finally(() => {
      running = undefined;
      if (again) {
        again = false;
        schedule();
      }
    });
  }

  // watch folders, not files: editors often save by writing a new file and renaming it over
  const watched = new Map<string, Set<string>>();
  const add = (path: string) => {
    const dir = dirname(path);
    if (!watched.has(dir)) watched.set(dir, new Set());
    watched.get(dir)!.add(basename(path));
  };
  add(file);
  if (isThemePath(o.theme)) add(resolve(o.theme));
  add(resolve('visint.config.json'));
  let timer: NodeJS.Timeout | undefined;
  const watchers: FSWatcher[] = [...watched].map(([dir, names]) =>
    watch(dir, (_event, name) => {
      if (name !== null && !names.has(name)) return;
      clearTimeout(timer);
      timer = setTimeout(schedule, SETTLE_MS);
    }),
  );

  const app = Fastify({ logger: false });
  const page = (name: string) => (existsSync(WEB_DIR + name) ? readFileSync(WEB_DIR + name) : undefined);
  const files: Record<string, [string, Buffer | undefined]> = {
    '/': ['text/html; charset=utf-8', page('preview.html')],
    '/preview.js': ['text/javascript; charset=utf-8', page('preview.js')],
    '/preview.css': ['text/css; charset=utf-8', page('preview.css')],
  };
  for (const [url, [type, body]] of Object.entries(files)) app.get(url, async (_req, reply) => (body ? reply.header('content-type', type).send(body) : reply.code(503).send({ error: 'the preview page is not built: run npm run build' })));
  app.get('/diagram/:file', async (req, reply) => {
    const name = (req.params as { file: string }).file.replace(/\.svg$/, '');
    const svg = svgs.get(name);
    if (!svg) return reply.code(404).send({ error: `no diagram "${name}" in the last good render` });
    return reply.header('content-type', 'image/svg+xml').header('cache-control', 'no-store').send(svg);
  });
  app.get('/events', (req, reply) => {
    reply.hijack();
    reply.raw.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store', connection: 'keep-alive' });
    reply.raw.write(`retry: 500\ndata: ${JSON.stringify(state)}\n\n`);
    clients.add(reply);
    req.raw.on('close', () => clients.delete(reply));
  });

  schedule();
  await running;
  await app.listen({ host: o.host, port: o.port });
  const addr = app.server.address();
  const port = typeof addr === 'object' && addr ? addr.port : o.port;
  return {
    url: `http://${o.host.includes(':') ? `[${o.host}]` : o.host}:${port}`,
    async close() {
      clearTimeout(timer);
      for (const w of watchers) w.close();
      for (const c of clients) c.raw.end();
      await app.close();
      await running;
      await pool.destroy();
    },
  };
}
