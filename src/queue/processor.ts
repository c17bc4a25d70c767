import { UnrecoverableError, type SandboxedJob } from 'bullmq';
import { validateText } from '../analysis/validate.js';
import { RENDERER_VERSION } from '../cli/batch/fingerprint.js';
import { renderFiles } from '../cli/batch/render-files.js';
import { InputError } from '../cli/io.js';
import { isRetryable, isVisintError } from '../errors.js';
import { ThemeError } from '../io/themes.js';
import { exitWithParent } from './exit-with-parent.js';
import { encodeFailure, OUT_ENV, type JobFailure, type RenderJobData, type RenderJobResult } from './job.js';
import { outputStoreFor } from './output-store.js';
import { preferJavaScriptKernels } from '../render/raster/wasm-pixels.js';

/**
 * BullMQ sandboxed processor: runs in a child process the worker forks (CPU-heavy work off
 * the process that holds the job locks). Renders one analysis with batch's code, writes its
 * files into the output store, and returns their manifest records.
 */
const store = outputStoreFor(process.env[OUT_ENV] ?? 'output');
// a long-lived process: the JIT-compiled JavaScript pixel loops, not WebAssembly's memory (wasm-pixels.ts)
preferJavaScriptKernels();

// The worker that forked this processor is gone (killed): its job returns to the queue when the
// lock expires, so stop rather than linger (or spin: see exit-with-parent.ts).
exitWithParent();

/** A failure that would repeat is UnrecoverableError (not retried); the rest are retried with backoff. */
function failure(f: JobFailure): Error {
  return f.retryable ? new Error(encodeFailure(f)) : new UnrecoverableError(encodeFailure(f));
}

export default async function processRenderJob(job: SandboxedJob<RenderJobData, RenderJobResult>): Promise<RenderJobResult> {
  const startedAt = Date.now();
  const { text, opts, id } = job.data;
  if (job.data.version !== RENDERER_VERSION) throw failure({ kind: 'render', retryable: true, errors: [{ path: '', message: `queued by visint ${job.data.version}, this worker runs ${RENDERER_VERSION}: run workers of the same version` }] });
  const v = validateText(text);
  if (!v.ok) throw failure({ kind: 'invalid', retryable: false, errors: v.errors });
  if (v.analysis.id !== id) throw failure({ kind: 'invalid', retryable: false, errors: [{ path: 'id', message: `id "${v.analysis.id}" is not the queued id "${id}"` }] });
  try {
    const { files, skipped, diagramFailures } = renderFiles(v.analysis, opts, (done, total) => void job.updateProgress(Math.round((100 * done) / total)));
    await store.write(id, files, startedAt);
    return { id, files: files.map((f) => f.record), ...(skipped.length ? { skipped } : {}), ...(diagramFailures.length ? { diagramFailures } : {}) };
  } catch (e) {
    // the same kinds and errors as batch's manifest: a bad input file or theme is "invalid", the rest "render"
    if (isVisintError(e)) {
      const invalid = e instanceof InputError || e instanceof ThemeError;
      throw failure({ kind: invalid ? 'invalid' : 'render', retryable: isRetryable(e.kind), errors: [{ path: e instanceof ThemeError ? 'theme' : '', message: e.message }] });
    }
    throw e; // not an expected failure: retried, and reported as is
  }
}
