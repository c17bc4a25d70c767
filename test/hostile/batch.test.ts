import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, MINIMAL, ROOT, STACK, tmp, visint } from './kit.js';

/** Hostile batch input trees and concurrent runs: nothing blocks, nothing leaks, nothing is lost. */

const minimal = readFileSync(MINIMAL, 'utf8');
const SECRET = 'AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMIK7MDENGbPxRfiCYEXAMPLEKEY';

interface ManifestEntry {
  source: string;
  status: string;
  errors?: { path: string; message: string }[];
}
const manifestOf = (out: string) => JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')) as { analyses: ManifestEntry[] };
const entryFor = (out: string, name: string) => manifestOf(out).analyses.find((a) => a.source.endsWith(name));

function tree(): { dir: string; input: string; out: string } {
  const dir = tmp('visint-hostile-batch-');
  const input = join(dir, 'in');
  mkdirSync(input);
  writeFileSync(join(input, 'good.json'), minimal);
  return { dir, input, out: join(dir, 'out') };
}

describe('hostile batch input trees', () => {
  it('a FIFO named *.json in the tree is reported, not opened (no hang)', () => {
    const t = tree();
    execFileSync('mkfifo', [join(t.input, 'pipe.json')]);
    const r = visint(['batch', t.input, '-o', t.out, '-f', 'svg', '-j', '1'], { timeoutMs: 30_000 });
    expect(r.timedOut).toBe(false);
    expect(r.code, r.stderr).toBe(1);
    expect(r.stderr).toMatch(/pipe\.json: it is a named pipe \(FIFO\), not a regular file/);
    expect(entryFor(t.out, 'pipe.json')?.status).toBe('failed');
    expect(entryFor(t.out, 'good.json')?.status).toBe('rendered');
    expect(r.ms).toBeLessThan(25_000);
  });

  it('a FIFO given as a batch argument is reported, not opened', () => {
    const t = tree();
    const pipe = join(t.dir, 'arg.json');
    execFileSync('mkfifo', [pipe]);
    const r = visint(['batch', pipe, join(t.input, 'good.json'), '-o', t.out, '-f', 'svg', '-j', '1'], { timeoutMs: 30_000 });
    expect(r.timedOut).toBe(false);
    expect(r.code, r.stderr).toBe(1);
    expect(entryFor(t.out, 'arg.json')?.errors?.[0]?.message).toMatch(/named pipe/);
  });

  it('a symlinked *.json leading outside the input folders is not read, and its text never reaches the manifest', () => {
    const t = tree();
    const secret = join(t.dir, 'secret.env');
    writeFileSync(secret, `${SECRET}\n`);
    symlinkSync(secret, join(t.input, 'leak.json'));
    symlinkSync('/proc/self/environ', join(t.input, 'environ.json'));
    const r = visint(['batch', t.input, '-o', t.out, '-f', 'svg', '-j', '1'], { timeoutMs: 30_000 });
    expect(r.code, r.stderr).toBe(1);
    const manifest = readFileSync(join(t.out, 'manifest.json'), 'utf8');
    expect(manifest).not.toMatch(/wJalrXUtn|AWS_SECRET|PATH=/);
    expect(r.stderr).not.toMatch(/wJalrXUtn|AWS_SECRET/);
    expect(entryFor(t.out, 'leak.json')?.errors?.[0]?.message).toMatch(/symlink to a file outside the input folders/);
    expect(entryFor(t.out, 'environ.json')?.errors?.[0]?.message).toMatch(/outside the input folders/);
  });

  it('a symlink to /dev/zero inside the tree is refused quickly', () => {
    const t = tree();
    symlinkSync('/dev/zero', join(t.input, 'zero.json'));
    const r = visint(['batch', t.input, '-o', t.out, '-f', 'svg', '-j', '1'], { timeoutMs: 30_000 });
    expect(r.timedOut).toBe(false);
    expect(r.code).toBe(1);
    expect(entryFor(t.out, 'zero.json')?.errors?.[0]?.message).toMatch(/outside the input folders|device/);
  });

  it('a symlink to an analysis inside the input folder is followed', () => {
    const t = tree();
    mkdirSync(join(t.input, 'real'));
    writeFileSync(join(t.input, 'real', 'other.json'), minimal.replace('Tesla: Software-Defined Cars', 'Linked'));
    symlinkSync(join(t.input, 'real', 'other.json'), join(t.input, 'link.json'));
    const r = visint(['batch', join(t.input, 'good.json'), join(t.input, 'link.json'), t.input, '-o', t.out, '-f', 'svg', '-j', '1'], { timeoutMs: 60_000 });
    // link.json and real/other.json are the same analysis id: the duplicate rule names both
    expect(r.stderr).not.toMatch(/outside the input folders/);
    expect(entryFor(t.out, 'good.json')?.status).toBe('rendered');
  });

  it('a non-JSON file in the tree is quoted by a short excerpt only', () => {
    const t = tree();
    writeFileSync(join(t.input, 'dotenv.json'), `${SECRET}\nDB_PASSWORD=correct-horse-battery-staple\n`);
    const r = visint(['batch', t.input, '-o', t.out, '-f', 'svg', '-j', '1'], { timeoutMs: 30_000 });
    expect(r.code).toBe(1);
    const manifest = readFileSync(join(t.out, 'manifest.json'), 'utf8');
    expect(manifest).not.toMatch(/wJalrXUtn|correct-horse/);
    expect(entryFor(t.out, 'dotenv.json')?.errors?.[0]?.message).toMatch(/^Unexpected symbol "AWS_SECRET_A"…$/);
  });

  it('invalid UTF-8 in a batch input fails that analysis with the byte offset', () => {
    const t = tree();
    writeFileSync(join(t.input, 'latin1.json'), Buffer.from(minimal.replace('Tesla', 'T\xe9sla'), 'latin1'));
    const r = visint(['batch', t.input, '-o', t.out, '-f', 'svg', '-j', '1'], { timeoutMs: 30_000 });
    expect(r.code).toBe(1);
    expect(entryFor(t.out, 'latin1.json')?.errors?.[0]?.message).toMatch(/not valid UTF-8: bad byte 0xe9 at byte offset \d+/);
  });
});

