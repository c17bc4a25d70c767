import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { filesUnder, mtimes, readManifest, removeTempDirs, ROOT, tempDir, visint, writeJson } from './batch-kit.js';

// Good fixtures that have a strategy map, plus broken ones with the JSON path of their first error.
const GOOD = ['meta-llama', 'minimal', 'one-satellite', 'three-satellites', 'unicode', 'markup-labels'];
const expectedPaths = JSON.parse(readFileSync(join(ROOT, 'fixtures/invalid/expected.json'), 'utf8')) as Record<string, string>;
const BROKEN = ['duplicate-node-id.json', 'truncated.json', 'unknown-edge-target.json', 'wrong-type-label.json'];
const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');

let input: string;
let out: string;
let first: ReturnType<typeof visint>;

beforeAll(() => {
  input = tempDir();
  out = join(tempDir(), 'out');
  for (const g of GOOD) copyFileSync(join(ROOT, 'fixtures', `${g}.json`), join(input, `${g}.json`));
  mkdirSync(join(input, 'broken'));
  for (const b of BROKEN) copyFileSync(join(ROOT, 'fixtures/invalid', b), join(input, 'broken', b));
  first = visint(['batch', input, '-o', out, '-d', 'strategy-map', '-j', '2']);
});
afterAll(removeTempDirs);

