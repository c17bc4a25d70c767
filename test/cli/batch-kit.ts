// Helpers for the `visint batch` tests: run the real binary on temp folders.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const BIN = join(ROOT, 'bin', 'visint.js');

if (!existsSync(join(ROOT, 'dist', 'cli', 'commands', 'batch.js'))) throw new Error('build first: npx tsc -p tsconfig.json');

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `node bin/visint.js ARGS` to the end (cwd = repo root). */
export function visint(args: string[], env: Record<string, string> = {}): Run {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000, env: { ...process.env, ...env } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Starts `visint ARGS` without waiting (for the kill test). */
export function startVisint(args: string[]) {
  return spawn(process.execPath, [BIN, ...args], { cwd: ROOT, stdio: 'ignore' });
}

const made: string[] = [];
export function tempDir(): string {
  const d = mkdtempSync(join(tmpdir(), 'visint-batch-test-'));
  made.push(d);
  return d;
}
export function removeTempDirs(): void {
  for (const d of made.splice(0)) rmSync(d, { recursive: true, force: true });
}

/** A small valid analysis with a strategy map (and a flywheel), id `gen-<i>`. */
export function analysis(i: number, extra: Record<string, unknown> = {}): Record<string, unknown> {
  const n = 2 + (i % 5);
  return {
    version: 1,
    id: `gen-${i}`,
    title: `Generated company ${i}`,
    strategyMap: { center: `Company ${i}`, nodes: Array.from({ length: n }, (_, k) => `Lever ${k + 1} of ${i}`), thesis: 'Scale = advantage' },
    flywheel: { steps: ['More users', 'More data', 'Better product'] },
    ...extra,
  };
}

export function writeJson(path: string, value: unknown): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, typeof value === 'string' ? value : JSON.stringify(value, null, 2));
}

export function readManifest(out: string): any {
  return JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'));
}

/** Lists a file only if it still exists: a running batch renames its temp files while we look. */
const isFile = (p: string): boolean => {
  try {
    return statSync(p).isFile();
  } catch {
    return false;
  }
};

/** Every file under dir, as paths relative to it. */
export function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((p) => join(dir, p))
    .filter(isFile)
    .map((p) => relative(dir, p))
    .sort();
}

export function mtimes(dir: string): Record<string, number> {
  return Object.fromEntries(filesUnder(dir).filter((f) => f !== 'manifest.json').map((f) => [f, statSync(join(dir, f)).mtimeMs]));
}
