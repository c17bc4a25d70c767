import { lstatSync, readdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { outputPath, writeAtomic } from '../io.js';
import type { RenderedFile } from './types.js';

/** Writes one analysis's files under OUT/<id>/, each atomically (temp file, fsync, rename). */
export function writeOutputs(out: string, id: string, files: RenderedFile[], runStart: number): void {
  if (files.length === 0) return;
  removeStaleTemps(dirname(outputPath(out, id, files[0]!.name)), runStart);
  for (const f of files) writeAtomic(outputPath(out, id, f.name), f.data);
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
    const path = join(dir, name);
    try {
      const st = lstatSync(path);
      if (st.isFile() && st.mtimeMs < runStart) rmSync(path, { force: true });
    } catch {
      // gone already
    }
  }
}
