import type { ErrorKind } from '../../errors.js';
import type { JobResult, RenderJob } from '../../run/types.js';
import { InputError, readInput } from '../io.js';
import type { RenderCliOptions } from '../options.js';
import { sha256 } from './fingerprint.js';
import { toRenderedFile } from './render-files.js';
import type { ScanRecord } from './scan.js';
import type { FailureKind, TaskResult } from './types.js';

type Scanned = Extract<ScanRecord, { ok: true }>;

/**
 * The pool job for one scanned input: its text, read again here on the main thread, and
 * refused (a failed result instead of a job) if the file changed since the scan.
 */
export function batchJob(r: Scanned, opts: RenderCliOptions): RenderJob | TaskResult {
  let text: string;
  try {
    text = readInput(r.source);
  } catch (e) {
    if (e instanceof InputError) return { ok: false, kind: 'invalid', errors: [{ path: '', message: e.message }] };
    throw e;
  }
  if (sha256(text) !== r.inputSha) return { ok: false, kind: 'invalid', errors: [{ path: '', message: `${r.source} changed while the batch ran; run the batch again` }] };
  return { text, opts, expectId: r.id };
}

/** Input problems fail an analysis as invalid (exit 1); anything else is a render failure (exit 3). */
const failureKind = (kind: ErrorKind): FailureKind => (kind === 'invalid-input' || kind === 'invalid-theme' || kind === 'too-large' ? 'invalid' : 'render');

/** The pool's result as the manifest records it: files under `<id>/`. */
export function taskResult(res: JobResult): TaskResult {
  if (!res.ok) return { ok: false, kind: failureKind(res.kind), errors: res.errors };
  return {
    ok: true,
    id: res.id,
    skipped: res.skipped,
    diagramFailures: res.diagramFailures,
    files: res.files.map((f) => toRenderedFile(res.id, f)),
  };
}
