import { availableParallelism } from 'node:os';

/** Everything `visint serve` can be told; `defaultServeOptions` fills the rest. */
export interface ServeOptions {
  host: string;
  /** 0 picks a free port */
  port: number;
  /** folder of `<id>.json` analyses served at /analyses/<id>/<diagram>.png (the CMS case) */
  analysesDir?: string;
  /** worker threads rendering */
  workers: number;
  /** longest one render may take; past it the worker is stopped and replaced, and the answer is 503 */
  deadlineMs: number;
  /** renders allowed to wait for a worker; past it the answer is 429 with Retry-After */
  maxQueue: number;
  /** largest POST body (413 beyond) */
  maxBodyBytes: number;
  /** longest request URL (414 beyond, with a hint to POST) */
  maxUrlBytes: number;
  /** memory the cache of rendered bytes may hold */
  cacheBytes: number;
  /** HMAC keys; when set, GET renders need `exp` and `sig` signed with one of them (two allow rotation) */
  signingKeys: string[];
  /** keep the editor, POST /render and /validate on even when GET URLs must be signed */
  editor: boolean;
  /** pino log level, or false for no logs */
  logLevel: string | false;
  /** test hook: a render whose text contains `marker` stalls `ms` first (a deliberately slow render) */
  stall?: { marker: string; ms: number };
}

export function defaultServeOptions(over: Partial<ServeOptions> = {}): ServeOptions {
  return {
    host: '127.0.0.1',
    port: 8080,
    workers: Math.max(1, Math.min(4, availableParallelism())),
    deadlineMs: 10_000,
    maxQueue: 64,
    maxBodyBytes: 1024 * 1024,
    maxUrlBytes: 8 * 1024,
    cacheBytes: 128 * 1024 * 1024,
    signingKeys: [],
    editor: true,
    logLevel: 'info',
    ...over,
  };
}
