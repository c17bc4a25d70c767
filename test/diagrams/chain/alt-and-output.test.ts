import { describe, expect, it } from 'vitest';
import { chain } from '../../../src/diagrams/chain/index.js';
import { chainAlt } from '../../../src/diagrams/chain/alt.js';
import { chainModel } from '../../../src/diagrams/chain/model.js';
import { layoutProblems } from '../../helpers/invariants.js';
import { fixtures, mustValidate, renderer, theme } from '../../helpers/render-kit.js';

const meta = fixtures().find((f) => f.name === 'meta-llama.json')!.analysis;

describe('chain.alt()', () => {
  it('names the strategy, the count and the ends in at most 125 characters, and reads every step in the long text', () => {
    const alt = chainAlt(chainModel(meta));
    expect(alt.short.startsWith('Logic chain, 7 steps: Commoditize Your Complement, from “OpenAI')).toBe(true);
    expect(alt.short.length).toBeLessThanOrEqual(125);
    meta.strategy!.chain!.forEach((s, i) => expect(alt.long).toContain(`${i + 1}. ${s}`));
  });
});

describe('chain output', () => {
  it('is byte-identical across two renders', () => {
    const opts = { diagrams: ['chain'], theme, size: { width: 1200, height: 630 }, formats: ['svg', 'layout'] as ('svg' | 'layout')[] };
    const [a] = renderer.render(meta, opts);
    const [b] = renderer.render(meta, opts);
    expect(a!.svg).toBe(b!.svg);
    expect(JSON.stringify(a!.layout)).toBe(JSON.stringify(b!.layout));
  });

  it('is part of `all` and describes its steps in layout.json with role "step"', () => {
    const all = renderer.render(meta, { diagrams: 'all', theme, size: { width: 1200, height: 630 }, formats: ['layout'] });
    const c = all.find((r) => r.diagram === 'chain')!;
    expect(c.layout!.nodes.map((n) => n.role)).toEqual(Array(7).fill('step'));
    expect(c.layout!.nodes.map((n) => n.badge!.value)).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  it('lays out the bare diagram, without title or wordmark, when a composition asks for no frame', () => {
    const { layout } = renderer.layout(meta, chain, theme, { width: 1200, height: 630 }, { frame: 'none' });
    expect(layout.texts).toEqual([]);
    expect(layoutProblems(layout)).toEqual([]);
  });

  it('is offered only when the strategy has a chain', () => {
    expect(chain.available(mustValidate({ version: 1, title: 'T', strategy: { name: 'S' } }))).toBe(false);
    expect(chain.available(mustValidate({ version: 1, title: 'T', strategy: { name: 'S', chain: ['a', 'b'] } }))).toBe(true);
  });
});
