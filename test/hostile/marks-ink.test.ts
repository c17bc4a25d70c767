import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DiagramLayout } from '../../src/layout/types.js';
import { layoutProblems } from '../../src/layout/invariants.js';
import { selectDiagrams } from '../../src/render/render.js';
import { canvasMetrics } from '../../src/layout/metrics.js';
import { mustValidate, renderer, theme } from '../helpers/render-kit.js';
import { FIX } from './kit.js';

/**
 * Fuzzer finding (seed 4001, case 2502): a hub named "Z" + eight combining marks at 400×400.
 * Its edges go to the strategy-map legend as "Ź̂̃… › node"; the marks' ink moves each legend
 * line down below its line box, and the legend stacked the next entry by line boxes only, so
 * legend-1's ink overlapped legend-2. Since crowded maps draw more spokes (smaller heads), that
 * map keeps its edges off the legend, so the case now also carries labelled card-to-card edges
 * whose labels start with the marks: at these sizes they go to the legend.
 */

const MARKS = 'Z\u0301\u0302\u0303\u0304\u0305\u0306\u0307\u0308';
const NODES = ['Banque de détail en France', 'Boursorama, néobanque', 'Zahlungsverkehr & Überweisungen', 'Financiación en España', 'Grøn finansiering', 'नमस्ते', 'Ελληνική αγορά', 'Росбанк продан', 'Thị trường Việt Nam'];
const analysis = mustValidate({
  version: 1,
  title: 'Société Générale: Réduire pour mieux croître',
  strategyMap: {
    title: 'La stratégie de Société Générale',
    center: MARKS,
    nodes: NODES.map((label, i) => ({ id: `n${i}`, label })),
    // between neighbours on the ring (putting joined cards side by side, order.ts, cannot help) and long
    // enough that at these sizes they go to the legend
    edges: NODES.map((_, i) => ({ from: `n${i}`, to: `n${(i + 1) % NODES.length}`, label: `${MARKS} lien ${i} entre deux cartes` })),
    thesis: 'Moins de pays, plus de rentabilité',
    caption: 'Cessions à l’étranger, capital réinvesti dans la banque en ligne et le crédit vert',
  },
});

/** Layout problems, except a node label whose marks leave its node with its warning (as the fuzzer accepts it). */
function unwarnedProblems(layout: DiagramLayout): string[] {
  const warned = new Set(layout.warnings.filter((w) => /combining marks reach outside its box/.test(w.message)).map((w) => w.field));
  return layoutProblems(layout).filter((p) => {
    const node = layout.nodes.find((n) => n.id === /^label of (\S+) is not inside its box$/.exec(p)?.[1]);
    return !(node && warned.has(node.label.field ?? node.id));
  });
}

describe('strategy-map legend entries whose combining marks reach below their line box', () => {
  it.each([
    { width: 600, height: 400 },
    { width: 400, height: 600 },
    { width: 1200, height: 630 },
  ])('are stacked by their ink: no two legend texts overlap at $width×$height', (size) => {
    const [d] = selectDiagrams(analysis, ['strategy-map']);
    // the diagram's own layout with the usual frame: the renderer's tight frame (render.ts) gives
    // this map room enough to keep its labels off the legend at two of these sizes
    const metrics = canvasMetrics(size.width, size.height, theme);
    const ctx = { metrics, theme, text: renderer.text.forCanvas({ lang: analysis.lang ?? 'en', floor: metrics.minFont }) };
    const layout = d!.layout(d!.model(analysis, ctx), ctx);
    const legend = layout.texts.filter((t) => t.role.startsWith('legend-'));
    // the case only tests something while the legend holds two or more entries
    expect(legend.length).toBeGreaterThanOrEqual(2);
    expect(unwarnedProblems(layout)).toEqual([]);
    for (let i = 1; i < legend.length; i++) expect(legend[i]!.box.y).toBeGreaterThanOrEqual(legend[i - 1]!.box.y + legend[i - 1]!.box.height);
  });
});

/** Edge labels that start with "Z" + eight combining marks: the chip must hold the marks' ink too. */
const twoWay = JSON.parse(readFileSync(join(FIX, 'two-way-edges.json'), 'utf8')) as { strategyMap: { edges: { label?: string }[] } };
for (const e of twoWay.strategyMap.edges) if (e.label) e.label = `${MARKS} ${e.label}`;
const markedEdges = mustValidate(twoWay);

describe('strategy-map edge-label chips around labels with stacked combining marks', () => {
  it.each([
    { width: 1200, height: 630 },
    { width: 1080, height: 1350 },
    { width: 600, height: 400 },
    { width: 2400, height: 400 },
  ])('hold their text at $width×$height', (size) => {
    const [d] = selectDiagrams(markedEdges, ['strategy-map']);
    const { layout } = renderer.layout(markedEdges, d!, theme, size);
    // the case only tests something while some labels sit in chips beside their edges
    expect(layout.edges.filter((e) => e.label && e.labelBox && e.label.role !== 'edge-marker').length).toBeGreaterThan(0);
    expect(unwarnedProblems(layout)).toEqual([]);
  });
});

/** The card frame (layers, patterns, moat, quote, bottlenecks) puts the subject as a kicker over the title. */
// both marked: the title's own marks move its lines down until its ink starts at its top, right under the kicker
const markupLabels = JSON.parse(readFileSync(join(FIX, 'markup-labels.json'), 'utf8')) as { subject?: string; title: string };
markupLabels.subject = `${MARKS} ${markupLabels.subject ?? 'Subject'}`;
markupLabels.title = `${MARKS} ${markupLabels.title}`;
const markedSubject = mustValidate(markupLabels);

describe('a card frame whose kicker (the subject) and title start with stacked combining marks', () => {
  it.each([
    { width: 1200, height: 630 },
    { width: 400, height: 400 },
    { width: 600, height: 1600 },
  ])('keeps the title below the kicker\'s ink at $width×$height', (size) => {
    const [d] = selectDiagrams(markedSubject, ['layers']);
    const { layout } = renderer.layout(markedSubject, d!, theme, size);
    const kicker = layout.texts.find((t) => t.role === 'kicker');
    const title = layout.texts.find((t) => t.role === 'title');
    expect(kicker && title).toBeTruthy();
    expect(title!.box.y).toBeGreaterThanOrEqual(kicker!.box.y + kicker!.box.height);
    expect(unwarnedProblems(layout)).toEqual([]);
  });
});

/** Pattern cards put the note under the name; both starting with stacked marks must not overlap. */
const satellites = JSON.parse(readFileSync(join(FIX, 'three-satellites.json'), 'utf8')) as { patterns: { name: string; note?: string }[] };
for (const p of satellites.patterns) {
  p.name = `${MARKS} ${p.name}`;
  if (p.note) p.note = `${MARKS} ${p.note}`;
}
const markedPatterns = mustValidate(satellites);

describe('pattern cards whose name and note start with stacked combining marks', () => {
  it.each([
    { width: 1080, height: 1080 },
    { width: 400, height: 400 },
    { width: 2400, height: 400 },
  ])('keep the note below the name\'s ink at $width×$height', (size) => {
    const [d] = selectDiagrams(markedPatterns, ['patterns']);
    const { layout } = renderer.layout(markedPatterns, d!, theme, size);
    // the case only tests something while a note is drawn
    expect(layout.nodes.some((n) => n.note)).toBe(true);
    expect(unwarnedProblems(layout)).toEqual([]);
  });
});
