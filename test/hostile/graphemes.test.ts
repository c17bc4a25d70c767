import { describe, expect, it } from 'vitest';
import { layoutProblems } from '../../src/layout/invariants.js';
import { selectDiagrams } from '../../src/render/render.js';
import { graphemes } from '../../src/text/graphemes.js';
import { mustValidate, renderer, theme } from '../helpers/render-kit.js';

/** Grapheme clusters: combining marks and ZWJ sequences measured and drawn as one character each. */

const MARKS = 'Z\u0301\u0302\u0303\u0304\u0305\u0306\u0307\u0308';
const FAMILY = '\u{1F468}\u200D\u{1F469}\u200D\u{1F467}';
const SIZES = [
  { width: 1200, height: 630 },
  { width: 1080, height: 1080 },
  { width: 1080, height: 1350 },
  { width: 400, height: 400 },
  { width: 2400, height: 600 },
  { width: 600, height: 1600 },
];

const withMarks = mustValidate({
  version: 1,
  title: `Marks ${MARKS}`,
  flywheel: { center: `Hub ${MARKS}`, steps: [`Step ${MARKS}`, `More ${MARKS}${MARKS}${MARKS}`, `Third ${MARKS}`] },
  strategyMap: { center: `Hub ${MARKS}`, nodes: [`${MARKS}${MARKS}${MARKS}${MARKS}`, `Node ${MARKS}`, 'Plain node', `Ä\u0308\u0308 Ö\u0323\u0323 family ${FAMILY}`] },
});
const angstrom = mustValidate({
  version: 1,
  title: 'Ångström Ångström Ångström',
  subtitle: 'Ångström gÅ',
  flywheel: { center: 'Ångström', steps: ['Ångström one', 'Ångström two', 'Ångström three'] },
  strategyMap: { center: 'Ångström', nodes: ['Ångström', 'Ågy', 'Plain'] },
  synthesis: { quote: 'Ångström Ångström Ångström Ångström' },
});

const layoutOf = (a: typeof withMarks, name: string, size: { width: number; height: number }) => {
  const [d] = selectDiagrams(a, [name]);
  return renderer.layout(a, d!, theme, size).layout;
};

describe('grapheme clusters', () => {
  it('Z with eight combining marks is one cluster; a ZWJ family is one cluster', () => {
    expect(graphemes(`a${MARKS}b`)).toEqual(['a', MARKS, 'b']);
    expect(graphemes(FAMILY)).toHaveLength(1);
  });

  it('combining marks add no advance: "Z"+marks measures as wide as "Z"', () => {
    const style = { size: 40, weight: 600 };
    expect(renderer.text.measurer.wordWidth(MARKS, style)).toBeCloseTo(renderer.text.measurer.wordWidth('Z', style), 6);
  });

  it('the ink of combining marks is counted, and stays over the base', () => {
    const style = { size: 40, weight: 600 };
    const place = (text: string) => renderer.text.placer.place({ role: 'x', text, lines: [text], style, lineHeight: 48, align: 'start', x: 100, top: 100 });
    const plain = place('Z');
    const marked = place('Z\u0301');
    expect(marked.box.height).toBeGreaterThan(plain.box.height + 4);
    // the acute sits over the Z, not after it
    expect(marked.box.x + marked.box.width).toBeLessThanOrEqual(plain.box.x + plain.box.width + 1);
    expect(marked.box.y).toBeGreaterThanOrEqual(100 - 0.01);
  });

  it('tracking is added per cluster, not per code point', () => {
    const style = { size: 20, weight: 700, tracking: 0.14 };
    expect(renderer.text.measurer.wordWidth('Z\u0301\u0308', style)).toBeCloseTo(renderer.text.measurer.wordWidth('Z', style), 6);
  });

  it('a ZWJ sequence no font has is one "?", not one per code point', () => {
    const style = { size: 40, weight: 400 };
    expect(renderer.text.measurer.wordWidth(FAMILY, style)).toBeCloseTo(renderer.text.measurer.wordWidth('?', style), 6);
  });

  it.each(SIZES)('the flywheel with combining marks renders at $width×$height and every rule holds', (size) => {
    const l = layoutOf(withMarks, 'flywheel', size);
    expect(layoutProblems(l)).toEqual([]);
  });

  it.each(SIZES)('strategy-map labels with combining marks stay in their boxes at $width×$height (or warn)', (size) => {
    const l = layoutOf(withMarks, 'strategy-map', size);
    const problems = layoutProblems(l);
    const warned = new Set(l.warnings.filter((w) => /reach outside its box/.test(w.message)).map((w) => w.field));
    for (const p of problems) {
      const id = /^label of (\S+) is not inside its box$/.exec(p)?.[1];
      expect(id, p).toBeDefined();
      const node = l.nodes.find((n) => n.id === id)!;
      expect(warned.has(node.label.field ?? node.id), `${p} without a warning`).toBe(true);
    }
  });

  it.each(SIZES)('"Ångström" ink stays inside the canvas margin at $width×$height', (size) => {
    for (const d of selectDiagrams(angstrom, 'all')) {
      const l = renderer.layout(angstrom, d, theme, size).layout;
      const margin = layoutProblems(l).filter((p) => /leaves the canvas margin/.test(p));
      expect(margin, d.name).toEqual([]);
    }
  });
});
