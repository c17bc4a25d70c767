import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { BIN, filesUnder, META, MINIMAL, STACK, tmp, visint } from './kit.js';

/**
 * Hostile command lines and input files: each case asserts the exit code, that the message
 * names the problem (and the JSON path where there is one), that nothing was written to the
 * output folder, that no stack trace was printed, and that it finished within its bound.
 */

interface Case {
  name: string;
  /** builds the arguments in a fresh folder `dir`; the output folder is `dir/out` */
  args: (dir: string) => string[];
  code: number;
  message: RegExp;
  /** standard input bytes */
  input?: (dir: string) => string | Buffer;
  ms?: number;
  /** longest accepted standard error, in characters */
  maxStderr?: number;
  /** text that must not appear in standard error (a secret from the input) */
  absent?: RegExp;
}

const minimal = readFileSync(MINIMAL, 'utf8');
const fifo = (dir: string, name = 'pipe.json') => {
  const p = join(dir, name);
  execFileSync('mkfifo', [p]);
  return p;
};
const file = (dir: string, name: string, data: string | Buffer) => {
  const p = join(dir, name);
  writeFileSync(p, data);
  return p;
};
const render = (dir: string, input: string, ...rest: string[]) => ['render', input, '-o', join(dir, 'out'), ...rest];
const withBytes = (bytes: number[]) => Buffer.concat([Buffer.from('{"version":1,"title":"Caf'), Buffer.from(bytes), Buffer.from('","strategyMap":{"center":"A","nodes":["B"]}}')]);
const utf16 = (le: boolean) => {
  const body = Buffer.from(minimal, 'utf16le');
  if (!le) for (let i = 0; i < body.length; i += 2) [body[i], body[i + 1]] = [body[i + 1]!, body[i]!];
  return Buffer.concat([Buffer.from(le ? [0xff, 0xfe] : [0xfe, 0xff]), body]);
};

/** A theme inside its schema (every size at its maximum) that no layout of the flywheel can fit on 400×400. */
const hugeTheme = JSON.stringify({
  extends: 'business-engineer',
  name: 'huge',
  type: Object.fromEntries(['title', 'subtitle', 'hub', 'node', 'note', 'caption', 'thesis', 'badge'].map((t) => [t, { size: 120, weight: 700, lineHeight: 2 }])),
  spacing: { margin: 80, gap: 64, padding: 40 },
});

/** A strategy map with `n` edges among a hub and 12 nodes (the 132–156-edge maps took minutes). */
const denseMap = (n: number) => {
  const nodes = Array.from({ length: 12 }, (_, i) => `Node number ${i + 1}`);
  const ids = ['hub', ...nodes.map((x) => x.toLowerCase().replace(/ /g, '-'))];
  const edges = ids.flatMap((a) => ids.filter((b) => b !== a).map((b) => ({ from: a, to: b }))).slice(0, n);
  return JSON.stringify({ version: 1, title: 'Every edge', strategyMap: { center: { id: 'hub', label: 'Hub' }, nodes, edges } });
};

