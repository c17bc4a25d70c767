import { describe, it, expect } from 'vitest';
import { validateAnalysis } from '../../src/analysis/index.js';

const base = () => ({
  version: 1,
  title: 'Netflix',
  strategyMap: { center: 'Netflix', nodes: ['Original Content', 'Global Reach'] as unknown[] },
});

function errorsOf(value: unknown) {
  const result = validateAnalysis(value);
  if (result.ok) throw new Error('expected validation to fail');
  return result.errors;
}

describe('error messages name the path and say what is wrong', () => {
  it('wrong types', () => {
    const doc = base();
    doc.strategyMap.nodes[1] = { label: 42 };
    expect(errorsOf(doc)).toEqual([{ path: 'strategyMap.nodes[1].label', message: 'expected a string, got number' }]);
  });

  it('a list item that is neither string nor object', () => {
    const doc = base();
    doc.strategyMap.nodes[0] = 7;
    expect(errorsOf(doc)).toEqual([
      { path: 'strategyMap.nodes[0]', message: 'expected a string or an object with a "label", got number' },
    ]);
  });

  it('missing required fields, whatever their type', () => {
    expect(errorsOf({ title: 'T' })).toEqual([{ path: 'version', message: 'missing required field "version"' }]);
    const doc = { version: 1, title: 'T', strategyMap: { nodes: ['a'] }, bottlenecks: [{ title: 'Debt' }] };
    expect(errorsOf(doc)).toEqual([
      { path: 'bottlenecks[0].kind', message: 'missing required field "kind"' },
      { path: 'strategyMap.center', message: 'missing required field "center"' },
    ]);
  });

  it('list bounds', () => {
    const doc = base();
    doc.strategyMap.nodes = Array.from({ length: 13 }, (_, i) => `Node ${i}`);
    expect(errorsOf(doc)).toEqual([{ path: 'strategyMap.nodes', message: 'must have 1 to 12 items, got 13' }]);
  });

  it('unknown fields, with a hint for a likely typo and the known fields otherwise', () => {
    const doc = { ...base(), flywhel: { steps: ['a', 'b', 'c'] }, zzz: 1 };
    expect(errorsOf(doc)).toEqual([
      { path: 'flywhel', message: 'unknown field "flywhel" (did you mean "flywheel"?)' },
      { path: 'zzz', message: expect.stringMatching(/^unknown field "zzz" \(known fields: \$schema, version, id, title,/) },
    ]);
    const typo = base();
    typo.strategyMap.nodes[0] = { lable: 'x' };
    expect(errorsOf(typo)).toEqual([{ path: 'strategyMap.nodes[0].lable', message: 'unknown field "lable" (did you mean "label"?)' }]);
  });

  it('strings too long, numbers out of range, enums, literals, slugs', () => {
    const doc = {
      ...base(),
      version: 2,
      id: 'Bad Id',
      subtitle: 'x'.repeat(301),
      patterns: [{ id: 1000, name: 'A' }, { id: 1.5, name: 'B' }],
      bottlenecks: [{ kind: 'future', title: 'Debt' }],
    };
    expect(errorsOf(doc)).toEqual([
      { path: 'bottlenecks[0].kind', message: 'must be one of "active", "emerging", got "future"' },
      { path: 'id', message: 'must be a slug of 1 to 80 characters a-z, 0-9 and "-", got "Bad Id"' },
      { path: 'patterns[0].id', message: 'must be a whole number from 1 to 999, got 1000' },
      { path: 'patterns[1].id', message: 'expected a whole number, got 1.5' },
      { path: 'subtitle', message: 'must be at most 300 characters, got 301' },
      { path: 'version', message: 'must be 1, got 2' },
    ]);
  });

  it('collects errors from every section in one run, sorted by path', () => {
    const doc = {
      version: 1,
      title: '   ',
      flywheel: { steps: ['a', 'b'] },
      strategyMap: { center: 'Hub', nodes: [{ id: 'a', label: 'A' }, { id: 'a', label: 'B' }], edges: [{ from: 'a', to: 'zz' }] },
    };
    expect(errorsOf(doc).map((e) => e.path)).toEqual([
      'flywheel.steps', 'strategyMap.edges[0].to', 'strategyMap.nodes[1].id', 'title',
    ]);
  });

  it('sorts numerically and reports each problem once', () => {
    const doc = base();
    doc.strategyMap.nodes = Array.from({ length: 11 }, (_, i) => (i === 2 || i === 10 ? 5 : `N${i}`));
    expect(errorsOf(doc).map((e) => e.path)).toEqual(['strategyMap.nodes[2]', 'strategyMap.nodes[10]']);
  });
});

describe('values from API callers', () => {
  it('rejects NaN and Infinity', () => {
    const doc = { ...base(), moat: { title: 'M', patterns: [NaN, Infinity] } };
    expect(errorsOf(doc)).toEqual([
      { path: 'moat.patterns[0]', message: 'expected a finite number, got NaN' },
      { path: 'moat.patterns[1]', message: 'expected a finite number, got Infinity' },
    ]);
  });

  it('rejects reserved keys anywhere', () => {
    const doc = JSON.parse('{"version":1,"title":"T","constructor":1,"strategyMap":{"center":"H","nodes":[{"label":"A","prototype":{}}]}}');
    expect(errorsOf(doc)).toEqual([
      { path: 'constructor', message: 'reserved key "constructor" is not allowed' },
      { path: 'strategyMap.nodes[0].prototype', message: 'reserved key "prototype" is not allowed' },
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('rejects more than 50,000 characters of text (values and keys) before any other check', () => {
    const doc = { ...base(), metaRules: Object.fromEntries(['narrative', 'structure', 'firstPrinciples'].map((k) => [k, 'x'.repeat(2000)])) };
    const patterns = Array.from({ length: 30 }, (_, i) => ({ id: i + 1, name: 'n'.repeat(300), note: 'x'.repeat(2000) }));
    // 75,042 characters of values + 384 of keys
    expect(errorsOf({ ...doc, patterns })).toEqual([{
      path: '', message: 'the analysis has 75,426 characters of text; the limit is 50,000',
    }]);
  });

  it('reports at most 100 errors and counts the rest', () => {
    const doc: Record<string, unknown> = { version: 1, title: 'T' };
    for (let i = 0; i < 250; i++) doc[`k${i}`] = 1;
    const errors = errorsOf(doc);
    expect(errors).toHaveLength(101);
    expect(errors[0]).toEqual({ path: 'k0', message: expect.stringMatching(/^unknown field "k0"/) });
    expect(errors[100]).toEqual({ path: '', message: '… and 150 more errors' });
  });

  it('never throws on hostile values', () => {
    const cyclic: Record<string, unknown> = { version: 1, title: 'T' };
    cyclic.self = cyclic;
    const throwing = Object.defineProperty({ version: 1 }, 'title', { enumerable: true, get: () => { throw new Error('boom'); } });
    for (const value of [undefined, null, 42, 'text', [], [1], cyclic, throwing, new Map(), () => 1]) {
      const result = validateAnalysis(value);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.errors.length).toBeGreaterThan(0);
    }
    expect(errorsOf(null)).toEqual([{ path: '', message: 'expected an object, got null' }]);
  });
});
