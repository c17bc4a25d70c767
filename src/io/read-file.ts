import { closeSync, constants, fstatSync, openSync, readSync, statSync, type Stats } from 'node:fs';
import { VisintError, type ErrorKind } from '../errors.js';
import { decodeUtf8Text } from './decode-text.js';

/**
 * The one way input files are read (analyses, themes, later config, fonts, logos): only a
 * regular file, checked before it is opened (a FIFO would block the open itself, /dev/zero
 * never ends), opened non-blocking, checked again on the open descriptor (it could have been
 * swapped in between), and read up to a size limit.
 */

function kindOf(st: Stats): string {
  if (st.isDirectory()) return 'a folder';
  if (st.isFIFO()) return 'a named pipe (FIFO)';
  if (st.isCharacterDevice() || st.isBlockDevice()) return 'a device';
  if (st.isSocket()) return 'a socket';
  return 'not a regular file';
}

const errno = (e: unknown): string => (e as NodeJS.ErrnoException).code ?? (e as Error).message;

function fail(kind: ErrorKind, message: string): never {
  throw new VisintError(kind, message);
}

/**
 * Reads `path` (a regular file, symlinks followed) up to `limit` bytes; `what` names the file in
 * messages ("analysis", "theme"). Errors are VisintErrors of `kind` (or 'too-large').
 */
export function readLimitedFile(path: string, limit: number, what: string, kind: ErrorKind = 'invalid-input'): Buffer {
  if (path === '') fail('usage', `${what}: the file name is empty`);
  let st: Stats;
  try {
    st = statSync(path);
  } catch (e) {
    return fail(kind, `cannot read ${what} ${path}: ${errno(e)}`);
  }
  if (!st.isFile()) fail(kind, `cannot read ${what} ${path}: it is ${kindOf(st)}, not a regular file`);
  if (st.size > limit) fail('too-large', `${what} ${path} is ${st.size.toLocaleString('en-US')} bytes, over the ${limitText(limit)} limit`);
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (e) {
    return fail(kind, `cannot read ${what} ${path}: ${errno(e)}`);
  }
  try {
    const now = fstatSync(fd);
    if (!now.isFile()) fail(kind, `cannot read ${what} ${path}: it is ${kindOf(now)}, not a regular file`);
    return readAll(fd, limit, `${what} ${path}`, kind);
  } finally {
    closeSync(fd);
  }
}

/** Reads a descriptor (a file or standard input) to its end, refusing more than `limit` bytes. */
export function readAll(fd: number, limit: number, name: string, kind: ErrorKind = 'invalid-input'): Buffer {
  const chunks: Buffer[] = [];
  let total = 0;
  const buf = Buffer.alloc(64 * 1024);
  for (;;) {
    let n: number;
    try {
      n = readSync(fd, buf, 0, buf.length, null);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'EAGAIN') {
        // standard input that is a pipe with nothing yet: wait briefly instead of spinning
        Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 5);
        continue;
      }
      if (code === 'EOF') break;
      return fail(kind, `cannot read ${name}: ${code ?? (e as Error).message}`);
    }
    if (n === 0) break;
    total += n;
    if (total > limit) fail('too-large', `${name} is larger than the ${limitText(limit)} limit`);
    chunks.push(Buffer.from(buf.subarray(0, n)));
  }
  return Buffer.concat(chunks);
}

export function limitText(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${bytes / 1024 / 1024} MiB` : `${bytes / 1024} KiB`;
}

/** A limited text file: read as above, then decoded strictly (see decodeUtf8Text). */
export function readLimitedText(path: string, limit: number, what: string, kind: ErrorKind = 'invalid-input'): string {
  return decodeUtf8Text(readLimitedFile(path, limit, what, kind), `${what} ${path}`, kind);
}
