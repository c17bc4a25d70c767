import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { render, validate, VisintError, type ErrorKind } from '../../src/index.js';
import { META, MINIMAL } from './kit.js';

/** The library given hostile arguments: always a VisintError with the right kind, before any work. */

const meta = readFileSync(META, 'utf8');
const minimal = readFileSync(MINIMAL, 'utf8');

function kindOf(fn: () => unknown): ErrorKind | string {
  try {
    fn();
  } catch (e) {
    if (e instanceof VisintError) return e.kind;
    return `not a VisintError: ${(e as Error).name}: ${(e as Error).message}`;
  }
  return 'no error';
}

const bad: [string, Record<string, unknown>, ErrorKind, RegExp][] = [
  ['size: 0', { size: 0 }, 'unsupported-size', /size must be/],
  ['size: null', { size: null }, 'unsupported-size', /size must be/],
  ['size: "constructor"', { size: 'constructor' }, 'unsupported-size', /neither a preset/],
  ['size: "__proto__"', { size: '__proto__' }, 'unsupported-size', /neither a preset/],
  ['size: { width: "a" }', { size: { width: 'a', height: 600 } }, 'unsupported-size', /whole numbers from 400 to 2400/],
  ['size: { width: NaN }', { size: { width: NaN, height: 600 } }, 'unsupported-size', /whole numbers/],
  ['size: { width: 1e9 }', { size: { width: 1e9, height: 600 } }, 'unsupported-size', /whole numbers/],
  ['size: []', { size: [] }, 'unsupported-size', /size must be/],
  ['formats: ["jpg"]', { formats: ['jpg'] }, 'unknown-name', /unknown format "jpg"/],
  ['formats: "svg"', { formats: 'svg' }, 'unknown-name', /formats must be a non-empty list/],
  ['formats: []', { formats: [] }, 'unknown-name', /non-empty list/],
  ['formats: [null]', { formats: [null] }, 'unknown-name', /unknown format null/],
  ['scale: 0', { scale: 0 }, 'unsupported-size', /scale must be a whole number from 1 to 4/],
  ['scale: 5', { scale: 5 }, 'unsupported-size', /scale must be/],
  ['scale: 1.5', { scale: 1.5 }, 'unsupported-size', /scale must be/],
  ['scale: "2"', { scale: '2' }, 'unsupported-size', /scale must be/],
  ['scale: NaN', { scale: NaN }, 'unsupported-size', /scale must be/],
  ['2400x2400 at scale 4', { size: '2400x2400', scale: 4 }, 'unsupported-size', /92\.2 megapixels/],
  ['diagrams: ["pie"]', { diagrams: ['pie'] }, 'unknown-name', /unknown diagram "pie"/],
  ['diagrams: "flywheel"', { diagrams: 'flywheel' }, 'unknown-name', /diagrams must be "all" or a non-empty list/],
  ['diagrams: []', { diagrams: [] }, 'unknown-name', /non-empty list/],
  ['heroDiagram: "hero"', { heroDiagram: 'hero' }, 'unknown-name', /unknown hero diagram "hero"/],
  ['heroDiagram: 7', { heroDiagram: 7 }, 'unknown-name', /unknown hero diagram/],
  ['deadline: -1', { deadline: -1 }, 'usage', /deadline must be a positive number/],
  ['deadline: "soon"', { deadline: 'soon' }, 'usage', /deadline/],
];

