import { describe, expect, it } from 'vitest';
import { strategyMap } from '../../../src/diagrams/strategy-map/index.js';
import { findDiagram } from '../../../src/diagrams/registry.js';
import { layoutTexts } from '../../../src/layout/texts.js';
import { layoutProblems } from '../../helpers/invariants.js';
import { fixtures, renderer, theme } from '../../helpers/render-kit.js';

const byName = (name: string) => fixtures().find((f) => f.name === name)!.analysis;

describe('strategy map hub label: wider and more lines before an ellipsis', () => {
  // "Unternehmensressourcenplanung": one long word, cut to "Unterneh-/mensres…" in a hub of at most 30% of the area's width
  for (const size of [{ width: 1080, height: 1080 }, { width: 1080, height: 1350 }]) {
    it(`shows the German hub label whole at ${size.width}x${size.height}, within half the width and four lines`, () => {
      const { layout } = renderer.layout(byName('german-mittelstand.json'), strategyMap, theme, size);
      expect(layoutProblems(layout)).toEqual([]);
      const hub = layout.nodes.find((n) => n.role === 'hub')!;
      expect(hub.label.truncated).toBeFalsy();
      expect(hub.label.lines.join('').replace(/-/g, '')).toBe('Unternehmensressourcenplanung');
      expect(hub.label.lines.length).toBeLessThanOrEqual(4);
      expect(hub.label.box.width).toBeLessThanOrEqual(0.5 * (size.width - 2 * layout.margin));
      expect(layout.warnings.filter((w) => w.field === 'strategyMap.center.label')).toEqual([]);
      expect(layoutTexts(layout).filter((t) => t.truncated)).toEqual([]);
    });
  }

  it('keeps the hub no smaller than the cards', () => {
    const { layout } = renderer.layout(byName('german-mittelstand.json'), strategyMap, theme, { width: 1080, height: 1080 });
    const hub = layout.nodes.find((n) => n.role === 'hub')!;
    for (const n of layout.nodes.filter((x) => x.role !== 'hub')) expect(hub.label.style.size).toBeGreaterThanOrEqual(n.label.style.size);
  });

  // long-labels: five cards of about 90 characters take the cards sized to the room (roomy.ts), whose
  // hub kept at most 30% of the width and was cut ("Microsoft and OpenAI Partnership Anchored o…").
  // `cuts`: texts cut before the hub could widen there (hub, cards, title, caption): one fewer now
  const long = 'Microsoft and OpenAI Partnership Anchored on Exclusive Azure Compute';
  const cases = [
    { diagram: 'strategy-map', width: 1080, height: 1080, cuts: 8 },
    { diagram: 'strategy-map', width: 1080, height: 1350, cuts: 8 },
    { diagram: 'strategy-map', width: 400, height: 400, cuts: 8 },
    { diagram: 'strategy-map', width: 600, height: 1600, cuts: 3, cardsWhole: true },
    { diagram: 'hero', width: 1080, height: 1080, cuts: 6 },
    { diagram: 'hero', width: 400, height: 400, cuts: 6 },
    { diagram: 'hero', width: 600, height: 1600, cuts: 1, cardsWhole: true },
  ];
  for (const c of cases)
    it(`shows the long-labels hub whole, ${c.diagram} at ${c.width}x${c.height}, with fewer cuts than before (${c.cuts})`, () => {
      const { layout } = renderer.layout(byName('long-labels.json'), findDiagram(c.diagram)!, theme, { width: c.width, height: c.height });
      expect(layoutProblems(layout)).toEqual([]);
      const hub = layout.nodes.find((n) => n.role === 'hub')!;
      expect(hub.label.truncated).toBeFalsy();
      expect(hub.label.lines.join(' ').replace(/- /g, '')).toBe(long);
      expect(hub.label.lines.length).toBeLessThanOrEqual(4);
      expect(layoutTexts(layout).filter((t) => t.truncated).length).toBeLessThan(c.cuts);
      if (c.cardsWhole) for (const n of layout.nodes) expect(n.label.truncated, n.id).toBeFalsy();
      for (const n of layout.nodes.filter((x) => x.role !== 'hub')) expect(hub.label.style.size).toBeGreaterThanOrEqual(n.label.style.size);
    });
});
