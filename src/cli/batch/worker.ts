import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { validateText } from '../../analysis/validate.js';
import type { ValidationIssue } from '../../analysis/types.js';
import { ThemeError } from '../../io/themes.js';
import { InputError, readInput } from '../io.js';
import { sha256 } from './fingerprint.js';
import { renderFiles } from './render-files.js';
import type { BatchTask, FailureKind, TaskResult } from './types.js';

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
  const files = renderFiles(v.analysis, opts);
  return { ok: true, id: task.id, files };
}