describe('render() with hostile options', () => {
  it.each(bad)('%s → VisintError %s', (_name, options, kind, message) => {
    const started = performance.now();
    let error: unknown;
    try {
      render(meta, options as never);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(VisintError);
    expect((error as VisintError).kind).toBe(kind);
    expect((error as VisintError).message).toMatch(message);
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it('a missing section is kind missing-section', () => {
    expect(kindOf(() => render(minimal, { diagrams: ['flywheel'] }))).toBe('missing-section');
  });

  it('theme: null or a number is kind invalid-theme, not a TypeError', () => {
    expect(kindOf(() => render(minimal, { theme: null as never }))).toBe('invalid-theme');
    expect(kindOf(() => render(minimal, { theme: 7 as never }))).toBe('invalid-theme');
  });

  it('options: null is a usage error', () => {
    expect(kindOf(() => render(minimal, null as never))).toBe('usage');
  });

  it('a diagram named twice is rendered once', () => {
    const out = render(meta, { diagrams: ['quote', 'quote'], formats: ['svg'] });
    expect(out.map((r) => r.diagram)).toEqual(['quote']);
  });

  it('a deadline that has passed stops the render with kind timeout', () => {
    const started = performance.now();
    expect(kindOf(() => render(meta, { deadline: 1, formats: ['svg', 'png'] }))).toBe('timeout');
    expect(performance.now() - started).toBeLessThan(5000);
  });

  it('a strategy map with 156 edges is refused at once; the densest valid one (40 edges) never runs away: done or kind timeout soon after the deadline', () => {
    const nodes = Array.from({ length: 12 }, (_, i) => `Node number ${i + 1}`);
    const ids = ['hub', ...nodes.map((n) => n.toLowerCase().replace(/ /g, '-'))];
    const all = ids.flatMap((a) => ids.filter((b) => b !== a).map((b) => ({ from: a, to: b })));
    expect(all).toHaveLength(156);
    const map = (edges: typeof all) => ({ version: 1, title: 'Every edge', strategyMap: { center: { id: 'hub', label: 'Hub' }, nodes, edges } });
    expect(kindOf(() => render(map(all), { diagrams: ['strategy-map'], formats: ['svg'] }))).toBe('invalid-input');
    const analysis = map(all.slice(0, 40));
    const started = performance.now();
    const kind = kindOf(() => render(analysis, { diagrams: ['strategy-map'], formats: ['svg'], deadline: 2000 }));
    expect(['no error', 'timeout']).toContain(kind);
    expect(performance.now() - started).toBeLessThan(8000);
  }, 30_000);

  it('a generous deadline renders as before', () => {
    expect(render(minimal, { deadline: 60_000, diagrams: ['strategy-map'], formats: ['svg'] })).toHaveLength(1);
  });
});

describe('validate() with hostile values', () => {
  it('a sparse array of length 1e9 is refused fast', () => {
    const sparse: unknown[] = [];
    sparse.length = 1e9;
    const started = performance.now();
    const v = validate({ version: 1, title: 'T', strategyMap: { center: 'A', nodes: sparse } });
    expect(v.ok).toBe(false);
    if (!v.ok) expect(v.errors[0]?.message).toMatch(/more than 200000 values/);
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('a self-referencing object is refused, not looped over', () => {
    const a: Record<string, unknown> = { version: 1, title: 'T' };
    a.self = a;
    const v = validate(a);
    expect(v.ok).toBe(false);
  });

  it('1e400 in text is a number out of range at its path', () => {
    const v = validate('{"version":1,"title":"T","patterns":[{"id":1e400,"name":"N"}]}');
    expect(v.ok).toBe(false);
    if (!v.ok) expect(v.errors[0]).toMatchObject({ path: 'patterns[0].id', message: expect.stringMatching(/out of range/) });
  });

  it('Infinity given as a value is not reported as "got null"', () => {
    const v = validate({ version: 1, title: 'T', patterns: [{ id: Infinity, name: 'N' }] });
    expect(v.ok).toBe(false);
    if (!v.ok) expect(v.errors.map((e) => e.message).join(' ')).not.toMatch(/got null/);
  });
});

describe('render() text input', () => {
  it('invalid text gives AnalysisError (kind invalid-input) with paths', () => {
    expect(kindOf(() => render('{"version":1}'))).toBe('invalid-input');
  });
  it('a non-string, non-object input is invalid-input, not a TypeError', () => {
    expect(kindOf(() => render(42))).toBe('invalid-input');
    expect(kindOf(() => render(undefined))).toBe('invalid-input');
  });
  it('the email-free render path never throws a RangeError for a size out of range', () => {
    expect(kindOf(() => render(minimal, { size: '300x300' }))).toBe('unsupported-size');
  });
  it('join() of paths is not needed by the library (no file access for a Theme name that is a path in the analysis)', () => {
    const withPath = JSON.parse(minimal) as Record<string, unknown>;
    withPath.theme = join('..', 'etc', 'passwd');
    expect(kindOf(() => render(withPath))).not.toBe('no error');
  });
});
