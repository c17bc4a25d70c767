import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const BIN = join(ROOT, 'bin', 'visint.js');
const FIX = join(ROOT, 'fixtures');

function visint(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, input, timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr.toString('utf8') };
}
const tmp = () => mkdtempSync(join(tmpdir(), 'visint-cli-'));

describe('visint render', () => {
  it('writes OUT/<id>/strategy-map.svg and .png for the Meta fixture', () => {
    const out = tmp();
    const r = visint(['render', join(FIX, 'meta-llama.json'), '-d', 'strategy-map', '-o', out]);
    expect(r.code).toBe(0);
    const dir = join(out, 'meta-llama');
    expect(readdirSync(dir).sort()).toEqual(['strategy-map.png', 'strategy-map.svg']);
    expect(readFileSync(join(dir, 'strategy-map.png')).subarray(1, 4).toString()).toBe('PNG');
    expect(readFileSync(join(dir, 'strategy-map.svg'), 'utf8')).toMatch(/^<svg [^>]*role="img"[\s\S]*<\/svg>\n$/);
  });

  it('prints layout.json to standard output with -o - and nothing else on stdout', () => {
    const r = visint(['render', join(FIX, 'meta-llama.json'), '-d', 'strategy-map', '-f', 'layout', '-o', '-']);
    expect(r.code).toBe(0);
    const layout = JSON.parse(r.stdout.toString('utf8'));
    expect(layout).toMatchObject({ diagram: 'strategy-map', width: 1200, height: 630 });
    expect(layout.nodes[0]).toMatchObject({ id: 'llama', role: 'hub', label: { text: 'Meta Llama' } });
    expect(layout.nodes[0].label.box.width).toBeGreaterThan(0);
    expect(layout.edges.length).toBe(7);
    expect(layout.texts.map((t: { role: string }) => t.role)).toEqual(expect.arrayContaining(['title', 'thesis', 'caption', 'brand']));
  });

  it('reads standard input with "-" and honours --size and --scale', () => {
    const r = visint(['render', '-', '-d', 'strategy-map', '-f', 'png', '-s', 'square', '--scale', '2', '-o', '-'], readFileSync(join(FIX, 'minimal.json'), 'utf8'));
    expect(r.code).toBe(0);
    expect([r.stdout.readUInt32BE(16), r.stdout.readUInt32BE(20)]).toEqual([2160, 2160]);
  });

  it('accepts a theme file by path', () => {
    const r = visint(['render', join(FIX, 'minimal.json'), '-d', 'strategy-map', '-f', 'svg', '-t', join(ROOT, 'themes', 'business-engineer-light.json'), '-o', '-']);
    expect(r.code).toBe(0);
    expect(r.stdout.toString()).toContain('fill="#FFFFFF"');
  });

  it.each([
    [['-d', 'nonsense'], /unknown diagram "nonsense"/],
    [['-s', '100x100'], /400 to 2400/],
    [['-s', 'huge'], /neither a preset/],
    [['--scale', '9'], /1 to 4/],
    [['-f', 'gif'], /unknown format/],
    [['-t', 'no-such-theme'], /unknown theme/],
  ])('rejects bad flags %j with exit 2 and a message', (flags, message) => {
    const out = tmp();
    const r = visint(['render', join(FIX, 'meta-llama.json'), ...flags, '-o', out]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(readdirSync(out)).toEqual([]);
  });

  it('refuses -o - when the render would make several files (exit 2)', () => {
    expect(visint(['render', join(FIX, 'meta-llama.json'), '-o', '-']).code).toBe(2);
  });
});

describe('broken analyses', () => {
  const expected: Record<string, string> = JSON.parse(readFileSync(join(FIX, 'invalid', 'expected.json'), 'utf8'));
  it.each(Object.entries(expected))('%s exits 1, names %s, writes nothing', (file, path) => {
    const out = tmp();
    const r = visint(['render', join(FIX, 'invalid', file), '-o', out]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${file}`);
    expect(r.stderr).toContain(path === '' ? '(root)' : `: ${path}`);
    expect(readdirSync(out)).toEqual([]);
  });

  it('a missing input file is an input error (exit 1), not a crash', () => {
    const r = visint(['render', join(FIX, 'nope.json')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/cannot read/);
  });
});

describe('visint validate and themes', () => {
  it('validate: ok files exit 0; any broken file exits 1 with file:line:col for syntax errors', () => {
    expect(visint(['validate', join(FIX, 'meta-llama.json'), join(FIX, 'unicode.json')]).code).toBe(0);
    const r = visint(['validate', join(FIX, 'meta-llama.json'), join(FIX, 'invalid', 'trailing-comma.json')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/trailing-comma\.json:\d+:\d+: /);
  });

  it('themes lists the bundled themes', () => {
    const r = visint(['themes']);
    expect(r.code).toBe(0);
    expect(r.stdout.toString()).toMatch(/^business-engineer\t/m);
    expect(r.stdout.toString()).toMatch(/^business-engineer-light\t/m);
  });

  it('every command has --help', () => {
    for (const cmd of ['render', 'validate', 'themes']) {
      const r = visint([cmd, '--help']);
      expect(r.code).toBe(0);
      expect(r.stdout.toString()).toContain(`Usage: visint ${cmd}`);
    }
  });

  it('an unknown command is a usage error (exit 2)', () => {
    expect(visint(['explode']).code).toBe(2);
  });
});

describe('no partial output', () => {
  it('leaves no temp files behind after a render', () => {
    const out = tmp();
    visint(['render', join(FIX, 'meta-llama.json'), '-d', 'strategy-map', '-o', out]);
    expect(readdirSync(join(out, 'meta-llama')).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    expect(existsSync(join(out, 'meta-llama', 'strategy-map.png'))).toBe(true);
  });
});
