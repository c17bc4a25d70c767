import { describe, expect, it } from 'vitest';
import { connectionMessage, redactUrl } from '../../src/queue/connection.js';
import { decodeFailure, encodeFailure } from '../../src/queue/job.js';
import { jobOptions } from '../../src/queue/add.js';
import { parseRenderOptions } from '../../src/cli/options.js';
import { join } from 'node:path';
import { ROOT } from '../cli/batch-kit.js';
import { redisServerBinary } from './redis-kit.js';

describe('queue: what is logged about the Redis URL', () => {
  it('never shows the password', () => {
    expect(redactUrl('redis://:s3cret@10.0.0.5:6379/2')).toBe('redis://:***@10.0.0.5:6379/2');
    expect(redactUrl('rediss://render:s3cret@redis.example:6380')).toBe('rediss://render:***@redis.example:6380');
    expect(redactUrl('redis://127.0.0.1:6379')).toBe('redis://127.0.0.1:6379');
    expect(redactUrl('not a url user:s3cret@x')).not.toContain('s3cret');
    const msg = connectionMessage('redis://:s3cret@127.0.0.1:1', Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }));
    expect(msg).toBe('Redis at redis://:***@127.0.0.1:1: connection refused (is redis-server running?)');
  });
});

describe('queue: failures across the sandbox', () => {
  it('keeps kind, errors and whether a retry can help', () => {
    const f = { kind: 'invalid' as const, errors: [{ path: 'strategyMap.nodes', message: 'must have 1 to 12 items, got 0' }], retryable: false };
    expect(decodeFailure(encodeFailure(f))).toEqual(f);
  });
  it("treats BullMQ's own reasons (a stalled or crashed job) as retryable render failures", () => {
    expect(decodeFailure('job stalled more than allowable limit')).toEqual({ kind: 'render', errors: [{ path: '', message: 'job stalled more than allowable limit' }], retryable: true });
  });
});

describe('queue: the options a job carries', () => {
  it('drops the output folder and resolves a theme file (workers may not see it), keeps a theme name', () => {
    const byName = jobOptions(parseRenderOptions({ theme: 'business-engineer-light', out: '/somewhere' }));
    expect(byName).not.toHaveProperty('out');
    expect(byName.theme).toBe('business-engineer-light');
    const byFile = jobOptions(parseRenderOptions({ theme: join(ROOT, 'themes', 'business-engineer-light.json') }));
    expect(typeof byFile.theme).toBe('object');
    expect(JSON.stringify(byFile.theme)).toContain('#');
  });
});

describe('queue tests: Redis is required, not optional', () => {
  it('fails with an install hint when redis-server is missing (no silent skip)', () => {
    expect(() => redisServerBinary('/nonexistent')).toThrow(/apt-get install -y redis-server/);
    expect(redisServerBinary()).toMatch(/redis-server$/);
  });
});
