import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { analysis, BIN, filesUnder, readManifest, removeTempDirs, ROOT, tempDir, visint, writeJson } from './batch-kit.js';

afterAll(removeTempDirs);
const FAST = ['-d', 'strategy-map', '-f', 'svg'];

describe('visint batch refuses what would overwrite or escape', () => {
  it('reports both analyses that claim the same id (even up to case) and writes neither', () => {
    const dir = tempDir();
    const out = join(dir, 'out');
    writeJson(join(dir, 'in/a.json'), { ...analysis(1), id: undefined, title: 'Acme Growth' });
    writeJson(join(dir, 'in/b.json'), { ...analysis(2), id: undefined, title: 'ACME growth' });
    writeJson(join(dir, 'in/c.json'), analysis(3));
    const r = visint(['batch', join(dir, 'in'), '-o', out, ...FAST]);
    expect(r.code).toBe(1);
    const failed = readManifest(out).analyses.filter((a: any) => a.status === 'failed');
    expect(failed.map((a: any) => a.source)).toEqual([join(dir, 'in/a.json'), join(dir, 'in/b.json')]);
    expect(failed[0].errors[0]).toMatchObject({ path: 'id' });
    expect(failed[0].errors[0].message).toContain(join(dir, 'in/b.json'));
    expect(failed[1].errors[0].message).toContain(join(dir, 'in/a.json'));
    expect(existsSync(join(out, 'acme-growth'))).toBe(false);
    expect(existsSync(join(out, 'gen-3/strategy-map.svg'))).toBe(true);
  });

  it('keeps an id with ../ or an absolute path inside OUT (it is refused as input)', () => {
    const dir = tempDir();
    const out = join(dir, 'nest/out');
    writeJson(join(dir, 'in/up.json'), analysis(1, { id: '../escaped' }));
    writeJson(join(dir, 'in/abs.json'), analysis(2, { id: join(dir, 'abs') }));
    const r = visint(['batch', join(dir, 'in'), '-o', out, ...FAST]);
    expect(r.code).toBe(1);
    expect(readManifest(out).analyses.map((a: any) => a.errors[0].path)).toEqual(['id', 'id']);
    expect(readdirSync(join(dir, 'nest')).sort()).toEqual(['out']);
    expect(existsSync(join(dir, 'abs'))).toBe(false);
    expect(filesUnder(out)).toEqual(['manifest.json']);
  });

  it('refuses to write through a symlink standing at OUT/<id>, and goes on with the rest', () => {
    const dir = tempDir();
    const out = join(dir, 'out');
    const outside = join(dir, 'outside');
    mkdirSync(outside);
    mkdirSync(out);
    symlinkSync(outside, join(out, 'gen-1'));
    writeJson(join(dir, 'in/one.json'), analysis(1));
    writeJson(join(dir, 'in/two.json'), analysis(2));
    const r = visint(['batch', join(dir, 'in'), '-o', out, ...FAST, '--json']);
    expect(r.code).toBe(3);
    expect(JSON.parse(r.stdout)).toMatchObject({ rendered: 1, failed: 1, failures: [{ id: 'gen-1', kind: 'render' }] });
    expect(readdirSync(outside)).toEqual([]);
    expect(existsSync(join(out, 'gen-2/strategy-map.svg'))).toBe(true);
  });
});

