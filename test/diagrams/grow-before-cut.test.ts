import { describe, expect, it } from 'vitest';
import { flywheel } from '../../src/diagrams/flywheel/index.js';
import { attempt } from '../../src/diagrams/flywheel/layout.js';
import { settings } from '../../src/diagrams/flywheel/settings.js';
import { flywheelModel } from '../../src/diagrams/flywheel/model.js';
import { patterns } from '../../src/diagrams/patterns/index.js';
import { notesFit } from '../../src/diagrams/patterns/layout.js';
import { patternsModel } from '../../src/diagrams/patterns/model.js';
import { layers } from '../../src/diagrams/layers/index.js';
import { fitsWithCap } from '../../src/diagrams/layers/layout.js';
import { layersModel } from '../../src/diagrams/layers/model.js';
import { layoutFrame } from '../../src/layout/frame.js';
import { fixtures, mustValidate, renderer, theme } from '../helpers/render-kit.js';
import { findDiagram } from '../../src/diagrams/registry.js';
import { stackedFrame } from '../../src/diagrams/hero/compose.js';
import { heroStyles, titleLines } from '../../src/diagrams/hero/styles.js';

const hero = findDiagram('hero')!;

/** Square, portrait, the extreme shapes and the small square: where texts were cut or dropped. */
const SIZES = [
  { width: 1080, height: 1080 },
  { width: 1080, height: 1350 },
  { width: 2400, height: 600 },
  { width: 600, height: 1600 },
  { width: 400, height: 400 },
];
const ALL = fixtures();

/** Ten patterns with two-sentence notes: more text than any of these canvases holds, so the search has notes to leave out. */
const CROWDED_PATTERNS = mustValidate({
  version: 1,
  title: 'Ten patterns, each with a long note',
  patterns: Array.from({ length: 10 }, (_, i) => ({
    id: i + 1,
    name: `Pattern number ${i + 1}`,
    note: 'A note long enough to take several lines in any card: it explains the pattern, then gives an example of it at work.',
  })),
});

/**
 * For every text a diagram leaves out, the layout search really ran out of room: the larger
 * layout that would hold it (the same diagram with the text in) fits nowhere on that canvas.
 */
describe('a text is left out only when no larger layout of its diagram fits', () => {
  it('pattern notes', () => {
    let dropped = 0;
    for (const analysis of [...ALL.map((f) => f.analysis).filter((a) => a.patterns?.some((p) => p.note)), CROWDED_PATTERNS]) {
      for (const size of SIZES) {
        const { layout, ctx } = renderer.layout(analysis, patterns, theme, size);
        const left = layout.warnings.filter((w) => /note left out/.test(w.message));
        const shownNotes = layout.nodes.filter((n) => n.note).length;
        const model = patternsModel(analysis);
        if (left.length > 0) {
          dropped++;
          expect(shownNotes).toBe(0);
          expect(notesFit(model, ctx, ctx.metrics.minFont)).toBe(false);
          for (const w of left) expect(w.field).toMatch(/^patterns\[\d+\]\.note$/);
        } else expect(shownNotes).toBe(model.items.filter((it) => it.note).length);
      }
    }
    expect(dropped).toBeGreaterThan(0);
  });

  it('flywheel notes', () => {
    for (const { analysis } of ALL.filter((f) => f.analysis.flywheel?.steps.some((s) => s.note))) {
      for (const size of SIZES) {
        const { layout, ctx } = renderer.layout(analysis, flywheel, theme, size);
        const left = layout.warnings.filter((w) => /note left out/.test(w.message));
        if (left.length === 0) continue;
        const model = flywheelModel(analysis);
        const frame = layoutFrame({ ...(model.title ? { title: model.title } : {}), brand: theme.wordmark }, ctx.metrics, ctx.text, theme);
        const withNotes = settings(model, ctx, frame.area).filter((s) => s.mode !== 'dots' && s.notes);
        for (const s of withNotes) expect(attempt(model, ctx, frame, s, false)).toBeNull();
      }
    }
  });

  it('five-layer items', () => {
    let dropped = 0;
    for (const { analysis } of ALL.filter((f) => layersModel(f.analysis).bands.length > 0)) {
      for (const size of SIZES) {
        const { layout, ctx } = renderer.layout(analysis, layers, theme, size);
        const full = layersModel(analysis);
        const shown = layout.nodes.filter((n) => n.role === 'node').length;
        const total = full.bands.reduce((s, b) => s + b.items.length, 0);
        const left = layout.warnings.filter((w) => /left out of the/.test(w.message));
        expect(left.length).toBe(total - shown);
        if (left.length === 0) continue;
        dropped++;
        const shownIn = full.bands.map((b) => layout.nodes.filter((n) => n.role === 'node' && n.id.startsWith(`layer-${b.level}-`)).length);
        expect(fitsWithCap(full, ctx, Math.max(...shownIn) + 1)).toBe(false);
        // and no band that lost an item could have kept one more, the other bands as shown
        full.bands.forEach((b, i) => {
          if (shownIn[i]! >= b.items.length) return;
          expect(fitsWithCap(full, ctx, shownIn.map((k, j) => (j === i ? k + 1 : k)))).toBe(false);
        });
      }
    }
    expect(dropped).toBeGreaterThan(0);
  });

  it('flywheel labels: cut only when no setting shows every label whole', () => {
    const long = 'Customers bring their own integration partners and every partner brings the next customer along';
    const analysis = mustValidate({ version: 1, title: 'T', flywheel: { center: 'Scale', steps: Array.from({ length: 10 }, (_, i) => `${i + 1}. ${long}`) } });
    let cutSomewhere = 0;
    for (const size of [{ width: 400, height: 400 }, { width: 600, height: 1600 }]) {
      const { layout, ctx } = renderer.layout(analysis, flywheel, theme, size);
      const cut = [...layout.nodes.map((n) => n.label), ...layout.texts].filter((t) => t.truncated && t.role !== 'title');
      if (cut.length === 0) continue;
      cutSomewhere++;
      for (const t of cut) expect(layout.warnings.map((w) => w.field)).toContain(t.field);
      const model = flywheelModel(analysis);
      const frame = layoutFrame({ ...(model.title ? { title: model.title } : {}), brand: theme.wordmark }, ctx.metrics, ctx.text, theme);
      // every setting that shows labels whole (cards, track, dots at every size) fails on this canvas
      for (const s of settings(model, ctx, frame.area)) expect(attempt(model, ctx, frame, s, false)).toBeNull();
    }
    expect(cutSomewhere).toBeGreaterThan(0);
  }, 300_000);

  it('hero titles: cut only when even one more line at the smallest title size leaves the diagram no room', () => {
    let cuts = 0;
    for (const { analysis } of ALL.filter((f) => f.analysis.title.length > 60)) {
      for (const size of SIZES) {
        const { layout, ctx } = renderer.layout(analysis, hero, theme, size);
        const title = layout.texts.find((t) => t.role === 'title')!;
        if (!title.truncated) continue;
        cuts++;
        const s = heroStyles(ctx.metrics, theme);
        const longer = stackedFrame(ctx, s, { title: { text: analysis.title, field: 'title' }, brand: theme.wordmark }, s.titleMin, false, titleLines(size.width, size.height) + 1);
        expect(longer.titleFits && longer.slot.height >= 0.36 * (size.height - 2 * ctx.metrics.margin)).toBe(false);
      }
    }
    // the fixtures' long titles (German among them) are no longer cut anywhere
    expect(cuts).toBe(0);
  });
});
