import { lstatSync, readdirSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { validateText } from '../../analysis/validate.js';
import type { ValidationIssue } from '../../analysis/types.js';
import { ThemeError } from '../../io/themes.js';
import { selectDiagrams } from '../../render/render.js';
import { InputError, outputPath, readInput, writeAtomic } from '../io.js';
import { renderText } from '../render-file.js';
import { sha256 } from './fingerprint.js';
import type { BatchTask, FailureKind, FileRecord, TaskResult } from './types.js';

/**
 * Pool worker: renders one analysis and writes its files atomically under OUT/<id>/.
 * Modules and fonts load once per worker (module scope); only metadata goes back.
 */

const GC_EVERY = 10;
let rendersSinceGc = 0;
// Workers refuse --expose-gc in execArgv; setting the V8 flag at run time exposes gc() to new contexts.
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

/**
 * resvg's pixmaps live outside the V8 heap, so V8 does not feel their weight: collect their
 * wrappers every few renders (performance.md §3). Piscina gives the event-loop turn between tasks.
 */
function collectNativeGarbage(): void {
  if (++rendersSinceGc < GC_EVERY) return;
  rendersSinceGc = 0;
  gc();
}

const fail = (kind: FailureKind, errors: ValidationIssue[]): TaskResult => ({ ok: false, kind, errors });

export default function renderTask(task: BatchTask): TaskResult {
  try {
    return renderAnalysis(task);
  } catch (e) {
    if (e instanceof InputError || e instanceof ThemeError) return fail('invalid', [{ path: e instanceof ThemeError ? 'theme' : '', message: e.message }]);
    return fail('render', [{ path: '', message: e instanceof Error ? e.message : String(e) }]);
  }
}

function renderAnalysis(task: BatchTask): TaskResult {
  const { source, opts } = task;
  const text = readInput(source);
  if (sha256(text) !== task.inputSha) return fail('invalid', [{ path: '', message: `${source} changed while the batch ran; run the batch again` }]);
  const v = validateText(text);
  if (!v.ok) return fail('invalid', v.errors);
  if (v.analysis.id !== task.id) return fail('invalid', [{ path: 'id', message: `id changed while the batch ran; run the batch again` }]);
  removeStaleTemps(dirname(outputPath(opts.out, task.id, 'x')), task.runStart);
  const names = opts.diagrams === 'all' ? selectDiagrams(v.analysis, 'all').map((d) => d.name) : opts.diagrams;
  const files: FileRecord[] = [];
  for (const diagram of names) {
    const started = performance.now();
    const result = renderText(text, { ...opts, diagrams: [diagram] });
    const renderMs = Math.round((performance.now() - started) * 10) / 10;
    if (!result.ok) return fail('invalid', result.errors);
    const r = result.rendered[0]!;
    for (const f of result.files) {
      const bytes = typeof f.data === 'string' ? Buffer.from(f.data, 'utf8') : f.data;
      writeAtomic(outputPath(opts.out, task.id, f.name), bytes);
      const px = f.format === 'png' ? r.scale : 1;
      files.push({ path: `${task.id}/${f.name}`, diagram, format: f.format, bytes: bytes.length, width: r.width * px, height: r.height * px, sha256: sha256(bytes), renderMs, alt: r.alt, warnings: r.warnings });
    }
    collectNativeGarbage();
  }
  return { ok: true, id: task.id, files };
}

/** writeAtomic's temp names; one left over means a run was killed mid-write before this run began. */
const TEMP_NAME = /^\.[0-9a-f]{12}\.tmp$/;

function removeStaleTemps(dir: string, runStart: number): void {
  let names: string[];
  try {
    if (!lstatSync(dir).isDirectory()) return; // missing, or a symlink writeAtomic will refuse
    names = readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names) {
    if (!TEMP_NAME.test(name)) continue;
    const path = `${dir}/${name}`;
    try {
      const st = lstatSync(path);
      if (st.isFile() && st.mtimeMs < runStart) rmSync(path, { force: true });
    } catch {
      // gone already
    }
  }
}
