import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { validateAnalysis, validateText, type Analysis } from '../../src/analysis/index.js';

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/${name}`, import.meta.url), 'utf8');

function valid(value: unknown): Analysis {
  const result = validateAnalysis(value);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.analysis;
}

const withNodes = (nodes: unknown[], extra: Record<string, unknown> = {}) =>
  valid({ version: 1, title: 'T', strategyMap: { center: 'Hub', nodes, ...extra } }).strategyMap!;

describe('normalisation', () => {
  it('normalises the Meta Llama analysis completely', () => {
    const result = validateText(fixture('meta-llama.json'));
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    const { analysis } = result;
    expect(analysis.id).toBe('meta-llama');
    expect(analysis.strategyMap?.center).toMatchObject({ id: 'llama', label: 'Meta Llama' });
    expect(analysis.strategyMap?.nodes.map((n) => n.id)).toEqual([
      'developer-ecosystem', 'commoditize-ai-layer', 'data-flywheel', 'weaken-openai-google', 'recruitment-magnet',
    ]);
    expect(analysis.strategyMap?.edges).toHaveLength(7);
    expect(analysis.flywheel?.steps[0]).toEqual({ label: 'Better AI' });
    expect(analysis.patterns?.map((p) => p.id)).toEqual([45, 1, 34, 22, 32]);
    expect(analysis.strategy?.chain).toHaveLength(7);
    expect(analysis.bottlenecks?.map((b) => b.kind)).toEqual(['active', 'emerging']);
    expect(analysis).not.toHaveProperty('$schema');
  });

  it('turns string items into objects and draws hub → every satellite by default', () => {
    const map = withNodes(['Direct Sales', { label: 'Autonomy Data', note: 'Fleet miles' }]);
    expect(map.center).toEqual({ id: 'center', label: 'Hub' });
    expect(map.nodes).toEqual([
      { id: 'direct-sales', label: 'Direct Sales' },
      { id: 'autonomy-data', label: 'Autonomy Data', note: 'Fleet miles' },
    ]);
    expect(map.edges).toEqual([
      { from: 'center', to: 'direct-sales' },
      { from: 'center', to: 'autonomy-data' },
    ]);
  });

  it('slugs accents, symbols and non-Latin labels', () => {
    const map = withNodes(['Weaken OpenAI & Google', 'Société Générale', 'Grøn finansiering', 'Thị trường Việt Nam', 'Ελληνική αγορά', '  --Ünïcödé--  ']);
    expect(map.nodes.map((n) => n.id)).toEqual([
      'weaken-openai-google', 'societe-generale', 'gron-finansiering', 'thi-truong-viet-nam', 'node-5', 'unicode',
    ]);
  });

  it('makes default ids unique but rejects duplicate given ids, naming both paths', () => {
    expect(withNodes(['AI!', 'AI?', 'Center']).nodes.map((n) => n.id)).toEqual(['ai', 'ai-2', 'center-2']);
    const result = validateAnalysis({
      version: 1, title: 'T',
      strategyMap: { center: { id: 'hub', label: 'Hub' }, nodes: [{ id: 'a', label: 'A' }, { id: 'hub', label: 'B' }] },
    });
    expect(result.ok ? [] : result.errors).toEqual([
      { path: 'strategyMap.nodes[1].id', message: 'duplicate id "hub" (already used by strategyMap.center)' },
    ]);
  });

  it('checks given edges: unknown ends, self-loops, duplicates', () => {
    const result = validateAnalysis({
      version: 1, title: 'T',
      strategyMap: {
        center: 'Hub', nodes: ['A', 'B'],
        edges: [{ from: 'center', to: 'a' }, { from: 'x', to: 'b' }, { from: 'a', to: 'a' }, { from: 'center', to: 'a' }],
      },
    });
    expect(result.ok ? [] : result.errors).toEqual([
      { path: 'strategyMap.edges[1].from', message: 'unknown node id "x"; known ids: center, a, b' },
      { path: 'strategyMap.edges[2]', message: 'edge from "a" to itself' },
      { path: 'strategyMap.edges[3]', message: 'duplicate edge "center" → "a" (same as strategyMap.edges[0])' },
    ]);
  });

  it('defaults the analysis id to the slug of the title, else "analysis"', () => {
    expect(valid({ version: 1, title: 'Meta’s Open Source Gambit' }).id).toBe('meta-s-open-source-gambit');
    expect(valid({ version: 1, title: 'Ελληνικά' }).id).toBe('analysis');
  });
});

describe('text clean-up', () => {
  it('NFC-normalises and trims', () => {
    const label = withNodes(['  Cafe\u0301  ']).nodes[0]?.label;
    expect(label).toBe('Caf\u00e9');
  });

  it('strips control characters, lone surrogates, noncharacters and zero-width characters', () => {
    const labels = withNodes(['A\u0000B\u0007C', '\u200BHello\u200C\u200D', 'x\uD800y\uDFFFz', 'no\uFFFE\uFFFFn\uFEFFchar']).nodes;
    expect(labels.map((n) => n.label)).toEqual(['ABC', 'Hello', 'xyz', 'nonchar']);
  });

  it('keeps joiners inside emoji sequences and folds line breaks in labels to spaces', () => {
    const labels = withNodes(['Family 👨\u200D👩\u200D👧', 'Better\r\nAI\t\tnow']).nodes;
    expect(labels.map((n) => n.label)).toEqual(['Family 👨\u200D👩\u200D👧', 'Better AI now']);
  });

  it('keeps line breaks in prose', () => {
    const analysis = valid({ version: 1, title: 'T', metaRules: { narrative: ' One.\r\nTwo.\u2028Three. ' } });
    expect(analysis.metaRules?.narrative).toBe('One.\nTwo.\nThree.');
  });

  it('rejects a label that is empty after clean-up, at its path', () => {
    const result = validateAnalysis({ version: 1, title: 'T', strategyMap: { center: 'Hub', nodes: ['A', { label: '\u200B \u0007' }] } });
    expect(result.ok ? [] : result.errors).toEqual([{ path: 'strategyMap.nodes[1].label', message: 'label is empty' }]);
  });

  it('drops an empty optional text with a warning', () => {
    const result = validateAnalysis({ version: 1, title: 'T', subtitle: '   ', flywheel: { steps: ['a', { label: 'b', note: '' }, 'c'] } });
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.analysis).not.toHaveProperty('subtitle');
    expect(result.analysis.flywheel?.steps[1]).toEqual({ label: 'b' });
    expect(result.warnings.map((w) => w.path)).toEqual(['flywheel.steps[1].note', 'subtitle']);
  });

  it('warns when moat or synthesis names a pattern that is not listed', () => {
    const result = validateAnalysis({
      version: 1, title: 'T', patterns: [{ id: 1, name: 'Network Effects' }], synthesis: { quote: 'Q', frameworks: [1, 7] },
    });
    expect(result.ok && result.warnings).toEqual([{ path: 'synthesis.frameworks[1]', message: 'pattern #7 is not listed in "patterns"' }]);
  });
});
