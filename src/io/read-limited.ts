import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { VisintError, type ErrorKind } from '../errors.js';

/**
 * Reads a whole regular file of at most `maxBytes`, refusing anything else (a folder, a FIFO
 * or device that would block or never end, a file too large) before reading it. Used for the
 * files a theme names (theme JSON, fonts, logos). Errors are VisintErrors of `kind`.
 */
export function readLimited(path: string, maxBytes: number, what: string, kind: ErrorKind = 'invalid-theme'): Buffer {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (e) {
    throw new VisintError(kind, `cannot read ${what} ${path}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  try {
    const st = fstatSync(fd);
    if (!st.isFile()) throw new VisintError(kind, `${what} ${path} is not a regular file`);
    if (st.size > maxBytes) throw new VisintError('too-large', `${what} ${path} is ${st.size} bytes, over the ${maxBytes}-byte limit`);
    const buf = Buffer.alloc(st.size);
    let off = 0;
    while (off < st.size) {
      const n = readSync(fd, buf, off, st.size - off, off);
      if (n === 0) break;
      off += n;
    }
    return buf.subarray(0, off);
  } finally {
    closeSync(fd);
  }
}
