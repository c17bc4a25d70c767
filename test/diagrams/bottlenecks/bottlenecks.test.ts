import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { bottlenecks } from '../../../src/diagrams/bottlenecks/index.js';
import { selectDiagrams } from '../../../src/render/render.js';
import type { Analysis } from '../../../src/analysis/types.js';
import type { CanvasSize } from '../../../src/render/sizes.js';
import type { SceneItem } from '../../../src/scene/types.js';
import { layoutProblems, sceneContrastProblems } from '../../helpers/invariants.js';
import { CARD_RUNS, CARD_SIZES, metaAnalysis, renderProblems } from '../../helpers/card-kit.js';
import { fixtures, labelArb, lightTheme, mustValidate, renderer, theme } from '../../helpers/render-kit.js';

const SIZES = CARD_SIZES;
const RUNS = CARD_RUNS;
const meta = metaAnalysis();
const problems = (a: Analysis, size: CanvasSize): string[] => renderProblems(bottlenecks, a, size);

const byId = (items: SceneItem[], id: string) => items.find((i) => i.id === id);

describe('bottlenecks diagram on the Meta fixture', () => {
  for (const size of SIZES) {
    it(`holds every invariant at ${size.width}x${size.height}`, () => {
      expect(problems(meta, size)).toEqual([]);
    });
  }

  it('tells active from emerging by word, border and marker, not by colour alone', () => {
    const { layout, alt, ctx } = renderer.layout(meta, bottlenecks, theme, { width: 1200, height: 630 });
    expect(layout.warnings).toEqual([]);
    expect(layout.panels.map((p) => `${p.role}:${p.text.text}`)).toEqual(['active:ACTIVE', 'emerging:EMERGING']);
    const scene = bottlenecks.scene!(layout, theme, ctx, alt);
    const [active, emerging] = layout.nodes;
    const activeCard = byId(scene.items, `node-${active!.id}`)!;
    const emergingCard = byId(scene.items, `node-${emerging!.id}`)!;
    expect(activeCard.type).toBe('rect');
    expect(emergingCard.type === 'path' && emergingCard.dash && emergingCard.dash.length > 0).toBe(true);
    const dot = byId(scene.items, `panel-${active!.id}-kind-marker`)!;
    const ring = byId(scene.items, `panel-${emerging!.id}-kind-marker`)!;
    expect(dot.type).toBe('circle');
    expect(ring.type === 'path' && ring.fill === undefined && ring.stroke !== undefined).toBe(true);
  });

  it('puts active bottlenecks first, keeping each one\'s JSON path', () => {
    const a = mustValidate({ version: 1, title: 'Order', bottlenecks: [{ kind: 'emerging', title: 'Later' }, { kind: 'active', title: 'Now' }] });
    const { layout } = renderer.layout(a, bottlenecks, theme, { width: 1200, height: 630 });
    expect(layout.nodes.map((n) => n.label.text)).toEqual(['Now', 'Later']);
    expect(layout.nodes.map((n) => n.label.field)).toEqual(['bottlenecks[1].title', 'bottlenecks[0].title']);
  });

  it('alt text names each bottleneck with its kind', () => {
    const alt = bottlenecks.alt(bottlenecks.model(meta));
    expect(alt.short).toContain('active: Metaverse investment drag');
    expect(alt.short).toContain('emerging: Regulatory risk in attention markets');
    expect(alt.long).toContain(meta.bottlenecks![0]!.text!);
  });

  it('is in `-d all` exactly when the analysis has bottlenecks', () => {
    expect(selectDiagrams(meta, 'all').map((d) => d.name)).toContain('bottlenecks');
    const none = mustValidate({ version: 1, title: 'None', synthesis: { quote: 'Short and sweet.' } });
    expect(selectDiagrams(none, 'all').map((d) => d.name)).not.toContain('bottlenecks');
  });

  it('renders byte-identical SVG and PNG twice', () => {
    const [a] = renderer.render(meta, { theme, size: { width: 1200, height: 630 }, diagrams: ['bottlenecks'] });
    const [b] = renderer.render(meta, { theme, size: { width: 1200, height: 630 }, diagrams: ['bottlenecks'] });
    expect(b!.svg).toBe(a!.svg);
    expect(Buffer.compare(Buffer.from(b!.png!), Buffer.from(a!.png!))).toBe(0);
  });
});

describe('bottlenecks diagram on generated analyses', () => {
  it('holds every invariant for 1–6 bottlenecks of either kind with 1–120 character titles and texts', () => {
    const item = fc.record({ kind: fc.constantFrom('active', 'emerging'), title: labelArb, text: fc.option(labelArb, { nil: undefined }) });
    fc.assert(
      fc.property(fc.array(item, { minLength: 1, maxLength: 6 }), fc.constantFrom(...SIZES), (list, size) => {
        const a = mustValidate({ version: 1, title: 'Generated', bottlenecks: list.map((b) => (b.text ? b : { kind: b.kind, title: b.title })) });
        expect(problems(a, size)).toEqual([]);
        const alt = bottlenecks.alt(bottlenecks.model(a));
        for (const b of a.bottlenecks!) expect(alt.short).toContain(`${b.kind}: ${b.title}`);
      }),
      { numRuns: RUNS, seed: 64 },
    );
  });
});
