import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { afterAll, describe, expect, it } from 'vitest';
import { analysis, filesUnder, readManifest, removeTempDirs, startVisint, tempDir, visint, writeJson } from './batch-kit.js';

afterAll(removeTempDirs);

const COUNT = 40;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Every file under a final name is whole: PNGs decode, SVGs end with their closing tag. */
function assertOnlyCompleteFiles(out: string): string[] {
  const files = filesUnder(out);
  for (const f of files) {
    if (f.endsWith('.png')) expect(() => PNG.sync.read(readFileSync(join(out, f))), f).not.toThrow();
    if (f.endsWith('.svg')) expect(readFileSync(join(out, f), 'utf8').endsWith('</svg>\n'), f).toBe(true);
  }
  return files;
}

describe('visint batch killed halfway (kill -9) and run again', () => {
  it('leaves only complete files, then the rerun resumes and finishes the rest', async () => {
    const dir = tempDir();
    const input = join(dir, 'in');
    const out = join(dir, 'out');
    for (let i = 0; i < COUNT; i++) writeJson(join(input, `a-${String(i).padStart(2, '0')}.json`), analysis(i));
    const args = ['batch', input, '-o', out, '-d', 'strategy-map', '-f', 'svg,png'];

    const child = startVisint([...args, '-j', '1']);
    const exited = new Promise((r) => child.on('exit', r));
    const started = Date.now();
    while (filesUnder(out).filter((f) => f.endsWith('.png')).length < 3 && Date.now() - started < 30_000) await sleep(20);
    child.kill('SIGKILL');
    await exited;

    const afterKill = assertOnlyCompleteFiles(out);
    const pngs = afterKill.filter((f) => f.endsWith('.png')).length;
    expect(pngs).toBeGreaterThanOrEqual(3);
    expect(pngs).toBeLessThan(COUNT);
    expect(afterKill).not.toContain('manifest.json');
    // what a kill in the middle of writeAtomic leaves: a half-written temp file beside the outputs
    writeJson(join(out, `gen-${COUNT - 1}`, '.0123456789ab.tmp'), 'half a PNG');

    const rerun = visint([...args, '--json']);
    expect(rerun.code).toBe(0);
    const summary = JSON.parse(rerun.stdout);
    // what the killed run finished is not rendered again
    expect(summary.unchanged).toBeGreaterThanOrEqual(pngs - 1);
    expect(summary.rendered + summary.unchanged).toBe(COUNT);
    const final = assertOnlyCompleteFiles(out);
    expect(final.filter((f) => /^gen-\d+\/strategy-map\.(svg|png)$/.test(f))).toHaveLength(2 * COUNT);
    // no temp file of the killed run and no journal are left behind
    expect(final.filter((f) => !/^gen-\d+\/strategy-map\.(svg|png)$/.test(f))).toEqual(['manifest.json']);
    expect(readManifest(out).analyses.every((a: any) => a.status !== 'failed')).toBe(true);
  });
});
