import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { validateAnalysis } from '../../src/analysis/index.js';

/** A label of 1–120 code points from all of Unicode, starting with a visible letter. */
const label = fc
  .tuple(fc.constantFrom('A', 'é', 'Ж', 'Ω', 'ệ', '5', '&', '<'), fc.string({ unit: 'binary', maxLength: 119 }))
  .map(([first, rest]) => first + rest);

const node = fc.oneof(
  label,
  fc.record({ label, note: fc.option(label, { nil: undefined }), emphasis: fc.option(fc.boolean(), { nil: undefined }) }, { requiredKeys: ['label'] }),
);

const analysis = fc.record({
  version: fc.constant(1),
  title: label,
  strategyMap: fc.record({ center: label, nodes: fc.array(node, { minLength: 1, maxLength: 12 }) }),
  flywheel: fc.record({ steps: fc.array(label, { minLength: 3, maxLength: 10 }) }),
  strategy: fc.record({ name: label, chain: fc.array(label, { minLength: 2, maxLength: 12 }) }),
});

type Doc = {
  title?: unknown;
  strategyMap: { center: unknown; nodes: unknown[] } & Record<string, unknown>;
} & Record<string, unknown>;

describe('properties', () => {
  it('random valid analyses validate, with unique slug ids and edges between known ids', () => {
    fc.assert(
      fc.property(analysis, (doc) => {
        const result = validateAnalysis(doc);
        if (!result.ok) throw new Error(JSON.stringify(result.errors));
        const map = result.analysis.strategyMap!;
        const ids = [map.center.id, ...map.nodes.map((n) => n.id)];
        expect(new Set(ids).size).toBe(ids.length);
        for (const id of ids) expect(id).toMatch(/^[a-z0-9-]{1,80}$/);
        expect(map.edges).toHaveLength(map.nodes.length);
        for (const edge of map.edges) expect(ids).toContain(edge.to);
        for (const n of [map.center, ...map.nodes]) {
          expect(n.label).not.toBe('');
          expect(n.label).toBe(n.label.normalize('NFC').trim());
        }
      }),
      { numRuns: 300 },
    );
  });

  it('normalising is idempotent: the output validates to itself', () => {
    fc.assert(
      fc.property(analysis, (doc) => {
        const first = validateAnalysis(doc);
        if (!first.ok) throw new Error(JSON.stringify(first.errors));
        const second = validateAnalysis(JSON.parse(JSON.stringify(first.analysis)));
        expect(second).toEqual({ ok: true, analysis: first.analysis, warnings: [] });
      }),
      { numRuns: 150 },
    );
  });

  const mutation = fc.oneof(
    fc.constant({ kind: 'delete-title' as const }),
    fc.record({ kind: fc.constant('label-to-number' as const), index: fc.nat(), value: fc.double() }),
    fc.record({ kind: fc.constant('unknown-key' as const), where: fc.constantFrom('root', 'map', 'node'), key: fc.string({ maxLength: 12 }) }),
  );

  it('every mutation of a valid analysis fails with an error at a non-empty path', () => {
    fc.assert(
      fc.property(analysis, mutation, (original, change) => {
        const doc = structuredClone(original) as Doc;
        let expectedPath: string;
        if (change.kind === 'delete-title') {
          delete doc.title;
          expectedPath = 'title';
        } else if (change.kind === 'label-to-number') {
          const index = change.index % doc.strategyMap.nodes.length;
          const target = doc.strategyMap.nodes[index];
          if (typeof target === 'object' && target !== null) {
            (target as Record<string, unknown>).label = change.value;
            expectedPath = `strategyMap.nodes[${index}].label`;
          } else {
            doc.strategyMap.nodes[index] = change.value;
            expectedPath = `strategyMap.nodes[${index}]`;
          }
        } else {
          const key = `x_${change.key}`;
          const holder = change.where === 'root' ? doc : change.where === 'map' ? doc.strategyMap : null;
          const object = holder ?? { label: 'Extra node' };
          if (!holder) doc.strategyMap.nodes[0] = object;
          (object as Record<string, unknown>)[key] = true;
          const prefix = { root: '', map: 'strategyMap', node: 'strategyMap.nodes[0]' }[change.where];
          expectedPath = /^[A-Za-z_$][\w$]*$/.test(key) ? (prefix ? `${prefix}.${key}` : key) : `${prefix}[${JSON.stringify(key)}]`;
        }
        const result = validateAnalysis(doc);
        expect(result.ok).toBe(false);
        if (result.ok) return;
        for (const error of result.errors) expect(error.path).not.toBe('');
        expect(result.errors.map((e) => e.path)).toContain(expectedPath);
      }),
      { numRuns: 400 },
    );
  });
});
