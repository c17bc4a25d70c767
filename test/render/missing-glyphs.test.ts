import { describe, expect, it } from 'vitest';
import { strategyMap } from '../../src/diagrams/strategy-map/index.js';
import { mustValidate, renderer, theme } from '../helpers/render-kit.js';

describe('characters outside the bundled fonts', () => {
  it('warn with the field that holds them (CJK drawn as "?" never passes silently)', () => {
    const a = mustValidate({ version: 1, title: 'Alibaba', strategyMap: { center: 'Alibaba 阿里巴巴', nodes: ['Taobao', 'Tmall 天猫', 'Cainiao'] } });
    const { layout } = renderer.layout(a, strategyMap, theme, { width: 1200, height: 630 });
    expect(layout.warnings.map((w) => w.field).sort()).toEqual(['strategyMap.center.label', 'strategyMap.nodes[1].label']);
  });

  it('stay quiet for Latin, Greek, Cyrillic and Vietnamese text', () => {
    const a = mustValidate({ version: 1, title: 'Société', strategyMap: { center: 'Ελληνική', nodes: ['Росбанк', 'Thị trường Việt Nam', 'Grøn → vækst'] } });
    const { layout } = renderer.layout(a, strategyMap, theme, { width: 1200, height: 630 });
    expect(layout.warnings).toEqual([]);
  });
});
