import { parentPort } from 'node:worker_threads';
import { isVisintError } from './errors.js';
import { render, type RenderApiOptions } from './index.js';
import { preferJavaScriptKernels } from './render/raster/wasm-pixels.js';

// a long-lived worker: the JIT-compiled JavaScript pixel loops, not WebAssembly's memory (wasm-pixels.ts)
preferJavaScriptKernels();

/** The worker behind `renderAsync`: renders one request at a time, replies with the result or the error's parts. */
export interface RenderRequest {
  id: number;
  input: unknown;
  options: RenderApiOptions;
}
export type RenderReply =
  | { id: number; ok: true; result: ReturnType<typeof render> }
  | { id: number; ok: false; error: { name: string; kind?: string; message: string; issues?: unknown[] } };

parentPort?.on('message', (req: RenderRequest) => {
  let reply: RenderReply;
  try {
    reply = { id: req.id, ok: true, result: render(req.input, req.options) };
  } catch (e) {
    const err = e instanceof Error ? e : new Error(String(e));
    reply = { id: req.id, ok: false, error: { name: err.name, message: err.message, ...(isVisintError(e) ? { kind: e.kind, issues: e.issues } : {}) } };
  }
  parentPort!.postMessage(reply);
});