const cases: Case[] = [
  // special files: refused before opening, so nothing blocks
  { name: 'render of a FIFO', args: (d) => render(d, fifo(d)), code: 1, message: /pipe\.json.*named pipe \(FIFO\)/ },
  { name: 'validate of a FIFO', args: (d) => ['validate', fifo(d)], code: 1, message: /named pipe/ },
  { name: 'theme file that is a FIFO', args: (d) => render(d, META, '-d', 'quote', '-t', fifo(d, 'theme.json')), code: 2, message: /theme .*theme\.json.*named pipe/ },
  { name: 'theme /dev/zero', args: (d) => render(d, META, '-d', 'quote', '-t', '/dev/zero'), code: 2, message: /\/dev\/zero.*device/ },
  { name: 'analysis /dev/zero', args: (d) => render(d, '/dev/zero'), code: 1, message: /\/dev\/zero.*device/ },
  { name: 'analysis /dev/urandom', args: (d) => ['validate', '/dev/urandom'], code: 1, message: /device/ },
  { name: 'analysis is a folder', args: (d) => render(d, d), code: 1, message: /folder/ },
  { name: 'validate of a folder', args: (d) => ['validate', d], code: 1, message: /folder/ },
  { name: 'theme is a folder', args: (d) => render(d, META, '-d', 'quote', '-t', `${d}/`), code: 2, message: /folder/ },
  { name: 'missing analysis file', args: (d) => render(d, join(d, 'nope.json')), code: 1, message: /nope\.json.*ENOENT/ },
  { name: 'symlink to /dev/zero as analysis', args: (d) => { const p = join(d, 'z.json'); symlinkSync('/dev/zero', p); return render(d, p); }, code: 1, message: /z\.json.*device/ },
  { name: 'symlink to a FIFO as theme', args: (d) => { const p = join(d, 't.json'); symlinkSync(fifo(d), p); return render(d, META, '-d', 'quote', '-t', p); }, code: 2, message: /named pipe/ },
  { name: 'analysis over 1 MiB', args: (d) => render(d, file(d, 'big.json', ' '.repeat(1024 * 1024 + 10) + minimal)), code: 1, message: /over the 1 MiB limit/ },
  { name: 'theme file over its limit', args: (d) => render(d, META, '-d', 'quote', '-t', file(d, 'big-theme.json', ' '.repeat(300 * 1024))), code: 2, message: /over the 256 KiB limit/ },
  { name: 'standard input over 1 MiB', args: (d) => render(d, '-'), input: () => ' '.repeat(1024 * 1024 + 10), code: 1, message: /standard input.*1 MiB limit/ },
  { name: 'empty input file name', args: (d) => render(d, ''), code: 2, message: /file name is empty/ },
  // encodings
  { name: 'invalid UTF-8 byte 0xff', args: (d) => render(d, file(d, 'bad.json', withBytes([0xff]))), code: 1, message: /not valid UTF-8: bad byte 0xff at byte offset 25 \(line 1\)/ },
  { name: 'overlong UTF-8 (C0 AF)', args: (d) => ['validate', file(d, 'overlong.json', withBytes([0xc0, 0xaf]))], code: 1, message: /not valid UTF-8: bad byte 0xc0 at byte offset 25/ },
  { name: 'UTF-8 encoded surrogate (ED A0 80)', args: (d) => ['validate', file(d, 'surrogate.json', withBytes([0xed, 0xa0, 0x80]))], code: 1, message: /bad byte 0xed at byte offset 25/ },
  { name: 'truncated multi-byte sequence', args: (d) => ['validate', file(d, 'cut.json', withBytes([0xe2, 0x82]))], code: 1, message: /byte offset 25/ },
  { name: 'Latin-1 file (é as 0xE9)', args: (d) => ['validate', file(d, 'latin1.json', Buffer.from('{\n"version":1,\n"title":"Caf\xe9","strategyMap":{"center":"A","nodes":["B"]}}', 'latin1'))], code: 1, message: /bad byte 0xe9 at byte offset 27 \(line 3\)/ },
  { name: 'invalid UTF-8 on standard input', args: (d) => render(d, '-'), input: () => withBytes([0xfe]), code: 1, message: /standard input is not valid UTF-8/ },
  { name: 'UTF-16 without a BOM', args: (d) => ['validate', file(d, 'u16.json', Buffer.from(minimal, 'utf16le'))], code: 1, message: /UTF-16 without a byte-order mark/ },
  { name: 'UTF-16 BOM with an odd byte count', args: (d) => ['validate', file(d, 'odd.json', Buffer.concat([utf16(true), Buffer.from([0x20])]))], code: 1, message: /odd number of bytes/ },
  { name: 'theme file in Latin-1', args: (d) => render(d, META, '-d', 'quote', '-t', file(d, 'l1-theme.json', Buffer.from('{"name":"caf\xe9"}', 'latin1'))), code: 2, message: /theme .*not valid UTF-8/ },
  // option values
  { name: '-s constructor', args: (d) => render(d, META, '-s', 'constructor'), code: 2, message: /--size: size "constructor" is neither a preset/ },
  { name: '-s __proto__', args: (d) => render(d, META, '-s', '__proto__'), code: 2, message: /--size: size "__proto__"/ },
  { name: '-s toString', args: (d) => render(d, META, '-s', 'toString'), code: 2, message: /--size: size "toString"/ },
  { name: '-s hasOwnProperty', args: (d) => render(d, META, '-s', 'hasOwnProperty'), code: 2, message: /--size/ },
  { name: '-s 2400x2400 --scale 4 (over the pixel limit)', args: (d) => render(d, META, '-s', '2400x2400', '--scale', '4'), code: 2, message: /--scale: a 2400x2400 PNG at scale 4 would be 92\.2 megapixels.*use scale 2 or less/ },
  { name: '-s 399x400', args: (d) => render(d, META, '-s', '399x400'), code: 2, message: /--size: canvas sides must be whole numbers from 400 to 2400/ },
  { name: '-s 2401x400', args: (d) => render(d, META, '-s', '2401x400'), code: 2, message: /from 400 to 2400/ },
  { name: '-s 0x0', args: (d) => render(d, META, '-s', '0x0'), code: 2, message: /--size/ },
  { name: '-s -5x400', args: (d) => render(d, META, '-s', '-5x400'), code: 2, message: /--size/ },
  { name: '--scale 0', args: (d) => render(d, META, '--scale', '0'), code: 2, message: /--scale: must be a whole number from 1 to 4/ },
  { name: '--scale 5', args: (d) => render(d, META, '--scale', '5'), code: 2, message: /--scale/ },
  { name: '--scale 1.5', args: (d) => render(d, META, '--scale', '1.5'), code: 2, message: /--scale/ },
  { name: '--scale empty', args: (d) => render(d, META, '--scale', ''), code: 2, message: /--scale/ },
  { name: '-o empty', args: () => ['render', META, '-o', ''], code: 2, message: /--out: the output folder name is empty/ },
  { name: '-d empty', args: (d) => render(d, META, '-d', ''), code: 2, message: /--diagram: give at least one diagram name/ },
  { name: '-d ","', args: (d) => render(d, META, '-d', ','), code: 2, message: /--diagram: give at least one/ },
  { name: '-f empty', args: (d) => render(d, META, '-f', ''), code: 2, message: /--format: give at least one format/ },
  { name: '-f jpg', args: (d) => render(d, META, '-f', 'jpg'), code: 2, message: /--format: unknown format "jpg"/ },
  { name: '-d unknown', args: (d) => render(d, META, '-d', 'pie-chart'), code: 2, message: /--diagram: unknown diagram "pie-chart"/ },
  { name: '--hero-diagram hero', args: (d) => render(d, META, '--hero-diagram', 'hero'), code: 2, message: /--hero-diagram: unknown diagram "hero"/ },
  { name: '--profile print', args: (d) => render(d, META, '--profile', 'print'), code: 2, message: /--profile: unknown profile "print"/ },
  { name: '--profile email --scale 3', args: (d) => render(d, META, '--profile', 'email', '--scale', '3'), code: 2, message: /email profile always draws at 2x/ },
  { name: '-t empty', args: (d) => render(d, META, '-t', ''), code: 2, message: /--theme: the theme name is empty/ },
  { name: '-t unknown name', args: (d) => render(d, META, '-d', 'quote', '-t', 'neon'), code: 2, message: /unknown theme "neon"/ },
  { name: '-t a file that is not JSON quotes no more than a few characters', args: (d) => render(d, META, '-d', 'quote', '-t', file(d, 'secret.json', 'AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMIK7MDENGbPxRfiCYEXAMPLEKEY\n')), code: 2, message: /theme .*secret\.json is not valid JSON/ },
  { name: 'a theme within its schema that does not fit the canvas: exit 3, no stack', args: (d) => render(d, META, '-d', 'flywheel,patterns', '-s', '400x400', '-t', file(d, 'huge.json', hugeTheme)), code: 3, message: /flywheel: could not be drawn: the flywheel does not fit this canvas; try a larger --size[^]*patterns: could not be drawn: the patterns do not fit this canvas/ },
  { name: 'a strategy map with 132 edges is refused at its path, at once', args: (d) => render(d, file(d, 'e132.json', denseMap(132)), '-d', 'strategy-map'), code: 1, message: /strategyMap\.edges: must have at most 40 items, got 132/, ms: 20_000 },
  { name: 'a strategy map with 156 edges is refused at its path, at once', args: (d) => render(d, file(d, 'e156.json', denseMap(156)), '-d', 'strategy-map'), code: 1, message: /strategyMap\.edges: must have at most 40 items, got 156/, ms: 20_000 },
  { name: 'a diagram whose section is missing', args: (d) => render(d, MINIMAL, '-d', 'flywheel'), code: 1, message: /diagram "flywheel" needs a section this analysis does not have/ },
  { name: 'hero around a missing section', args: (d) => render(d, MINIMAL, '-d', 'hero', '--hero-diagram', 'flywheel'), code: 1, message: /--hero-diagram: "flywheel" needs a section/ },
  { name: '-o - with many outputs (refused before rendering)', args: () => ['render', META, '-o', '-'], code: 2, message: /-o - writes one file, but this render makes 18/ },
  { name: 'batch -o -', args: () => ['batch', MINIMAL, '-o', '-'], code: 2, message: /batch writes many files/ },
  { name: 'batch --jobs 0', args: (d) => ['batch', MINIMAL, '-o', join(d, 'out'), '--jobs', '0'], code: 2, message: /--jobs/ },
  { name: 'unknown option', args: (d) => render(d, META, '--colour', 'red'), code: 2, message: /unknown option '--colour'/ },
  // hostile JSON: short messages naming the path
  { name: '400 KB duplicate key', args: (d) => ['validate', file(d, 'dupkey.json', `{"version":1,"title":"T","${'k'.repeat(400_000)}":1,"${'k'.repeat(400_000)}":2}`)], code: 1, message: /Duplicate key "k{40}"… \(first defined at line 1, column 26\)/, maxStderr: 600 },
  { name: '40 KB unknown key', args: (d) => ['validate', file(d, 'bigkey.json', `{"version":1,"title":"T","strategyMap":{"center":"A","nodes":["B"]},"${'x'.repeat(40_000)}":1}`)], code: 1, message: /unknown field "x{40}"…/, maxStderr: 1000 },
  { name: '40 KB string where a number belongs', args: (d) => ['validate', file(d, 'bigstr.json', `{"version":1,"title":"T","patterns":[{"id":"${'9'.repeat(40_000)}","name":"N"}]}`)], code: 1, message: /patterns\[0\]\.id/, maxStderr: 1000 },
  { name: '400 KB of text in one string', args: (d) => ['validate', file(d, 'bigtext.json', `{"version":1,"title":"${'t'.repeat(400_000)}"}`)], code: 1, message: /400,\d{3} characters of text; the limit is 50,000/, maxStderr: 1000 },
  { name: '1e400 is a number out of range', args: (d) => ['validate', file(d, 'inf.json', '{"version":1,"title":"T","patterns":[{"id":1e400,"name":"N"}]}')], code: 1, message: /patterns\[0\]\.id: number "1e400" is out of range/ },
  { name: '-1e400 is a number out of range', args: (d) => ['validate', file(d, 'ninf.json', '{"version":1,"title":"T","patterns":[{"id":-1e400,"name":"N"}]}')], code: 1, message: /patterns\[0\]\.id: number "-1e400" is out of range/ },
  { name: 'a file of secrets is quoted by a few characters only', args: (d) => ['validate', file(d, 'env.json', 'HOME=/root\0AWS_SECRET=wJalrXUtnFEMIK7MDENG\0')], code: 1, message: /Unexpected symbol "HOME="/, maxStderr: 400, absent: /wJalrXUtn/ },
  { name: 'empty file', args: (d) => ['validate', file(d, 'empty.json', '')], code: 1, message: /input is empty/ },
  { name: 'only a BOM', args: (d) => ['validate', file(d, 'bom.json', '\ufeff')], code: 1, message: /input is empty/ },
  { name: 'reserved key __proto__', args: (d) => ['validate', file(d, 'proto.json', '{"version":1,"title":"T","__proto__":{"x":1},"strategyMap":{"center":"A","nodes":["B"]}}')], code: 1, message: /__proto__: reserved key "__proto__" is not allowed/ },
  { name: 'nesting 100 000 deep', args: (d) => ['validate', file(d, 'deep.json', '['.repeat(100_000) + ']'.repeat(100_000))], code: 1, message: /nesting is deeper than 64 levels/ },
  { name: 'JSON null', args: (d) => ['validate', file(d, 'null.json', 'null')], code: 1, message: /expected|object/ },
  { name: 'a JSON array', args: (d) => ['validate', file(d, 'arr.json', '[1,2,3]')], code: 1, message: /expected|object/ },
];