describe('visint batch output folder and arguments', () => {
  it('fails fast with a clear message when OUT cannot be a folder', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'file'), 'x');
    writeJson(join(dir, 'in/one.json'), analysis(1));
    for (const out of [join(dir, 'file'), join(dir, 'file/sub')]) {
      const r = visint(['batch', join(dir, 'in'), '-o', out]);
      expect(r.code).toBe(3);
      expect(r.stderr).toContain(`visint: output folder ${out} is not usable`);
      expect(r.stderr).not.toContain('batch:');
    }
  });

  // As root, permissions do not stop writes: a read-only tmpfs does (skipped where mounting is not allowed).
  const readOnlyDir = (): { dir: string; undo: () => void } | undefined => {
    const dir = join(tempDir(), 'ro');
    mkdirSync(dir);
    if (process.getuid?.() !== 0) {
      chmodSync(dir, 0o555);
      return { dir, undo: () => chmodSync(dir, 0o755) };
    }
    const m = spawnSync('mount', ['-t', 'tmpfs', '-o', 'ro,size=1m', 'tmpfs', dir]);
    return m.status === 0 ? { dir, undo: () => spawnSync('umount', [dir]) } : undefined;
  };

  it('fails fast on a read-only output folder', (ctx) => {
    const ro = readOnlyDir();
    if (!ro) return ctx.skip();
    const input = join(tempDir(), 'one.json');
    writeJson(input, analysis(1));
    try {
      const r = visint(['batch', input, '-o', ro.dir]);
      expect(r.code).toBe(3);
      expect(r.stderr).toMatch(/visint: output folder .* is not usable: .*(EACCES|EROFS)/);
      expect(r.stderr).not.toContain('batch:');
    } finally {
      ro.undo();
    }
  });

  it('searches folders recursively, takes file arguments as given, and counts a missing path as a failure', () => {
    const dir = tempDir();
    writeJson(join(dir, 'in/top.json'), analysis(1));
    writeJson(join(dir, 'in/deep/er/low.json'), analysis(2));
    writeJson(join(dir, 'in/.hidden/skip.json'), analysis(3));
    writeJson(join(dir, 'in/notes.txt'), 'not json');
    writeJson(join(dir, 'other.json'), analysis(4));
    const out = join(dir, 'out');
    const r = visint(['batch', join(dir, 'in'), join(dir, 'other.json'), join(dir, 'in/top.json'), join(dir, 'missing.json'), '-o', out, ...FAST]);
    expect(r.code).toBe(1);
    expect(readManifest(out).analyses.map((a: any) => [a.source.slice(dir.length + 1), a.status])).toEqual([
      ['in/deep/er/low.json', 'rendered'],
      ['in/top.json', 'rendered'],
      ['other.json', 'rendered'],
      ['missing.json', 'failed'],
    ]);
  });

  it('stops an analysis that renders for too long; it fails alone (exit 3) and the batch ends', () => {
    const dir = tempDir();
    writeJson(join(dir, 'in/one.json'), analysis(1));
    writeJson(join(dir, 'in/two.json'), analysis(2));
    const r = visint(['batch', join(dir, 'in'), '-o', join(dir, 'out'), ...FAST, '--json'], { VISINT_BATCH_TIMEOUT_MS: '1' });
    expect(r.code).toBe(3);
    const s = JSON.parse(r.stdout);
    expect(s).toMatchObject({ failed: 2, rendered: 0 });
    expect(s.failures[0].errors[0].message).toMatch(/did not finish within 0.001 s/);
    // each was tried once more before it was given up
    expect(r.stderr.match(/did not finish within 0\.001 s and was stopped; trying it once more/g)).toHaveLength(2);
  });

  it('renders every analysis when the deadline passed only because the batch got no CPU (stopped longer than the deadline)', async () => {
    const dir = tempDir();
    const out = join(dir, 'out');
    for (let i = 0; i < 60; i++) writeJson(join(dir, `in/a-${i}.json`), analysis(i));
    const child = spawn(process.execPath, [BIN, 'batch', join(dir, 'in'), '-o', out, '-d', 'strategy-map', '-f', 'svg,png', '-j', '2', '--json'], { cwd: ROOT, env: { ...process.env, VISINT_BATCH_TIMEOUT_MS: '5000' } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const exited = new Promise<number | null>((r) => child.on('exit', r));
    // once rendering is under way, the whole process gets no CPU for longer than the deadline
    // (a deadline of 5 s: on a loaded machine, the retry's fresh thread takes a while to start)
    const started = Date.now();
    while (!(existsSync(out) && readdirSync(out).some((f) => f.startsWith('gen-'))) && Date.now() - started < 30_000) await new Promise((r) => setTimeout(r, 10));
    child.kill('SIGSTOP');
    await new Promise((r) => setTimeout(r, 6000));
    child.kill('SIGCONT');
    expect(await exited, stderr).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ rendered: 60, failed: 0 });
    // the analyses in flight were stopped by the deadline and rendered on their second try
    expect(stderr).toMatch(/did not finish within 5 s and was stopped; trying it once more/);
  }, 60_000);

  it('rejects a bad --jobs and -o - as usage errors (exit 2)', () => {
    expect(visint(['batch', 'fixtures', '-j', '0']).code).toBe(2);
    expect(visint(['batch', 'fixtures', '-j', 'many']).stderr).toContain('--jobs');
    expect(visint(['batch', 'fixtures', '-o', '-']).code).toBe(2);
  });
});

describe('npm run render:fixtures (batch fixtures/*.json)', () => {
  it('renders every top-level fixture and none of fixtures/invalid; the folder form recurses into it', () => {
    const out = join(tempDir(), 'out');
    const glob = spawnSync('sh', ['-c', `node bin/visint.js batch fixtures/*.json -o '${out}' -f svg --json`], { cwd: ROOT, encoding: 'utf8' });
    expect(glob.status, glob.stderr).toBe(0);
    const sources = readManifest(out).analyses.map((a: any) => a.source);
    expect(sources.length).toBe(readdirSync(join(ROOT, 'fixtures')).filter((f) => f.endsWith('.json')).length);
    expect(sources.every((s: string) => /^fixtures\/[^/]+\.json$/.test(s))).toBe(true);
    // same options and inputs: the good ones are unchanged; the folder form adds fixtures/invalid/*.json
    const folder = visint(['batch', 'fixtures', '-o', out, '-f', 'svg', '--json']);
    expect(folder.code).toBe(1);
    const s = JSON.parse(folder.stdout);
    expect(s).toMatchObject({ rendered: 0, unchanged: sources.length });
    expect(s.failures.every((f: any) => f.source.startsWith('fixtures/invalid/'))).toBe(true);
  });
});
