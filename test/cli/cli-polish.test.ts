import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync, existsSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const BIN = join(ROOT, 'bin', 'visint.js');
const META = join(ROOT, 'fixtures', 'meta-llama.json');
const FONT = join(ROOT, 'node_modules/@fontsource/dm-serif-display/files/dm-serif-display-latin-400-normal.woff2');

function visint(args: string[], cwd = ROOT) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, timeout: 120_000 });
  return { code: r.status, stdout: r.stdout.toString('utf8'), stderr: r.stderr.toString('utf8') };
}
const tmp = () => mkdtempSync(join(tmpdir(), 'visint-polish-'));

describe('CLI polish', () => {
  it('--version prints the package version', () => {
    const r = visint(['--version']);
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toBe(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version);
  });

  it('-o file.png writes that one file (no folder); with several outputs it is a usage error and writes nothing', () => {
    const dir = tmp();
    const png = join(dir, 'flywheel.png');
    const r = visint(['render', META, '-d', 'flywheel', '-o', png]);
    expect(r.code).toBe(0);
    expect(statSync(png).isFile()).toBe(true);
    expect(readFileSync(png).subarray(1, 4).toString()).toBe('PNG');
    expect(r.stderr.trim().split('\n')).toEqual([`rendered flywheel → ${png}`]);
    const many = visint(['render', META, '-d', 'flywheel,chain', '-o', join(dir, 'two.png')]);
    expect(many.code).toBe(2);
    expect(many.stderr).toMatch(/writes one png file, but this render makes 2/);
    expect(existsSync(join(dir, 'two.png'))).toBe(false);
  });

  it('is quiet by default: one summary line; -v lists every file', () => {
    const out = tmp();
    const quiet = visint(['render', META, '-d', 'strategy-map,flywheel', '-o', out]);
    expect(quiet.code).toBe(0);
    const lines = quiet.stderr.trim().split('\n').filter((l) => !l.startsWith('warning:'));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^rendered 2 diagrams \(4 files\) → .*meta-llama.*\(-v lists the files\)$/);
    const loud = visint(['render', META, '-d', 'strategy-map,flywheel', '-o', out, '-v']);
    expect(loud.stderr.match(/^wrote /gm)).toHaveLength(4);
  });

  it('--base-url fills the email snippets src with URL/<id>/<file>', () => {
    const out = tmp();
    const r = visint(['render', META, '-d', 'chain', '--profile', 'email', '--base-url', 'https://cdn.example.com/news/', '-o', out]);
    expect(r.code).toBe(0);
    const html = readFileSync(join(out, 'meta-llama', 'chain.html'), 'utf8');
    expect(html).toContain('src="https://cdn.example.com/news/meta-llama/chain@2x.png"');
    expect(visint(['render', META, '-d', 'chain', '--profile', 'email', '--base-url', 'javascript:alert(1)', '-o', out]).code).toBe(2);
  });

  it('prints a warning met in several diagrams once, naming them all', () => {
    const out = tmp();
    // a wordmark too wide for the footer is cut in every diagram: one warning, both diagrams named
    const theme = join(out, 'wide.json');
    writeFileSync(theme, JSON.stringify({ extends: 'business-engineer', wordmark: 'W'.repeat(60) }));
    const r = visint(['render', META, '-d', 'strategy-map,flywheel', '-t', theme, '-s', '400x400', '-o', out]);
    const lines = r.stderr.split('\n').filter((l) => l.startsWith('warning:'));
    expect(new Set(lines).size).toBe(lines.length);
    const cut = lines.filter((l) => /theme\.wordmark: text too long/.test(l));
    expect(cut).toHaveLength(1);
    expect(cut[0]).toMatch(/strategy-map, flywheel: /);
  });
});

describe('visint.config.json', () => {
  function project() {
    const dir = tmp();
    mkdirSync(join(dir, 'brand'));
    mkdirSync(join(dir, 'posts'));
    writeFileSync(join(dir, 'visint.config.json'), JSON.stringify({ themeDirs: ['brand'], out: 'pictures', size: 'square', baseUrl: 'https://img.example.com' }));
    // the README's worked example: extends the default with own colours, font, logo and wordmark
    writeFileSync(join(dir, 'brand', 'logo.svg'), readFileSync(join(ROOT, 'examples/brand/themes/acme-logo.svg')));
    writeFileSync(join(dir, 'brand', 'acme.json'), JSON.stringify({ extends: 'business-engineer', wordmark: 'ACME WEEKLY', colors: { canvas: ['#1B1F3B', '#2E3A87'], hub: '#FFB703', edge: '#FFB703', badge: '#2E3A87' }, fonts: { title: FONT }, logo: 'logo.svg' }));
    const a = JSON.parse(readFileSync(META, 'utf8'));
    writeFileSync(join(dir, 'posts', 'ok.json'), JSON.stringify({ ...a, theme: 'acme' }));
    writeFileSync(join(dir, 'posts', 'bad.json'), JSON.stringify({ ...a, theme: 'acne' }));
    return dir;
  }

  it('is found from a sub-folder: the analysis names a user theme; out and size come from it', () => {
    const dir = project();
    const r = visint(['render', 'ok.json', '-d', 'strategy-map', '-f', 'svg,layout'], join(dir, 'posts'));
    expect(r.code).toBe(0);
    const svg = readFileSync(join(dir, 'pictures', 'meta-llama', 'strategy-map.svg'), 'utf8');
    expect(svg).toContain('width="1080" height="1080"');
    expect(svg).toContain('#FFB703');
    expect(svg).toMatch(/<g id="v[0-9a-f]{8}-text-brand-logo"/);
    const layout = JSON.parse(readFileSync(join(dir, 'pictures', 'meta-llama', 'strategy-map.layout.json'), 'utf8'));
    expect(layout.texts.find((t: { role: string }) => t.role === 'brand').lines).toEqual(['ACME WEEKLY']);
    expect(readdirSync(join(dir, 'pictures', 'meta-llama')).sort()).toEqual(['strategy-map.layout.json', 'strategy-map.svg']);
  });

  it('validate checks the theme name against the theme folders: unknown theme → error at `theme`, exit 1', () => {
    const dir = project();
    const ok = visint(['validate', 'ok.json'], join(dir, 'posts'));
    expect(ok.code).toBe(0);
    const bad = visint(['validate', 'bad.json'], join(dir, 'posts'));
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/bad\.json: theme: unknown theme "acne"; known: acme, business-engineer/);
    // without the config, acme is unknown too
    expect(visint(['validate', join(dir, 'posts', 'ok.json')], tmpdir()).code).toBe(1);
  });

  it('--config names the file; a broken config names its field (exit 2)', () => {
    const dir = project();
    const cfg = join(dir, 'other.json');
    writeFileSync(cfg, JSON.stringify({ size: 'og', themeDirs: 'brand' }));
    const r = visint(['render', join(dir, 'posts', 'ok.json'), '--config', cfg, '-o', dir]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/themeDirs: /);
  });
});
