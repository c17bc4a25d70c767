import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderOutputs } from '../../src/outputs/index.js';
import { fixtures } from '../helpers/render-kit.js';

const ROOT = join(import.meta.dirname, '..', '..');
const flywheelOnly = fixtures().find((f) => f.name === 'flywheel-only.json')!.analysis;
const size = { width: 1200, height: 630 };

describe('renderOutputs keeps going', () => {
  it('reports a diagram that cannot be drawn and still renders the others', () => {
    // the hero is asked to embed a chain this analysis does not have: only the hero fails
    const r = renderOutputs(flywheelOnly, { diagrams: 'all', formats: ['svg'], size, heroDiagram: 'chain' });
    expect(r.failures.map((f) => f.diagram)).toEqual(['hero']);
    expect(r.failures[0]!.message).toMatch(/chain/);
    expect(r.rendered.map((d) => d.diagram)).toEqual(['flywheel', 'layers']);
    expect(r.files.map((f) => f.name)).toEqual(['flywheel.svg', 'layers.svg']);
  });

  it("skips a named diagram whose section is missing with missing: 'skip', and refuses it by default", () => {
    const r = renderOutputs(flywheelOnly, { diagrams: ['strategy-map', 'flywheel'], formats: ['svg'], size, missing: 'skip' });
    expect(r.skipped).toEqual(['strategy-map']);
    expect(r.rendered.map((d) => d.diagram)).toEqual(['flywheel']);
    expect(r.failures).toEqual([]);
    expect(() => renderOutputs(flywheelOnly, { diagrams: ['strategy-map'], formats: ['svg'], size })).toThrow(/section/);
  });
});

describe('CLI: -d all and batch keep going', () => {
  const visint = (args: string[]) => spawnSync(process.execPath, [join(ROOT, 'bin', 'visint.js'), ...args], { cwd: ROOT, encoding: 'utf8' });

  it('render -d all writes the diagrams it can, names the failed one without a stack, exits non-zero; --debug adds the stack', () => {
    const out = mkdtempSync(join(tmpdir(), 'visint-kg-'));
    const r = visint(['render', 'fixtures/flywheel-only.json', '-f', 'svg', '--hero-diagram', 'chain', '-o', out]);
    // the hero's chosen diagram has no section: an input problem (1); a layout that fails would be 3
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/hero: could not be drawn: .*chain/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(readdirSync(join(out, 'airbnb-supply-brings-demand')).sort()).toEqual(['flywheel.svg', 'layers.svg']);
    const debug = visint(['render', 'fixtures/flywheel-only.json', '-f', 'svg', '--hero-diagram', 'chain', '-o', out, '--debug']);
    expect(debug.status).toBe(1);
    expect(debug.stderr).toMatch(/\n\s+at /);
  });

  it('batch -d strategy-map,flywheel over mixed analyses gives each the diagrams it has data for; skipped ones are listed', () => {
    const out = mkdtempSync(join(tmpdir(), 'visint-kg-'));
    const r = visint(['batch', 'fixtures/flywheel-only.json', 'fixtures/minimal.json', '-d', 'strategy-map,flywheel', '-f', 'svg', '-o', out, '-j', '1', '--json']);
    expect(r.status, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ rendered: 2, failed: 0, skipped: 2 });
    expect(r.stderr).toMatch(/2 diagrams skipped/);
    const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'));
    const bySource = Object.fromEntries(manifest.analyses.map((a: any) => [a.source, a]));
    expect(bySource['fixtures/flywheel-only.json'].skipped).toEqual(['strategy-map']);
    expect(bySource['fixtures/minimal.json'].skipped).toEqual(['flywheel']);
  });
});
