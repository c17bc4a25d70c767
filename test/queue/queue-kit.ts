// Helpers for the queue tests: the real `visint` binary against a private redis-server.
import { spawn, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BIN, ROOT, analysis, writeJson } from '../cli/batch-kit.js';

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `visint ARGS` to the end without blocking the test's event loop (workers log meanwhile). */
export function visintAsync(args: string[], timeoutMs = 180_000): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`visint ${args.join(' ')} did not finish in ${timeoutMs / 1000} s; stderr: ${stderr.slice(-2000)}`));
    }, timeoutMs);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

export interface WorkerProc {
  proc: ChildProcess;
  log: () => string;
  exited: Promise<number | null>;
}

/** Starts `visint worker` (in its own process group, so the test's Ctrl-C does not reach it twice). */
export function startWorker(args: string[]): WorkerProc {
  const proc = spawn(process.execPath, [BIN, 'worker', ...args], { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'], detached: true });
  let log = '';
  proc.stderr!.on('data', (d: Buffer) => (log += d.toString()));
  const exited = new Promise<number | null>((r) => proc.on('exit', (code) => r(code)));
  return { proc, log: () => log, exited };
}

/** The processes a process forked (Linux /proc). */
export function childrenOf(pid: number): number[] {
  try {
    return readdirSync(`/proc/${pid}/task`).flatMap((t) => readFileSync(`/proc/${pid}/task/${t}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number));
  } catch {
    return [];
  }
}

/** Running: alive and not a zombie (an exited orphan waits a moment for pid 1 to reap it). */
export function isRunning(pid: number): boolean {
  try {
    return !/^State:\s+Z/m.test(readFileSync(`/proc/${pid}/status`, 'utf8'));
  } catch {
    return false;
  }
}

/** Waits up to `ms` for processes to end; returns those still running then. */
export async function stillRunningAfter(pids: number[], ms: number): Promise<number[]> {
  const until = Date.now() + ms;
  while (pids.some(isRunning) && Date.now() < until) await sleep(100);
  return pids.filter(isRunning);
}

export async function stopGracefully(w: WorkerProc): Promise<number | null> {
  if (w.proc.exitCode === null && w.proc.signalCode === null) w.proc.kill('SIGTERM');
  return w.exited;
}

/** Valid fixtures that have a strategy map, by file name. */
function strategyFixtures(): { name: string; json: Record<string, unknown> }[] {
  return readdirSync(join(ROOT, 'fixtures'))
    .filter((f) => f.endsWith('.json'))
    .map((f) => ({ name: f.replace(/\.json$/, ''), json: JSON.parse(readFileSync(join(ROOT, 'fixtures', f), 'utf8')) as Record<string, unknown> }))
    .filter((f) => f.json.strategyMap !== undefined);
}

const BROKEN = [
  '{ "version": 1, "title": "Trailing comma", "strategyMap": { "center": "C", "nodes": ["a",] } }',
  '{ "version": 1, "strategyMap": { "center": "C", "nodes": ["a"] } }',
  '{ "version": 2, "title": "Wrong version", "strategyMap": { "center": "C", "nodes": ["a"] } }',
  '{ "version": 1, "title": "No nodes", "strategyMap": { "center": "C", "nodes": [] } }',
  '{ "version": 1, "title": "Typo", "strategyMap": { "center": "C", "nodes": [{ "lable": "a" }] } }',
  '{ "version": 1, "title": "Cut',
  '[]',
  '{ "version": 1, "id": "../escape", "title": "Bad id", "strategyMap": { "center": "C", "nodes": ["a"] } }',
  '',
];

/**
 * Writes `total` inputs into dir: variants of the fixtures that have a strategy map (new id and
 * title), generated analyses, 9 broken files, and one copy of an analysis under a second name
 * (both then fail as a duplicate id, in batch as in the queue). Returns the counts.
 */
export function writeInputs(dir: string, total: number, fixtureVariants = 40): { valid: number; broken: number; duplicated: number } {
  const fixtures = strategyFixtures();
  let n = 0;
  for (let k = 0; k < fixtureVariants; k++, n++) {
    const f = fixtures[k % fixtures.length]!;
    writeJson(join(dir, 'fixtures', `${f.name}-${k}.json`), { ...f.json, id: `fx-${f.name}-${k}`, title: `${String(f.json.title)} (${k})` });
  }
  BROKEN.forEach((text, k) => writeJson(join(dir, 'broken', `broken-${k}.json`), text));
  n += BROKEN.length;
  const generated = total - n - 1;
  for (let i = 0; i < generated; i++) writeJson(join(dir, 'gen', `a-${String(i).padStart(4, '0')}.json`), analysis(i));
  writeJson(join(dir, 'gen', 'copy-of-a-0000.json'), analysis(0));
  return { valid: fixtureVariants + generated - 1, broken: BROKEN.length, duplicated: 2 };
}

/** A manifest entry without what differs between two renders of the same bytes (timings). */
export function comparable(entry: any): any {
  if (!Array.isArray(entry.files)) return entry;
  return { ...entry, files: entry.files.map(({ renderMs: _r, ...f }: any) => f) };
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
