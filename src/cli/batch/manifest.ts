import { closeSync, constants, lstatSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { OutputError, outputPath, writeAtomic } from '../io.js';
import type { ManifestEntry } from './types.js';

/**
 * OUT/manifest.json is written once, atomically, when a batch ends. While it runs, each
 * finished analysis is appended to OUT/.visint-journal.jsonl, so that a killed batch's
 * work is known to the next run (which resumes) even though its manifest was never written.
 */
export const MANIFEST_NAME = 'manifest.json';
const JOURNAL_NAME = '.visint-journal.jsonl';

export type DoneEntry = Extract<ManifestEntry, { status: 'rendered' | 'unchanged' }>;

export interface Manifest {
  tool: 'visint';
  version: string;
  options: Record<string, unknown>;
  summary: Record<string, unknown>;
  analyses: ManifestEntry[];
}

function isDone(e: unknown): e is DoneEntry {
  const x = e as DoneEntry;
  return !!x && typeof x === 'object' && (x.status === 'rendered' || x.status === 'unchanged') && typeof x.key === 'string' && typeof x.id === 'string' && Array.isArray(x.files) && x.files.every((f) => f && typeof f.path === 'string' && typeof f.bytes === 'number');
}

function readOrEmpty(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return '';
  }
}

/** Finished analyses of earlier runs, by incremental key; a damaged manifest or journal line is ignored. */
export function loadPrevious(out: string): Map<string, DoneEntry> {
  const byKey = new Map<string, DoneEntry>();
  try {
    const m = JSON.parse(readOrEmpty(join(out, MANIFEST_NAME)) || '{}') as Partial<Manifest>;
    for (const e of Array.isArray(m.analyses) ? m.analyses : []) if (isDone(e)) byKey.set(e.key, e);
  } catch {
    // unreadable manifest: everything renders again
  }
  for (const line of readOrEmpty(join(out, JOURNAL_NAME)).split('\n')) {
    try {
      const e: unknown = JSON.parse(line);
      if (isDone(e)) byKey.set(e.key, e);
    } catch {
      // a torn last line
    }
  }
  return byKey;
}

/** True when every file the entry lists is still a regular file of the recorded size inside OUT. */
export function stillOnDisk(out: string, e: DoneEntry): boolean {
  return e.files.every((f) => {
    const name = f.path.startsWith(`${e.id}/`) ? f.path.slice(e.id.length + 1) : undefined;
    if (!name || name.includes('/')) return false;
    try {
      const st = lstatSync(outputPath(out, e.id, name));
      return st.isFile() && st.size === f.bytes;
    } catch {
      return false; // missing, or a path outputPath refuses
    }
  });
}

/** Appends finished analyses as they complete; one JSON line each, written in one call. */
export class Journal {
  readonly path: string;
  constructor(out: string) {
    this.path = join(out, JOURNAL_NAME);
  }
  append(entry: DoneEntry): void {
    try {
      // O_NOFOLLOW: never append through a symlink planted at the journal's name
      const fd = openSync(this.path, constants.O_WRONLY | constants.O_CREAT | constants.O_APPEND | constants.O_NOFOLLOW, 0o644);
      try {
        writeSync(fd, JSON.stringify(entry) + '\n');
      } finally {
        closeSync(fd);
      }
    } catch (e) {
      throw new OutputError(`cannot write ${this.path}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
    }
  }
  /** Once manifest.json holds everything, the journal is no longer needed. */
  remove(): void {
    rmSync(this.path, { force: true });
  }
}

export function writeManifest(out: string, manifest: Manifest): string {
  const path = join(out, MANIFEST_NAME);
  writeAtomic(path, JSON.stringify(manifest, null, 2) + '\n');
  return path;
}
