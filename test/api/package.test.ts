import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

describe('the npm package', () => {
  it('ships only what runs: dist, bin, themes, schemas (no tests, benchmarks, fixtures or sources)', () => {
    const out = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { encoding: 'utf8', timeout: 60_000 });
    const files: string[] = JSON.parse(out)[0].files.map((f: { path: string }) => f.path);
    const tops = new Set(files.map((f) => f.split('/')[0]));
    expect([...tops].sort()).toEqual(['README.md', 'bin', 'dist', 'package.json', 'schema', 'themes']);
    for (const needed of ['bin/visint.js', 'dist/index.js', 'dist/index.d.ts', 'dist/render-worker.js', 'schema/theme.schema.json', 'themes/business-engineer.json']) expect(files).toContain(needed);
    expect(files.some((f) => f.startsWith('dist/font-metrics/'))).toBe(true);
  });
});
