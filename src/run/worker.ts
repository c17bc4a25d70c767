import { createHash } from 'node:crypto';
import { validateText } from '../analysis/validate.js';
import { isVisintError } from '../errors.js';
import { renderOutputs } from '../outputs/render-outputs.js';
import { selectDiagrams } from '../render/render.js';
import { collectNativeGarbage } from './native-gc.js';
import type { DiagramProblem, JobResult, RenderedOutput, RenderJob } from './types.js';

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
  await collectNativeGarbage(result.ok ? new Set(result.files.map((f) => f.diagram)).size : 0);
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
  const names = opts.diagrams === 'all' ? selectDiagrams(v.analysis, 'all').map((d) => d.name) : opts.diagrams;
  const files: RenderedOutput[] = [];
  const skipped: string[] = [];
  const diagramFailures: DiagramProblem[] = [];
  // one diagram at a time, so each file carries its own render time
  for (const diagram of names) {
    const started = performance.now();
    // a diagram whose section this analysis lacks is skipped; one that fails does not stop the others
    const result = renderOutputs(v.analysis, { ...opts, diagrams: [diagram], missing: 'skip' });
    const renderMs = Math.round((performance.now() - started) * 10) / 10;
    skipped.push(...result.skipped);
    diagramFailures.push(...result.failures.map((f) => ({ diagram: f.diagram, message: f.message })));
    const r = result.rendered[0];
    if (!r) continue;
    for (const f of result.files) {
      const data = typeof f.data === 'string' ? Buffer.from(f.data, 'utf8') : Buffer.from(f.data.buffer, f.data.byteOffset, f.data.byteLength);
      // a PNG's size is read from its own header: email @2x files are resampled to 1200 px wide
      const size = f.format === 'png' ? { width: data.readUInt32BE(16), height: data.readUInt32BE(20) } : { width: r.width, height: r.height };
      files.push({ name: f.name, diagram, format: f.format, contentType: f.contentType, data, ...size, sha256: createHash('sha256').update(data).digest('hex'), renderMs, alt: r.alt, warnings: r.warnings });
    }
  }
  return { ok: true, id: v.analysis.id, files, skipped, diagramFailures };
}
