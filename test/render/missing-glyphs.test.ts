import { describe, expect, it } from 'vitest';
import { strategyMap } from '../../src/diagrams/strategy-map/index.js';
import { mustValidate, renderer, theme } from '../helpers/render-kit.js';

describe('characters outside the bundled fonts', () => {
  it('warn with the field that holds them (text drawn as "?" never passes silently)', () => {
    const a = mustValidate({ version: 1, title: 'Aramco', strategyMap: { center: 'Aramco أرامكو', nodes: ['Upstream', 'Downstream नमस्ते', 'Chemicals'] } });
    const { layout } = renderer.layout(a, strategyMap, theme, { width: 1200, height: 630 });
    expect(layout.warnings.map((w) => w.field).sort()).toEqual(['strategyMap.center.label', 'strategyMap.nodes[1].label']);
  });

  it('stay quiet for Latin, Greek, Cyrillic and Vietnamese text', () => {
    const a = mustValidate({ version: 1, title: 'Société', strategyMap: { center: 'Ελληνική', nodes: ['Росбанк', 'Thị trường Việt Nam', 'Grøn → vækst'] } });
    const { layout } = renderer.layout(a, strategyMap, theme, { width: 1200, height: 630 });
    expect(layout.warnings).toEqual([]);
  });
});

describe('CJK text', () => {
  it('is drawn with Noto Sans SC when @fontsource/noto-sans-sc is installed (a devDependency here)', () => {
    const a = mustValidate({ version: 1, title: '阿里巴巴 Alibaba', strategyMap: { center: '阿里巴巴', nodes: ['淘宝 Taobao', 'トヨタ 自動車', '菜鸟'] } });
    const { layout } = renderer.layout(a, strategyMap, theme, { width: 1200, height: 630 });
    expect(layout.warnings).toEqual([]);
    expect(renderer.text.hasMissingGlyphs('阿里巴巴 トヨタ', 600)).toBe(false);
    const hub = layout.nodes[0]!.label;
    expect(hub.box.width).toBeGreaterThan(hub.style.size * 3); // four ideographs, not four "?"
  });
});