describe('visint batch over fixtures and broken files', () => {
  it('exits 1, keeps standard output empty, and still renders every good analysis', () => {
    expect(first.stderr).toMatch(/batch: 10 analyses: 6 rendered, 0 unchanged, 4 failed/);
    expect(first.code).toBe(1);
    expect(first.stdout).toBe('');
    const m = readManifest(out);
    const rendered = m.analyses.filter((a: any) => a.status === 'rendered');
    expect(rendered.map((a: any) => a.source).sort()).toEqual(GOOD.map((g) => join(input, `${g}.json`)).sort());
    for (const a of rendered) expect(a.files.map((f: any) => f.path)).toEqual([`${a.id}/strategy-map.svg`, `${a.id}/strategy-map.png`]);
  });

  it('lists each broken analysis with its errors and their JSON paths', () => {
    const failed = readManifest(out).analyses.filter((a: any) => a.status === 'failed');
    expect(failed).toHaveLength(BROKEN.length);
    for (const a of failed) {
      const name = a.source.split('/').pop();
      expect(a.kind).toBe('invalid');
      expect(a.errors.map((e: any) => e.path)).toContain(expectedPaths[name]);
    }
    expect(first.stderr).toContain(`${join(input, 'broken', 'unknown-edge-target.json')}`);
  });

  it('records size, pixels, sha256, render time, alt text and warnings per file, true to the bytes on disk', () => {
    const m = readManifest(out);
    expect(m.options).toMatchObject({ diagrams: ['strategy-map'], formats: ['svg', 'png'], width: 1200, height: 630 });
    for (const a of m.analyses.filter((x: any) => x.status === 'rendered')) {
      for (const f of a.files) {
        const bytes = readFileSync(join(out, f.path));
        expect(f).toMatchObject({ diagram: 'strategy-map', bytes: bytes.length, width: 1200, height: 630, sha256: sha(bytes) });
        expect(f.renderMs).toBeGreaterThan(0);
        expect(f.alt.short.length).toBeGreaterThan(10);
        expect(Array.isArray(f.warnings)).toBe(true);
      }
    }
  });

  it('records the real pixel size of email @2x PNGs (resampled to 1200 px wide)', () => {
    const mail = join(tempDir(), 'mail');
    expect(visint(['batch', join(ROOT, 'fixtures', 'meta-llama.json'), '-o', mail, '-d', 'strategy-map', '-s', 'newsletter']).code).toBe(0);
    const png = readManifest(mail).analyses[0].files.find((f: any) => f.format === 'png');
    const bytes = readFileSync(join(mail, png.path));
    expect([png.width, png.height]).toEqual([bytes.readUInt32BE(16), bytes.readUInt32BE(20)]);
    expect(png.width).toBe(1200);
  });

  it('writes the same bytes as `visint render`, file by file', () => {
    const single = tempDir();
    for (const g of ['meta-llama', 'unicode', 'markup-labels']) {
      expect(visint(['render', join(input, `${g}.json`), '-d', 'strategy-map', '-o', single]).code).toBe(0);
    }
    const renderFiles = filesUnder(single);
    expect(renderFiles.length).toBe(6);
    for (const f of renderFiles) expect(readFileSync(join(out, f)).equals(readFileSync(join(single, f))), f).toBe(true);
  });

  it('renders nothing on an unchanged rerun, and prints the summary as JSON with --json', () => {
    const before = mtimes(out);
    const again = visint(['batch', input, '-o', out, '-d', 'strategy-map', '--json']);
    expect(again.code).toBe(1);
    const summary = JSON.parse(again.stdout);
    expect(summary).toMatchObject({ analyses: 10, rendered: 0, unchanged: 6, failed: 4, filesWritten: 0 });
    expect(summary.failures.map((f: any) => f.kind)).toEqual(['invalid', 'invalid', 'invalid', 'invalid']);
    expect(mtimes(out)).toEqual(before);
    expect(readManifest(out).analyses.filter((a: any) => a.status === 'unchanged')).toHaveLength(6);
  });

  it('re-renders only what changed: an edited input, a changed option, or --force', () => {
    const edited = join(input, 'minimal.json');
    const a = JSON.parse(readFileSync(edited, 'utf8'));
    a.strategyMap.thesis = 'Software eats the car';
    writeJson(edited, a);
    const one = JSON.parse(visint(['batch', input, '-o', out, '-d', 'strategy-map', '--json']).stdout);
    expect(one).toMatchObject({ rendered: 1, unchanged: 5 });
    const themed = JSON.parse(visint(['batch', input, '-o', out, '-d', 'strategy-map', '-t', 'business-engineer-light', '--json']).stdout);
    expect(themed).toMatchObject({ rendered: 6, unchanged: 0 });
    const forced = JSON.parse(visint(['batch', input, '-o', out, '-d', 'strategy-map', '-t', 'business-engineer-light', '--json', '--force']).stdout);
    expect(forced).toMatchObject({ rendered: 6, unchanged: 0 });
  });

  it('renders again an analysis whose output file was damaged since the last run', () => {
    const m = readManifest(out);
    const victim = m.analyses.find((x: any) => x.status !== 'failed').files[1].path;
    writeFileSync(join(out, victim), 'truncated');
    const r = JSON.parse(visint(['batch', input, '-o', out, '-d', 'strategy-map', '-t', 'business-engineer-light', '--json']).stdout);
    expect(r).toMatchObject({ rendered: 1, unchanged: 5 });
    expect(readFileSync(join(out, victim)).subarray(1, 4).toString()).toBe('PNG');
  });

  it('re-renders everything when the theme file changes, even under the same name', () => {
    const theme = join(tempDir(), 'brand.json');
    const original = JSON.parse(readFileSync(join(ROOT, 'themes/business-engineer.json'), 'utf8'));
    writeJson(theme, original);
    const args = ['batch', input, '-o', out, '-d', 'strategy-map', '-f', 'svg', '-t', theme, '--json'];
    expect(JSON.parse(visint(args).stdout)).toMatchObject({ rendered: 6 });
    expect(JSON.parse(visint(args).stdout)).toMatchObject({ rendered: 0, unchanged: 6 });
    const before = readFileSync(join(out, 'meta-llama/strategy-map.svg'));
    writeJson(theme, { ...original, wordmark: 'THE BRAND ENGINEER' });
    expect(JSON.parse(visint(args).stdout)).toMatchObject({ rendered: 6, unchanged: 0 });
    expect(readFileSync(join(out, 'meta-llama/strategy-map.svg')).equals(before)).toBe(false);
  });
});
