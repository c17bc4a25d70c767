import { VisintError, type ErrorKind } from '../errors.js';

/**
 * Input text must be UTF-8. A UTF-8 byte-order mark is dropped; UTF-16 with a byte-order mark
 * is decoded (Windows editors save it); anything else that is not valid UTF-8 is refused with
 * the byte offset (and line) of the first bad byte, never silently turned into U+FFFD.
 */
export function decodeUtf8Text(bytes: Uint8Array, name: string, kind: ErrorKind = 'invalid-input'): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decodeUtf16(bytes, 'utf-16le', name, kind);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decodeUtf16(bytes, 'utf-16be', name, kind);
  if (looksLikeBomlessUtf16(bytes)) throw new VisintError(kind, `${name} looks like UTF-16 without a byte-order mark (it is full of NUL bytes); save the file as UTF-8`);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const at = firstInvalidUtf8(bytes);
    const line = lineOf(bytes, at);
    throw new VisintError(kind, `${name} is not valid UTF-8: bad byte 0x${(bytes[at] ?? 0).toString(16).padStart(2, '0')} at byte offset ${at} (line ${line}); save the file as UTF-8`);
  }
}

/** NUL bytes in the first bytes of a JSON text mean UTF-16 without a byte-order mark. */
export function looksLikeBomlessUtf16(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, 64);
  let zeros = 0;
  for (const b of head) if (b === 0) zeros++;
  return head.length >= 2 && zeros * 4 >= head.length;
}

function decodeUtf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be', name: string, kind: ErrorKind): string {
  if (bytes.length % 2 !== 0) throw new VisintError(kind, `${name} starts with a UTF-16 byte-order mark but has an odd number of bytes; save the file as UTF-8`);
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    throw new VisintError(kind, `${name} starts with a UTF-16 byte-order mark but is not valid ${encoding.toUpperCase()}; save the file as UTF-8`);
  }
}

function lineOf(bytes: Uint8Array, at: number): number {
  let line = 1;
  for (let i = 0; i < at; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

/** Offset of the first byte that does not start or continue a well-formed UTF-8 sequence. */
export function firstInvalidUtf8(b: Uint8Array): number {
  let i = 0;
  const cont = (k: number) => k < b.length && (b[k]! & 0xc0) === 0x80;
  while (i < b.length) {
    const c = b[i]!;
    if (c < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let lo = 0x80, hi = 0xbf;
    if (c >= 0xc2 && c <= 0xdf) need = 1;
    else if (c >= 0xe0 && c <= 0xef) {
      need = 2;
      if (c === 0xe0) lo = 0xa0;
      if (c === 0xed) hi = 0x9f;
    } else if (c >= 0xf0 && c <= 0xf4) {
      need = 3;
      if (c === 0xf0) lo = 0x90;
      if (c === 0xf4) hi = 0x8f;
    } else return i;
    const second = b[i + 1];
    if (second === undefined || second < lo || second > hi) return i;
    for (let k = 2; k <= need; k++) if (!cont(i + k)) return i;
    i += need + 1;
  }
  return b.length;
}
