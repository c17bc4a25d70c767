import { Redis, type RedisOptions } from 'ioredis';
import { VisintError } from '../errors.js';

/** The URL with its password (and a user's secret) replaced by ***: the only form that is ever logged. */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    // not a URL: hide everything before an @, which may be a secret
    return url.replace(/^([a-z][a-z0-9+.-]*:\/\/)?[^@]*@/i, '$1***@');
  }
}

/** Redis cannot be reached: printed as is (no "render failed"), exit 3. */
export class RedisUnreachableError extends VisintError {
  constructor(message: string) {
    super('output-failed', message);
    this.name = 'RedisUnreachableError';
  }
}

function checkUrl(url: string): void {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    throw new VisintError('usage', `--redis: not a URL: ${redactUrl(url)} (expected redis://[:password@]host[:port][/db])`);
  }
  if (u.protocol !== 'redis:' && u.protocol !== 'rediss:') throw new VisintError('usage', `--redis: ${redactUrl(url)} must start with redis:// or rediss://`);
}

/** Why a Redis connection failed, in words, with the redacted URL. */
export function connectionMessage(url: string, e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  const why = code === 'ECONNREFUSED' ? 'connection refused (is redis-server running?)' : code === 'ENOTFOUND' ? 'unknown host' : code === 'ETIMEDOUT' ? 'timed out' : (e as Error).message;
  return `Redis at ${redactUrl(url)}: ${why}`;
}

/**
 * A connection for a long-running worker: BullMQ needs maxRetriesPerRequest null, and it
 * reconnects forever with a backoff capped at 5 s (a Redis restart is survived).
 */
export function workerConnection(url: string): Redis {
  checkUrl(url);
  return new Redis(url, { maxRetriesPerRequest: null, enableReadyCheck: true, retryStrategy: (attempt) => Math.min(200 * attempt, 5000) });
}

/**
 * A connection for a short command (add, status, manifest): gives up after ~3 s of failed
 * attempts with a clear error instead of waiting forever.
 */
export async function commandConnection(url: string): Promise<Redis> {
  checkUrl(url);
  let lastError: unknown;
  const opts: RedisOptions = {
    maxRetriesPerRequest: null,
    lazyConnect: true,
    connectTimeout: 5000,
    retryStrategy: (attempt) => (attempt > 5 ? null : 200 * attempt),
  };
  const conn = new Redis(url, opts);
  conn.on('error', (e) => {
    lastError = e;
  });
  try {
    await conn.connect();
    await conn.ping();
  } catch (e) {
    conn.disconnect();
    throw new RedisUnreachableError(connectionMessage(url, lastError ?? e));
  }
  return conn;
}

/** Logs one line when a connection breaks and one when it is back, instead of one per retry. */
export function reportConnection(conn: Redis, url: string, log: (line: string) => void): void {
  let down = false;
  conn.on('error', (e) => {
    if (down) return;
    down = true;
    log(`worker: ${connectionMessage(url, e)}; retrying until it is back`);
  });
  conn.on('ready', () => {
    if (!down) return;
    down = false;
    log(`worker: reconnected to Redis at ${redactUrl(url)}`);
  });
}