describe('hostile command lines and input files', () => {
  it.each(cases)('$name', (c) => {
    const dir = tmp();
    const args = c.args(dir);
    // generous bounds: the point is that nothing hangs (a FIFO would block forever), and CI machines are shared
    const r = visint(args, { cwd: dir, ...(c.input ? { input: c.input(dir) } : {}), timeoutMs: 60_000 });
    expect(r.timedOut, 'did not finish in time').toBe(false);
    expect(r.code, r.stderr).toBe(c.code);
    expect(r.stderr).toMatch(c.message);
    expect(r.stderr).not.toMatch(STACK);
    expect(r.stderr).not.toMatch(/internal error/);
    expect(r.stderr.length).toBeLessThan(c.maxStderr ?? 4000);
    if (c.absent) expect(r.stderr).not.toMatch(c.absent);
    expect(filesUnder(join(dir, 'out'))).toEqual([]);
    expect(filesUnder(join(dir, 'output'))).toEqual([]);
    expect(r.ms).toBeLessThan(c.ms ?? 45_000);
  });

  it('a file of secrets passed as a theme is not quoted beyond a few characters', () => {
    const dir = tmp();
    const r = visint(render(dir, META, '-d', 'quote', '-t', file(dir, 'secret.json', 'AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMIK7MDENGbPxRfiCYEXAMPLEKEY\n')));
    expect(r.code).toBe(2);
    expect(r.stderr).not.toMatch(/wJalrXUtnFEMIK7MDENG/);
  });
});

