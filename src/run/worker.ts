import { validateText } from '../analysis/validate.js';
import { isVisintError } from '../errors.js';
import { renderAnalysisFiles } from './render-analysis.js';
import { releaseNativeMemory } from './native-release.js';
import type { JobResult, RenderJob } from './types.js';
import { preferJavaScriptKernels } from '../render/raster/wasm-pixels.js';

// a pool worker renders hundreds of pictures: the JIT-compiled JavaScript pixel loops, not WebAssembly's memory
preferJavaScriptKernels();

/**
 * Pool worker: validates one analysis text and renders its diagrams in memory; the bytes go
 * back to the main thread (which writes or serves them). Modules and fonts load once per worker.
 */
export default async function renderJob(job: RenderJob): Promise<JobResult> {
  let result: JobResult;
  try {
    if (job.stallMs) stall(job.stallMs);
    result = render(job);
  } catch (e) {
    if (isVisintError(e)) result = { ok: false, kind: e.kind, errors: e.issues.length > 0 ? e.issues : [{ path: e.kind === 'invalid-theme' ? 'theme' : '', message: e.message }] };
    else result = { ok: false, kind: 'render-failed', errors: [{ path: '', message: e instanceof Error ? e.message : String(e) }] };
  }
  await releaseNativeMemory();
  return result;
}

/** Busy-waits: a render stuck in synchronous code, which only stopping the thread ends. */
function stall(ms: number): void {
  const until = Date.now() + ms;
  while (Date.now() < until);
}

function render(job: RenderJob): JobResult {
  const { text, opts } = job;
  const v = validateText(text);
  if (!v.ok) return { ok: false, kind: 'invalid-input', errors: v.errors };
  if (job.expectId !== undefined && v.analysis.id !== job.expectId) return { ok: false, kind: 'invalid-input', errors: [{ path: 'id', message: 'id changed while the batch ran; run the batch again' }] };
  return { ok: true, id: v.analysis.id, ...renderAnalysisFiles(v.analysis, opts) };
}
