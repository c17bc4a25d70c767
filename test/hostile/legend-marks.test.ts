import { describe, expect, it } from 'vitest';
import { layoutProblems } from '../../src/layout/invariants.js';
import { selectDiagrams } from '../../src/render/render.js';
import { mustValidate, renderer, theme } from '../helpers/render-kit.js';

/**
 * Fuzzer finding (seed 4001, case 2502): a hub named "Z" + eight combining marks at 400×400.
 * Its edges go to the strategy-map legend as "Ź̂̃… › node"; the marks' ink moves each legend
 * line down below its line box, and the legend stacked the next entry by line boxes only, so
 * legend-1's ink overlapped legend-2.
 */

const MARKS = 'Z\u0301\u0302\u0303\u0304\u0305\u0306\u0307\u0308';
const analysis = mustValidate({
  version: 1,
  title: 'Société Générale: Réduire pour mieux croître',
  strategyMap: {
    title: 'La stratégie de Société Générale',
    center: MARKS,
    nodes: ['Banque de détail en France', 'Boursorama, néobanque', 'Zahlungsverkehr & Überweisungen', 'Financiación en España', 'Grøn finansiering', 'नमस्ते', 'Ελληνική αγορά', 'Росбанк продан', 'Thị trường Việt Nam'],
    thesis: 'Moins de pays, plus de rentabilité',
    caption: 'Cessions à l’étranger, capital réinvesti dans la banque en ligne et le crédit vert',
  },
});

describe('strategy-map legend entries whose combining marks reach below their line box', () => {
  it('are stacked by their ink: no two legend texts overlap at 400×400', () => {
    const [d] = selectDiagrams(analysis, ['strategy-map']);
    const { layout } = renderer.layout(analysis, d!, theme, { width: 400, height: 400 });
    const legend = layout.texts.filter((t) => t.role.startsWith('legend-'));
    // the case only tests something while the legend holds two or more entries
    expect(legend.length).toBeGreaterThanOrEqual(2);
    // a hub label of nothing but stacked marks may leave its node, but only with its warning (as in the fuzzer)
    const warned = new Set(layout.warnings.filter((w) => /combining marks reach outside its box/.test(w.message)).map((w) => w.field));
    const unwarned = layoutProblems(layout).filter((p) => {
      const node = layout.nodes.find((n) => n.id === /^label of (\S+) is not inside its box$/.exec(p)?.[1]);
      return !(node && warned.has(node.label.field ?? node.id));
    });
    expect(unwarned).toEqual([]);
    for (let i = 1; i < legend.length; i++) expect(legend[i]!.box.y).toBeGreaterThanOrEqual(legend[i - 1]!.box.y + legend[i - 1]!.box.height);
  });
});
