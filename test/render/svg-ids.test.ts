import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { render } from '../../src/index.js';
import { SvgIds, escapeId, idPrefixFor } from '../../src/render/svg-ids.js';

const meta = readFileSync('fixtures/meta-llama.json', 'utf8');
const idsOf = (svg: string) => [...svg.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]!);

describe('SVG ids', () => {
  it('are prefixed with a hash of the render, unique, and every reference resolves inside the SVG', () => {
    const [r] = render(meta, { diagrams: ['strategy-map'], formats: ['svg'] });
    const ids = idsOf(r!.svg!);
    const prefix = ids[0]!.split('-')[0]!;
    expect(prefix).toMatch(/^v[0-9a-f]{8}$/);
    expect(ids.every((id) => id.startsWith(`${prefix}-`))).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
    const refs = [...r!.svg!.matchAll(/url\(#([^)]+)\)/g)].map((m) => m[1]!);
    const labelled = /aria-labelledby="([^"]+)"/.exec(r!.svg!)![1]!.split(' ');
    for (const ref of [...refs, ...labelled]) expect(ids).toContain(ref);
    expect(labelled).toEqual([`${prefix}-title`, `${prefix}-desc`]);
  });

  it('differ between themes, sizes and diagrams, and are the same for the same render', () => {
    const prefixOf = (o: Parameters<typeof render>[1]) => idsOf(render(meta, { formats: ['svg'], ...o })[0]!.svg!)[0];
    const base = prefixOf({ diagrams: ['strategy-map'] });
    expect(prefixOf({ diagrams: ['strategy-map'] })).toBe(base);
    expect(prefixOf({ diagrams: ['strategy-map'], theme: 'business-engineer-light' })).not.toBe(base);
    expect(prefixOf({ diagrams: ['strategy-map'], size: 'square' })).not.toBe(base);
    expect(prefixOf({ diagrams: ['flywheel'] })).not.toBe(base);
  });

  it('never gives two elements one id: `a-b`→`c` and `a`→`b-c` both make edge-a-b-c', () => {
    const ids = new SvgIds('p');
    expect([ids.fresh('edge-a-b-c'), ids.fresh('edge-a-b-c'), ids.fresh('edge-a-b-c-2')]).toEqual(['p-edge-a-b-c', 'p-edge-a-b-c-2', 'p-edge-a-b-c-2-2']);
  });

  it('a real map with edges a-b→c and a→b-c draws every element under its own id', () => {
    const analysis = {
      version: 1,
      title: 'Clash',
      strategyMap: {
        title: 'Clash',
        center: { id: 'hub', label: 'Hub' },
        nodes: [{ id: 'a-b', label: 'A B' }, { id: 'c', label: 'C' }, { id: 'a', label: 'A' }, { id: 'b-c', label: 'B C' }],
        edges: [{ from: 'a-b', to: 'c' }, { from: 'a', to: 'b-c' }],
      },
    };
    const [r] = render(JSON.stringify(analysis), { diagrams: ['strategy-map'], formats: ['svg'] });
    const ids = idsOf(r!.svg!);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.filter((id) => /-edge-a-b-c(-2)?$/.test(id))).toHaveLength(2);
  });

  it('escape anything that is not a letter, digit or dash, injectively', () => {
    expect(escapeId('a b')).toBe('a_20_b');
    expect(escapeId('a_20_b')).not.toBe(escapeId('a b'));
    expect(escapeId('x"><script>')).toMatch(/^[A-Za-z0-9_-]+$/);
  });

  it('hash every part of the identity', () => {
    const base = { analysisId: 'a', diagram: 'flywheel', width: 1200, height: 630, theme: { name: 't' } };
    const p = idPrefixFor(base);
    for (const change of [{ analysisId: 'b' }, { diagram: 'chain' }, { width: 1080 }, { height: 1080 }, { theme: { name: 'u' } }]) expect(idPrefixFor({ ...base, ...change })).not.toBe(p);
  });
});
