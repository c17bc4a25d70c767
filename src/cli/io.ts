import { closeSync, constants, fsyncSync, lstatSync, mkdirSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { randomBytes } from 'node:crypto';
import { VisintError, type ErrorKind } from '../errors.js';
import { decodeUtf8Text } from '../io/decode-text.js';
import { readAll, readLimitedFile } from '../io/read-file.js';
import { UsageError } from './exit-codes.js';

/** The only module that touches the file system for the CLI: reading inputs, writing outputs. */

export const MAX_INPUT_BYTES = 1024 * 1024;

export class InputError extends VisintError {
  constructor(message: string, kind: ErrorKind = 'invalid-input') {
    super(kind, message);
    this.name = 'InputError';
  }
}
export class OutputError extends VisintError {
  constructor(message: string) {
    super('output-failed', message);
    this.name = 'OutputError';
  }
}

/**
 * Reads an analysis: a regular file (or standard input for "-") up to the size limit, refusing
 * FIFOs, devices and folders before opening them, and text that is not valid UTF-8.
 */
export function readInput(file: string): string {
  if (file === '') throw new UsageError('the input file name is empty');
  try {
    const bytes = file === '-' ? readAll(0, MAX_INPUT_BYTES, 'standard input') : readLimitedFile(file, MAX_INPUT_BYTES, 'analysis');
    return decodeUtf8Text(bytes, file === '-' ? 'standard input' : file);
  } catch (e) {
    // callers (validate, batch) tell input problems from other failures by class
    if (e instanceof VisintError && e.kind !== 'usage') throw new InputError(e.message, e.kind);
    throw e;
  }
}

/** Resolves OUT/<id>/<name>, refusing anything that would land outside OUT (../, absolute, symlinked folders). */
export function outputPath(outDir: string, id: string, name: string): string {
  const root = resolve(outDir);
  const target = resolve(root, id, name);
  const rel = relative(root, target);
  if (rel.startsWith('..') || isAbsolute(rel)) throw new OutputError(`output path for "${id}/${name}" would leave ${outDir}`);
  return target;
}

/** Creates a folder (and parents); refuses a symlink standing where the folder should be. */
export function ensureDir(dir: string): void {
  try {
    const st = lstatSync(dir);
    if (st.isSymbolicLink()) throw new OutputError(`refusing to write through the symlink ${dir}`);
    if (!st.isDirectory()) throw new OutputError(`${dir} exists and is not a folder`);
    return;
  } catch (e) {
    if (e instanceof OutputError) throw e;
  }
  try {
    mkdirSync(dir, { recursive: true });
  } catch (e) {
    throw new OutputError(`cannot create ${dir}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
}

/**
 * Writes a whole file or nothing: a uniquely named temp file beside the target (created
 * exclusively, so never through a planted symlink), fsync, then rename over the target.
 */
export function writeAtomic(path: string, data: string | Uint8Array): void {
  ensureDir(dirname(path));
  try {
    if (lstatSync(path).isSymbolicLink()) throw new OutputError(`refusing to overwrite the symlink ${path}`);
  } catch (e) {
    if (e instanceof OutputError) throw e;
  }
  const tmp = join(dirname(path), `.${randomBytes(6).toString('hex')}.tmp`);
  let fd: number | undefined;
  try {
    fd = openSync(tmp, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL, 0o644);
    const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
    let off = 0;
    while (off < bytes.length) off += writeSync(fd, bytes, off, bytes.length - off);
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    renameSync(tmp, path);
  } catch (e) {
    if (fd !== undefined) closeSync(fd);
    rmSync(tmp, { force: true });
    if (e instanceof OutputError) throw e;
    throw new OutputError(`cannot write ${path}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
}

/** Writes all of `data` to standard output synchronously; a closed pipe or a full disk is an OutputError (exit 3). */
export function writeStdout(data: string | Uint8Array): void {
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  let off = 0;
  while (off < bytes.length) {
    try {
      off += writeSync(1, bytes, off, bytes.length - off);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'EAGAIN') {
        Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 2);
        continue;
      }
      const words: Record<string, string> = { EPIPE: 'the reader closed the pipe', ENOSPC: 'no space left on the device', EBADF: 'standard output is closed' };
      throw new OutputError(`cannot write to standard output: ${code ?? (e as Error).message}${code && words[code] ? ` (${words[code]})` : ''}`);
    }
  }
}