describe('encodings that are accepted', () => {
  it.each([
    ['a UTF-8 byte-order mark', () => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(minimal)])],
    ['UTF-16LE with a byte-order mark', () => utf16(true)],
    ['UTF-16BE with a byte-order mark', () => utf16(false)],
  ])('%s validates and keeps the id', (_name, bytes) => {
    const dir = tmp();
    const r = visint(['validate', file(dir, 'in.json', bytes())]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/ok \(tesla-software-defined-cars\)/);
  });
});

describe('documented option values work', () => {
  it('-s 2400x2400 --scale 2 renders (23 MP, under the limit)', () => {
    const dir = tmp();
    const r = visint(render(dir, MINIMAL, '-d', 'strategy-map', '-f', 'png', '-s', '2400x2400', '--scale', '2'), { timeoutMs: 60_000 });
    expect(r.code, r.stderr).toBe(0);
    const png = readFileSync(join(dir, 'out', 'tesla-software-defined-cars', 'strategy-map.png'));
    expect(png.readUInt32BE(16)).toBe(4800);
    expect(png.readUInt32BE(20)).toBe(4800);
  });

  it('a diagram named twice is rendered once', () => {
    const dir = tmp();
    const r = visint(render(dir, META, '-d', 'quote,quote', '-f', 'svg', '-v'));
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr.match(/wrote /g)).toHaveLength(1);
    expect(filesUnder(join(dir, 'out'))).toEqual(['meta-llama/quote.svg']);
  });

  it('--debug prints the stack of a failure; without it there is none', () => {
    const dir = tmp();
    const plain = visint(render(dir, META, '-s', 'constructor'));
    const debug = visint(render(dir, META, '-s', 'constructor', '--debug'));
    expect(plain.stderr).not.toMatch(STACK);
    expect(debug.code).toBe(2);
    expect(debug.stderr).toMatch(STACK);
  });
});