describe('the batch OUT lock', () => {
  it('a second batch into an OUT held by a running batch fails at once with a clear message; the journal stays', () => {
    const t = tree();
    mkdirSync(t.out);
    // this test process is alive: its pid in the lock stands for a running batch
    writeFileSync(join(t.out, '.visint-batch.lock'), JSON.stringify({ pid: process.pid, host: hostname(), started: 'now' }));
    writeFileSync(join(t.out, '.visint-journal.jsonl'), '{"source":"x"}\n');
    const r = visint(['batch', t.input, '-o', t.out, '-f', 'svg', '-j', '1'], { timeoutMs: 30_000 });
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(new RegExp(`output folder .* is in use by another visint batch \\(pid ${process.pid}`));
    expect(r.stderr).not.toMatch(STACK);
    expect(readFileSync(join(t.out, '.visint-journal.jsonl'), 'utf8')).toBe('{"source":"x"}\n');
    expect(existsSync(join(t.out, 'manifest.json'))).toBe(false);
  });

  it('a lock left by a killed batch (its pid gone) is taken over, and released at the end', () => {
    const t = tree();
    mkdirSync(t.out);
    writeFileSync(join(t.out, '.visint-batch.lock'), JSON.stringify({ pid: 2 ** 22 - 3, host: hostname(), started: 'long ago' }));
    const r = visint(['batch', t.input, '-o', t.out, '-f', 'svg', '-j', '1'], { timeoutMs: 60_000 });
    expect(r.code, r.stderr).toBe(0);
    expect(existsSync(join(t.out, '.visint-batch.lock'))).toBe(false);
  });

  it('two batches started together into one OUT: one renders, the other fails clearly; the manifest is whole', async () => {
    const t = tree();
    for (let i = 0; i < 6; i++) writeFileSync(join(t.input, `a${i}.json`), minimal.replace('Tesla: Software-Defined Cars', `Company ${i}`));
    const run = () =>
      new Promise<{ code: number | null; stderr: string }>((resolve) => {
        const p = spawn(process.execPath, [BIN, 'batch', t.input, '-o', t.out, '-f', 'svg', '-j', '1'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
        let stderr = '';
        p.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
        p.on('close', (code) => resolve({ code, stderr }));
      });
    const [a, b] = await Promise.all([run(), run()]);
    const codes = [a.code, b.code].sort();
    if (codes[0] === 0 && codes[1] === 0) {
      // the first finished before the second started: both whole runs, nothing lost
      expect(manifestOf(t.out).analyses.length).toBe(7);
    } else {
      expect(codes).toEqual([0, 3]);
      expect([a, b].find((x) => x.code === 3)?.stderr).toMatch(/in use by another visint batch/);
      expect(manifestOf(t.out).analyses.filter((x) => x.status === 'rendered' || x.status === 'unchanged').length).toBe(7);
    }
    expect(existsSync(join(t.out, '.visint-batch.lock'))).toBe(false);
  }, 120_000);
});
