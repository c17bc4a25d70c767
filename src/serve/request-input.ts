import { deflateSync, inflateRawSync, inflateSync } from 'node:zlib';
import { MAX_INPUT_BYTES } from '../cli/io.js';
import { HttpError } from './http-errors.js';

/**
 * Decodes a Kroki-style `a` parameter: the analysis text, deflated (zlib, or raw deflate) and
 * base64url-encoded. Inflation stops at the input size limit, so a small URL cannot become a
 * huge input.
 */
export function decodeAnalysisParam(a: unknown): string {
  if (typeof a !== 'string' || a === '') throw new HttpError(400, 'a: give the analysis, deflated and base64url-encoded (or POST it)');
  if (!/^[A-Za-z0-9_-]+=*$/.test(a)) throw new HttpError(400, 'a: not base64url');
  const packed = Buffer.from(a, 'base64url');
  for (const inflate of [inflateSync, inflateRawSync]) {
    try {
      return inflate(packed, { maxOutputLength: MAX_INPUT_BYTES }).toString('utf8');
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') throw new HttpError(413, `a: the analysis is larger than ${MAX_INPUT_BYTES / 1024 / 1024} MiB once inflated`);
    }
  }
  throw new HttpError(400, 'a: not deflate data');
}

/** The `a` parameter for an analysis text (what the editor's "copy URL" and `signUrl` users do). */
export function encodeAnalysisParam(text: string): string {
  return deflateSync(Buffer.from(text, 'utf8'), { level: 9 }).toString('base64url');
}

/** Does an If-None-Match header name this ETag (weak or strong, or `*`)? */
export function matchesEtag(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  return header.split(',').some((t) => {
    const tag = t.trim().replace(/^W\//, '');
    return tag === '*' || tag === etag;
  });
}
