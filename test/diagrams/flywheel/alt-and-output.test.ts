import { describe, expect, it } from 'vitest';
import { flywheel } from '../../../src/diagrams/flywheel/index.js';
import { flywheelAlt } from '../../../src/diagrams/flywheel/alt.js';
import { flywheelModel } from '../../../src/diagrams/flywheel/model.js';
import { layoutProblems } from '../../helpers/invariants.js';
import { fixtures, mustValidate, renderer, theme } from '../../helpers/render-kit.js';

const meta = fixtures().find((f) => f.name === 'meta-llama.json')!.analysis;

describe('flywheel.alt()', () => {
  it('reads the loop, eliding the middle when the whole loop passes 125 characters', () => {
    const alt = flywheelAlt(flywheelModel(meta));
    expect(alt.short).toBe('Flywheel, 6 steps: Better AI → Better content ranking → … → back to Better AI');
    expect(alt.long).toContain('At the centre: Ad revenue.');
    for (const s of meta.flywheel!.steps) expect(alt.long).toContain(s.label);
    expect(alt.long).toContain('More AI investment → Better AI');
  });

  it('reads the whole loop when it is short', () => {
    const a = mustValidate({ version: 1, title: 'T', flywheel: { steps: ['Hosts', 'Guests', 'Reviews'] } });
    expect(flywheelAlt(flywheelModel(a)).short).toBe('Flywheel, 3 steps: Hosts → Guests → Reviews → back to Hosts');
  });
});

describe('flywheel output', () => {
  it('is byte-identical across two renders', () => {
    const opts = { diagrams: ['flywheel'], theme, size: { width: 1200, height: 630 }, formats: ['svg', 'layout'] as ('svg' | 'layout')[] };
    const [a] = renderer.render(meta, opts);
    const [b] = renderer.render(meta, opts);
    expect(a!.svg).toBe(b!.svg);
    expect(JSON.stringify(a!.layout)).toBe(JSON.stringify(b!.layout));
  });

  it('is part of `all` and describes its steps in layout.json with role "step"', () => {
    const all = renderer.render(meta, { diagrams: 'all', theme, size: { width: 1200, height: 630 }, formats: ['layout'] });
    const fw = all.find((r) => r.diagram === 'flywheel')!;
    expect(fw).toBeDefined();
    const steps = fw.layout!.nodes.filter((n) => n.role === 'step');
    expect(steps).toHaveLength(6);
    expect(fw.layout!.edges).toHaveLength(6);
    expect(fw.svg).toBeUndefined();
  });

  it('draws its arcs at the theme arc width, thicker than spokes', () => {
    const { layout, alt, ctx } = renderer.layout(meta, flywheel, theme, { width: 1200, height: 630 });
    const scene = flywheel.scene!(layout, theme, ctx, alt);
    const arcs = scene.items.filter((it) => it.type === 'path' && layout.edges.some((e) => e.id === it.id));
    expect(arcs).toHaveLength(6);
    for (const a of arcs) expect(a.type === 'path' && a.strokeWidth).toBe(theme.stroke.arc);
    expect(scene.title).toBe(alt.short);
  });

  it('lays out the bare diagram, without title or wordmark, when a composition asks for no frame', () => {
    const { layout } = renderer.layout(meta, flywheel, theme, { width: 1200, height: 630 }, { frame: 'none' });
    expect(layout.texts.filter((t) => t.role === 'title' || t.role === 'brand')).toEqual([]);
    expect(layoutProblems(layout)).toEqual([]);
  });

  it('is not offered for an analysis without a flywheel', () => {
    expect(flywheel.available(mustValidate({ version: 1, title: 'T' }))).toBe(false);
  });
});
