import { existsSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import { VisintError, type ErrorKind, type ErrorIssue } from './errors.js';
import type { RenderApiOptions } from './index.js';
import type { RenderedDiagram } from './render/render.js';
import type { RenderReply, RenderRequest } from './render-worker.js';

/**
 * `render` on a worker thread, so a server's event loop stays free while a picture is drawn.
 * Deliberately minimal: one lazily started worker, requests served in order; it does not keep
 * the process alive while idle. (A pool that takes analysis text lives in src/run/; this can
 * be swapped for it without changing the signature.)
 */
let worker: Worker | undefined;
let nextId = 1;
const pending = new Map<number, { resolve: (r: RenderedDiagram[]) => void; reject: (e: Error) => void }>();

function workerFile(): URL {
  const compiled = new URL('./render-worker.js', import.meta.url);
  // run from the TypeScript sources (tests): use the build
  return existsSync(compiled) ? compiled : new URL('../dist/render-worker.js', import.meta.url);
}

/** The worker's error, rebuilt as a VisintError with the same kind, issues and class name. */
function rebuild(e: Extract<RenderReply, { ok: false }>['error']): Error {
  const err = e.kind ? new VisintError(e.kind as ErrorKind, e.message, (e.issues ?? []) as ErrorIssue[]) : new Error(e.message);
  err.name = e.name;
  return err;
}

function failAll(error: Error): void {
  for (const p of pending.values()) p.reject(error);
  pending.clear();
  worker = undefined;
}

function start(): Worker {
  const w = new Worker(workerFile());
  w.on('message', (reply: RenderReply) => {
    const p = pending.get(reply.id);
    if (!p) return;
    pending.delete(reply.id);
    if (pending.size === 0) w.unref();
    if (reply.ok) p.resolve(reply.result.map((r) => (r.png ? { ...r, png: new Uint8Array(r.png) } : r)));
    else p.reject(rebuild(reply.error));
  });
  w.on('error', (e) => failAll(new VisintError('render-failed', `render worker failed: ${e.message}`)));
  w.on('exit', (code) => {
    if (worker === w) failAll(new VisintError('render-failed', `render worker stopped (exit ${code})`));
  });
  return w;
}

/** Like `render()`, on a worker thread. Rejects with the same VisintError kinds. */
export function renderAsync(input: string | unknown, options: RenderApiOptions = {}): Promise<RenderedDiagram[]> {
  const w = (worker ??= start());
  const id = nextId++;
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve, reject });
    w.ref();
    w.postMessage({ id, input, options } satisfies RenderRequest);
  });
}

/** Stops the worker (the next renderAsync starts a new one). */
export async function closeRenderWorker(): Promise<void> {
  const w = worker;
  failAll(new VisintError('render-failed', 'render worker closed'));
  if (w) await w.terminate();
}