describe('the email profile at the presets that failed (the slot height is rounded)', () => {
  it.each(['wide', 'linkedin', 'substack'])('-s %s --profile email: exit 0, an opaque @2x PNG, no stack', (preset) => {
    const dir = tmp();
    const r = visint(render(dir, MINIMAL, '-d', 'strategy-map', '-s', preset, '--profile', 'email'), { timeoutMs: 60_000 });
    expect(r.timedOut, 'did not finish in time').toBe(false);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).not.toMatch(STACK);
    expect(r.stderr).not.toMatch(/transparent|internal error/);
    expect(filesUnder(join(dir, 'out'))).toEqual(['tesla-software-defined-cars/strategy-map.html', 'tesla-software-defined-cars/strategy-map.svg', 'tesla-software-defined-cars/strategy-map@2x.png']);
    const png = PNG.sync.read(readFileSync(join(dir, 'out', 'tesla-software-defined-cars', 'strategy-map@2x.png')));
    let transparent = 0;
    for (let i = 3; i < png.data.length; i += 4) if (png.data[i] !== 255) transparent++;
    expect(transparent, `${transparent} transparent pixels`).toBe(0);
    expect(r.ms).toBeLessThan(45_000);
  });
});

describe('standard output that fails', () => {
  const toDevFull = (args: string[]) => {
    const started = performance.now();
    let code: number | null = null;
    let stderr = '';
    try {
      execFileSync('bash', ['-c', `node "$0" "$@" > /dev/full`, BIN, ...args], { stdio: ['ignore', 'ignore', 'pipe'], timeout: 20_000 });
      code = 0;
    } catch (e) {
      const err = e as { status: number | null; stderr: Buffer };
      code = err.status;
      stderr = err.stderr.toString('utf8');
    }
    return { code, stderr, ms: performance.now() - started };
  };

  it.each([
    ['render -o - to a full disk', ['render', META, '-d', 'quote', '-f', 'svg', '-o', '-']],
    ['themes to a full disk', ['themes']],
    ['validate to a full disk', ['validate', META]],
    ['batch --json to a full disk', ['batch', MINIMAL, '--json', '-o', join(tmp(), 'out')]],
  ])('%s: exit 3 with a message', (_name, args) => {
    const r = toDevFull(args as string[]);
    expect(r.code, r.stderr).toBe(3);
    expect(r.stderr).toMatch(/cannot write to standard output: ENOSPC \(no space left on the device\)/);
    expect(r.stderr).not.toMatch(STACK);
    expect(r.ms).toBeLessThan(30_000);
  });

  it('render -o - into a pipe closed early: exit 3 with EPIPE', () => {
    const bin = BIN;
    let status = -1;
    let stderr = '';
    try {
      // PIPESTATUS[0] is visint's exit code; head closes the pipe after one byte
      execFileSync('bash', ['-c', `node "$0" render "$1" -d strategy-map -f png -s 2400x1200 -o - | head -c 1 > /dev/null; exit \${PIPESTATUS[0]}`, bin, META], { stdio: ['ignore', 'ignore', 'pipe'], timeout: 30_000 });
      status = 0;
    } catch (e) {
      const err = e as { status: number; stderr: Buffer };
      status = err.status;
      stderr = err.stderr.toString('utf8');
    }
    expect(status, stderr).toBe(3);
    expect(stderr).toMatch(/EPIPE \(the reader closed the pipe\)/);
  });
});
