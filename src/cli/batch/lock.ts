import { closeSync, constants, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { OutputError } from '../io.js';

/** The lock file's name inside OUT; a dot-name, so batch never reads it as an input. */
export const LOCK_NAME = '.visint-batch.lock';

/** OUT is being written by another batch: nothing was done. Exit 3 (render failure / output). */
export class OutDirBusyError extends OutputError {}

interface LockInfo {
  pid: number;
  host: string;
  started: string;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    // EPERM: the process exists but belongs to someone else
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readLock(path: string): LockInfo | undefined {
  try {
    const v = JSON.parse(readFileSync(path, 'utf8')) as Partial<LockInfo>;
    return typeof v.pid === 'number' && typeof v.host === 'string' ? { pid: v.pid, host: v.host, started: String(v.started ?? '') } : undefined;
  } catch {
    return undefined;
  }
}

/**
 * An exclusive lock on OUT for one batch: created with O_EXCL, holding pid and host. A second
 * batch into the same OUT fails at once with a clear message instead of interleaving manifests
 * and removing the first one's resume journal. A lock left by a killed batch (its pid gone, same
 * host) is taken over, so `kill -9` followed by a rerun still resumes.
 */
export class OutLock {
  private constructor(readonly path: string) {}

  static acquire(out: string): OutLock {
    const path = join(out, LOCK_NAME);
    for (let attempt = 0; attempt < 2; attempt++) {
      try {
        const fd = openSync(path, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW, 0o644);
        try {
          writeSync(fd, JSON.stringify({ pid: process.pid, host: hostname(), started: new Date().toISOString() }) + '\n');
        } finally {
          closeSync(fd);
        }
        return new OutLock(path);
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw new OutputError(`cannot lock ${out}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
      }
      const holder = readLock(path);
      if (holder && (holder.host !== hostname() || alive(holder.pid))) {
        throw new OutDirBusyError(`output folder ${out} is in use by another visint batch (pid ${holder.pid} on ${holder.host}, started ${holder.started}); wait for it to finish, or use another -o folder`);
      }
      if (!holder && attempt === 0) {
        // being written by a batch starting this instant, or garbage: look once more
        Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 50);
        if (readLock(path)) continue;
      }
      // the batch that held it is gone (killed): take the lock over
      rmSync(path, { force: true });
    }
    throw new OutDirBusyError(`output folder ${out} is in use by another visint batch (${path}); wait for it to finish, or use another -o folder`);
  }

  release(): void {
    const holder = readLock(this.path);
    if (holder?.pid === process.pid && holder.host === hostname()) rmSync(this.path, { force: true });
  }
}
