// A private redis-server for the queue tests: its own loopback port and temp folder, stopped afterwards.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const INSTALL_HINT = 'the queue tests need redis-server: install it with `apt-get install -y redis-server` (Debian/Ubuntu) or `brew install redis` (macOS); .ci/run does this in CI';

/** The redis-server binary, or a failure that says how to install it (never a silent skip). */
export function redisServerBinary(path = process.env.PATH ?? ''): string {
  const found = spawnSync('/bin/sh', ['-c', 'command -v redis-server'], { encoding: 'utf8', env: { PATH: path } }).stdout.trim();
  if (!found) throw new Error(INSTALL_HINT);
  return found;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export class TestRedis {
  #proc: ChildProcess | undefined;
  readonly dir = mkdtempSync(join(tmpdir(), 'visint-redis-'));
  private constructor(readonly port: number) {}

  static async start(): Promise<TestRedis> {
    const r = new TestRedis(await freePort());
    await r.up();
    return r;
  }

  get url(): string {
    return `redis://127.0.0.1:${this.port}`;
  }

  /** Starts (or restarts) the server on the same port and folder; AOF keeps the queue across a restart. */
  async up(): Promise<void> {
    const args = ['--port', String(this.port), '--bind', '127.0.0.1', '--dir', this.dir, '--appendonly', 'yes', '--appendfsync', 'everysec', '--save', '', '--maxmemory-policy', 'noeviction', '--protected-mode', 'yes'];
    const proc = spawn(redisServerBinary(), args, { stdio: ['ignore', 'pipe', 'pipe'] });
    this.#proc = proc;
    let log = '';
    proc.stdout?.on('data', (d: Buffer) => (log += d.toString()));
    const started = Date.now();
    while (!/Ready to accept connections/.test(log)) {
      if (proc.exitCode !== null) throw new Error(`redis-server exited (${proc.exitCode}): ${log.slice(-500)}`);
      if (Date.now() - started > 10_000) throw new Error(`redis-server did not start in 10 s: ${log.slice(-500)}`);
      await sleep(20);
    }
  }

  /** Stops the server (SIGTERM: it flushes its append-only file first). */
  async down(): Promise<void> {
    const proc = this.#proc;
    if (!proc || proc.exitCode !== null) return;
    const exited = new Promise((r) => proc.once('exit', r));
    proc.kill('SIGTERM');
    await exited;
  }

  async stop(): Promise<void> {
    await this.down();
    rmSync(this.dir, { recursive: true, force: true });
  }
}
