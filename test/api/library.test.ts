import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import * as lib from '../../dist/index.js';

const metaText = readFileSync('fixtures/meta-llama.json', 'utf8');

describe('library API', () => {
  afterAll(() => lib.closeRenderWorker());

  it('names diagrams, sizes and formats as the registries do', () => {
    expect([...lib.DIAGRAM_NAMES]).toEqual(lib.diagramNames());
    expect([...lib.SIZE_PRESET_NAMES]).toEqual(Object.keys(lib.SIZE_PRESETS));
    expect([...lib.FORMATS]).toEqual(['svg', 'png', 'webp', 'jpeg', 'layout']);
  });

  it('exports every error class, each a VisintError with its kind', () => {
    const classes = { AnalysisError: lib.AnalysisError, ThemeError: lib.ThemeError, RenderError: lib.RenderError, SizeError: lib.SizeError, HeroChoiceError: lib.HeroChoiceError, EmailCheckError: lib.EmailCheckError, ConfigError: lib.ConfigError, InputError: lib.InputError, OutputError: lib.OutputError, UsageError: lib.UsageError };
    for (const [name, C] of Object.entries(classes)) {
      expect(typeof C, name).toBe('function');
      expect(C.prototype, name).toBeInstanceOf(lib.VisintError);
    }
  });

  it('a bad size is a SizeError of kind unsupported-size, not a RangeError', () => {
    try {
      lib.render(metaText, { diagrams: ['flywheel'], size: '100x100' });
      throw new Error('expected a throw');
    } catch (e) {
      expect(e).toBeInstanceOf(lib.SizeError);
      expect((e as lib.VisintError).kind).toBe('unsupported-size');
      expect(lib.exitCodeFor((e as lib.VisintError).kind)).toBe(2);
    }
  });

  it('renderAsync gives the same bytes as render, and the event loop keeps turning meanwhile', async () => {
    const opts = { diagrams: ['strategy-map', 'flywheel', 'hero'] as lib.DiagramName[], formats: ['svg', 'png'] as lib.Format[] };
    const sync = lib.render(metaText, opts);
    await lib.renderAsync(metaText, { diagrams: ['chain'] }); // start the worker (fonts load once)
    let ticks = 0;
    const timer = setInterval(() => ticks++, 5);
    const t0 = performance.now();
    const viaWorker = await lib.renderAsync(metaText, opts);
    const ms = performance.now() - t0;
    clearInterval(timer);
    expect(viaWorker.map((r) => r.svg)).toEqual(sync.map((r) => r.svg));
    viaWorker.forEach((r, i) => expect(Buffer.from(r.png!).equals(Buffer.from(sync[i]!.png!))).toBe(true));
    // a timer every 5 ms fired through the render (a blocking render would give 0)
    expect(ticks).toBeGreaterThanOrEqual(Math.min(3, Math.floor(ms / 20)));
    expect(ticks).toBeGreaterThan(0);
  });

  it('renderAsync rejects with the same kinds as render', async () => {
    await expect(lib.renderAsync('{"version":1}')).rejects.toMatchObject({ name: 'AnalysisError', kind: 'invalid-input' });
    await expect(lib.renderAsync(metaText, { size: '9x9' })).rejects.toMatchObject({ name: 'SizeError', kind: 'unsupported-size' });
    await expect(lib.renderAsync(metaText, { theme: { extends: 'business-engineer', colors: { hub: 'red' } } })).rejects.toMatchObject({ kind: 'invalid-theme' });
  });

  it('validate accepts what a user writes in TypeScript (AnalysisInput)', () => {
    const input: lib.AnalysisInput = { version: 1, title: 'Typed', flywheel: { title: 'Loop', steps: ['A', 'B', 'C'] } } as lib.AnalysisInput;
    const v = lib.validate(input);
    expect(v.ok).toBe(true);
  });
});
