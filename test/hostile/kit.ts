import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Shared helpers of the hostile-input suite: run the built CLI with a time bound, list what it wrote. */

export const ROOT = join(import.meta.dirname, '..', '..');
/** The CLI under test; VISINT_BIN points the suite at another build (e.g. main, to see it fail there). */
export const BIN = process.env.VISINT_BIN ?? join(ROOT, 'bin', 'visint.js');
export const FIX = join(ROOT, 'fixtures');
export const META = join(FIX, 'meta-llama.json');
export const MINIMAL = join(FIX, 'minimal.json');

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
  ms: number;
  timedOut: boolean;
}

/** Runs `node bin/visint.js ...args`, killed after `timeoutMs` (a hang shows as timedOut, code null). */
export function visint(args: string[], opts: { cwd?: string; input?: string | Buffer; timeoutMs?: number; stdio?: SpawnSyncOptions['stdio']; env?: NodeJS.ProcessEnv } = {}): CliRun {
  const started = performance.now();
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: opts.cwd ?? ROOT,
    input: opts.input ?? '',
    timeout: opts.timeoutMs ?? 20_000,
    killSignal: 'SIGKILL',
    maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, ...opts.env },
    ...(opts.stdio ? { stdio: opts.stdio } : {}),
  });
  return {
    code: r.status,
    stdout: r.stdout ? r.stdout.toString('utf8') : '',
    stderr: r.stderr ? r.stderr.toString('utf8') : '',
    ms: performance.now() - started,
    timedOut: r.error !== undefined && (r.error as NodeJS.ErrnoException).code === 'ETIMEDOUT',
  };
}

export const tmp = (prefix = 'visint-hostile-'): string => mkdtempSync(join(tmpdir(), prefix));

/** Every regular file under `dir`, relative, sorted; [] when `dir` does not exist. */
export function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  const walk = (d: string, rel: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      const r = rel ? `${rel}/${name}` : name;
      if (statSync(p).isDirectory()) walk(p, r);
      else out.push(r);
    }
  };
  walk(dir, '');
  return out.sort();
}

/** No stack frame ("    at fn (file:…)") in a message. */
export const STACK = /^\s+at .+[:(]/m;
