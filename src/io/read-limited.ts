import type { ErrorKind } from '../errors.js';
import { readLimitedFile } from './read-file.js';

/**
 * The files a theme names (theme JSON, fonts, logos), read through the one limited reader:
 * only a regular file, at most `maxBytes`; errors are VisintErrors of `kind`.
 */
export function readLimited(path: string, maxBytes: number, what: string, kind: ErrorKind = 'invalid-theme'): Buffer {
  return readLimitedFile(path, maxBytes, what, kind);
}
