import { describe, expect, it } from 'vitest';
import { findDiagram } from '../../../src/diagrams/registry.js';
import type { HeroLayout } from '../../../src/diagrams/hero/layout.js';
import { SIZE_PRESETS } from '../../../src/render/sizes.js';
import { sceneContrastProblems } from '../../helpers/invariants.js';
import { fixtures, lightTheme, renderer, theme } from '../../helpers/render-kit.js';
import { diagramExtent, heroProblems } from './hero-checks.js';

export const HERO_PRESETS = ['og', 'square', 'wide', 'portrait', 'x', 'linkedin', 'substack'] as const;
const hero = findDiagram('hero')!;
const meta = fixtures().find((f) => f.name === 'meta-llama.json')!.analysis;

function heroAt(preset: string, t = theme, heroDiagram?: string) {
  const { width, height } = SIZE_PRESETS[preset]!;
  const r = renderer.layout(meta, hero, t, { width, height }, heroDiagram ? { heroDiagram } : {});
  return { ...r, layout: r.layout as HeroLayout };
}

describe('hero on the Meta fixture, every preset', () => {
  for (const preset of HERO_PRESETS) {
    it(`${preset}: holds every invariant, title above its floor, frame clear of the diagram`, () => {
      const { layout, ctx, alt } = heroAt(preset);
      expect(heroProblems(layout, theme)).toEqual([]);
      expect(layout.warnings).toEqual([]);
      // the main diagram is there, whole: hub and five satellites, seven arrows
      expect(layout.nodes.map((n) => n.id)).toContain('llama');
      expect(layout.nodes).toHaveLength(6);
      expect(layout.edges).toHaveLength(7);
      expect(sceneContrastProblems(hero.scene!(layout, theme, ctx, alt))).toEqual([]);
    });
  }

  it('og: title of at least 48 px in at most three balanced lines; kicker, thesis and wordmark present', () => {
    const { layout } = heroAt('og');
    const title = layout.texts.find((t) => t.role === 'title')!;
    expect(title.style.size).toBeGreaterThanOrEqual(48);
    expect(title.lines.length).toBeLessThanOrEqual(3);
    const widths = title.lineWidths;
    if (widths.length > 1) expect(Math.min(...widths) / Math.max(...widths)).toBeGreaterThan(0.6);
    expect(layout.texts.find((t) => t.role === 'kicker')!.text).toBe('Meta');
    expect(layout.texts.find((t) => t.role === 'brand')!.text).toBe(theme.wordmark);
    expect(layout.panels.find((p) => p.id === 'thesis')!.text.text).toBe('Open Source = Competitive Weapon');
  });

  it('gives the diagram a real share of the canvas on every preset', () => {
    for (const preset of HERO_PRESETS) {
      const { layout } = heroAt(preset);
      const e = diagramExtent(layout)!;
      expect(e.width * e.height, preset).toBeGreaterThan(0.25 * layout.width * layout.height);
    }
  });

  it('does not repeat the strategy map\'s own title, caption or wordmark inside the hero', () => {
    const { layout } = heroAt('og');
    const all = [...layout.texts, ...layout.panels.map((p) => p.text)].map((t) => t.text);
    expect(all).not.toContain("Meta's Open Source Strategy Map");
    expect(all).not.toContain(meta.strategyMap!.caption);
    expect(all.filter((t) => t === theme.wordmark)).toHaveLength(1);
  });

  it('holds on the light theme too', () => {
    for (const preset of ['og', 'square'] as const) {
      const { layout, ctx, alt } = heroAt(preset, lightTheme);
      expect(heroProblems(layout, lightTheme)).toEqual([]);
      expect(sceneContrastProblems(hero.scene!(layout, lightTheme, ctx, alt))).toEqual([]);
    }
  });

  it('lays out identically twice', () => {
    expect(JSON.stringify(heroAt('og').layout.texts)).toBe(JSON.stringify(heroAt('og').layout.texts));
  });
});

describe('heroProblems() can fail', () => {
  it('flags a title below its floor, a frame text over the diagram and text off the safe zone', () => {
    const { layout } = heroAt('og');
    const title = layout.texts.find((t) => t.role === 'title')!;
    const node = layout.nodes[1]!;
    const broken: HeroLayout = {
      ...layout,
      texts: layout.texts.map((t) => (t === title ? { ...t, style: { ...t.style, size: 30 } } : t.role === 'brand' ? { ...t, box: { ...node.box, x: node.box.x + 2 } } : t)),
      panels: layout.panels.map((p) => ({ ...p, box: { ...p.box, x: -5 } })),
    };
    const problems = heroProblems(broken, theme).join('\n');
    expect(problems).toMatch(/title is 30px, below/);
    expect(problems).toMatch(/brand overlaps the diagram/);
    expect(problems).toMatch(/thesis pill leaves the safe zone/);
  });
});

describe('hero on every fixture at extreme canvases', () => {
  const extremes = [{ width: 400, height: 400 }, { width: 600, height: 400 }, { width: 2400, height: 400 }, { width: 400, height: 2400 }];
  for (const { name, analysis } of fixtures().filter((f) => hero.available(f.analysis))) {
    it(`${name}: holds every invariant at 400×400, 600×400, 2400×400 and 400×2400`, () => {
      for (const size of extremes) {
        const { layout } = renderer.layout(analysis, hero, theme, size);
        expect(heroProblems(layout as HeroLayout, theme), `${size.width}x${size.height}`).toEqual([]);
      }
    });
  }
});
