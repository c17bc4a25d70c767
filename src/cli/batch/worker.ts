import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { validateText } from '../../analysis/validate.js';
import type { ValidationIssue } from '../../analysis/types.js';
import { ThemeError } from '../../io/themes.js';
import { selectDiagrams } from '../../render/render.js';
import { InputError, readInput } from '../io.js';
import { renderOutputs as renderAnalysis } from '../../outputs/render-outputs.js';
import { sha256 } from './fingerprint.js';
import type { BatchTask, DiagramProblem, FailureKind, RenderedFile, TaskResult } from './types.js';

/**
 * Pool worker: renders one analysis in memory and hands the bytes and their manifest
 * records back; the main thread writes them. Modules and fonts load once per worker.
 */

const GC_EVERY = 10;
let rendersSinceGc = 0;
// Workers refuse --expose-gc in execArgv; setting the V8 flag at run time exposes gc() to new contexts.
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

/**
 * resvg's pixmaps live outside the V8 heap, so V8 does not feel their weight: every few renders,
 * collect their wrappers, then give the event loop a turn, where the native finalizers run
 * (performance.md §3). Piscina's Atomics hand-over runs task after task without such a turn.
 */
async function collectNativeGarbage(renders: number): Promise<void> {
  rendersSinceGc += renders;
  if (rendersSinceGc < GC_EVERY) return;
  rendersSinceGc = 0;
  gc();
  await new Promise((resolve) => setImmediate(resolve));
}

const fail = (kind: FailureKind, errors: ValidationIssue[]): TaskResult => ({ ok: false, kind, errors });

export default async function renderTask(task: BatchTask): Promise<TaskResult> {
  try {
    const result = renderOne(task);
    await collectNativeGarbage(result.ok ? new Set(result.files.map((f) => f.record.diagram)).size : 0);
    return result;
  } catch (e) {
    if (e instanceof InputError || e instanceof ThemeError) return fail('invalid', [{ path: e instanceof ThemeError ? 'theme' : '', message: e.message }]);
    return fail('render', [{ path: '', message: e instanceof Error ? e.message : String(e) }]);
  }
}

function renderOne(task: BatchTask): TaskResult {
  const { source, opts } = task;
  const text = readInput(source);
  if (sha256(text) !== task.inputSha) return fail('invalid', [{ path: '', message: `${source} changed while the batch ran; run the batch again` }]);
  const v = validateText(text);
  if (!v.ok) return fail('invalid', v.errors);
  if (v.analysis.id !== task.id) return fail('invalid', [{ path: 'id', message: `id changed while the batch ran; run the batch again` }]);
  const names = opts.diagrams === 'all' ? selectDiagrams(v.analysis, 'all').map((d) => d.name) : opts.diagrams;
  const files: RenderedFile[] = [];
  const skipped: string[] = [];
  const diagramFailures: DiagramProblem[] = [];
  for (const diagram of names) {
    const started = performance.now();
    // a diagram whose section this analysis lacks is skipped; one that fails does not stop the others
    const result = renderAnalysis(v.analysis, { ...opts, diagrams: [diagram], missing: 'skip' });
    const renderMs = Math.round((performance.now() - started) * 10) / 10;
    skipped.push(...result.skipped);
    diagramFailures.push(...result.failures.map((f) => ({ diagram: f.diagram, message: f.message })));
    const r = result.rendered[0];
    if (!r) continue;
    for (const f of result.files) {
      const bytes = typeof f.data === 'string' ? Buffer.from(f.data, 'utf8') : Buffer.from(f.data.buffer, f.data.byteOffset, f.data.byteLength);
      // a PNG's size is read from its own header: email @2x files are resampled to 1200 px wide
      const size = f.format === 'png' ? { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) } : { width: r.width, height: r.height };
      const record = { path: `${task.id}/${f.name}`, diagram, format: f.format, bytes: bytes.length, ...size, sha256: sha256(bytes), renderMs, alt: r.alt, warnings: r.warnings };
      files.push({ name: f.name, record, data: bytes });
    }
  }
  return { ok: true, id: task.id, files, skipped, diagramFailures };
}
