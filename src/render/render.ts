import type { Analysis } from '../analysis/types.js';
import { VisintError, type ErrorKind } from '../errors.js';
import { diagrams, findDiagram } from '../diagrams/registry.js';
import type { AltText, DiagramContext, DiagramType } from '../diagrams/types.js';
import { canvasMetrics } from '../layout/metrics.js';
import type { DiagramLayout, Warning } from '../layout/types.js';
import { sceneFromLayout } from '../scene/from-layout.js';
import type { Theme } from '../theme/schema.js';
import { TextEngine } from '../text/engine.js';
import type { FontLoader } from '../text/font-book.js';
import { layoutJson } from './layout-json.js';
import { layoutTexts } from '../layout/texts.js';
import { truncationWarnings } from '../layout/frame.js';

const MISSING_GLYPHS = 'has characters no bundled font can draw (e.g. Arabic, Devanagari, emoji; Chinese and Japanese need the optional @fontsource/noto-sans-sc package); they are shown as "?"';
const LABEL_INK_OUTSIDE = 'the label\'s stacked accents or combining marks reach outside its box';
import { inkInside } from '../layout/invariants.js';
import { checkBudgetNow, DEFAULT_RENDER_BUDGET_MS, withBudget } from './budget.js';
import { checkScale, checkSize, type CanvasSize } from './sizes.js';
import { checkPixelBudget, pngFromPixels } from './png.js';
import { rasterize } from './raster/pixels.js';
import { encodeJpeg, encodeWebp } from './raster/web-formats.js';
import { sceneToSvg } from './svg.js';
import { idPrefixFor } from './svg-ids.js';
import { loadLogo } from '../io/theme-logo.js';

export type { Format } from '../api-types.js';
import type { Format } from '../api-types.js';
/** The formats drawn from pixels (one rasterisation serves them all). */
export const RASTER_FORMATS = ['png', 'webp', 'jpeg'] as const;

export interface RenderOptions {
  /** diagram names, or 'all' for every diagram the analysis has data for */
  diagrams?: string[] | 'all';
  formats?: Format[];
  theme: Theme;
  size: CanvasSize;
  /** PNG density 1–4 (layout unchanged) */
  scale?: number;
  /** the hero's main diagram (default: strategy map, else flywheel, else chain) */
  heroDiagram?: string;
  /** work budget in ms for the whole call (default DEFAULT_RENDER_BUDGET_MS); over it: VisintError 'timeout' */
  deadline?: number;
  /** PNG byte budget: the first encoding that fits and keeps the picture (a warning when none does) */
  maxBytes?: number;
}

export interface RenderedDiagram {
  diagram: string;
  width: number;
  height: number;
  scale: number;
  alt: AltText;
  warnings: Warning[];
  svg?: string;
  png?: Uint8Array;
  webp?: Uint8Array;
  jpeg?: Uint8Array;
  layout?: ReturnType<typeof layoutJson>;
}

/** A render that cannot be drawn: an unknown diagram, a missing section, or a failed layout. */
export class RenderError extends VisintError {
  constructor(message: string, kind: ErrorKind = 'render-failed') {
    super(kind, message);
    this.name = 'RenderError';
  }
}

/** The design scale of the renderer's last try before a diagram cuts or leaves out text (the hero's embedded diagram tries the same, hero/layout.ts). */
const SHRINK = 0.8;

/** Texts a layout cut with an ellipsis or left out (its warnings say so). */
function losses(l: DiagramLayout): number {
  return lostFields(l).length;
}

/** The fields of the texts a layout cut or left out (or moved to a legend). */
function lostFields(l: DiagramLayout): string[] {
  return l.warnings.filter((w) => /ellipsis|left out|shown/u.test(w.message)).map((w) => w.field);
}

/**
 * True when the JSON path `field` is `lost` or lies inside it: an edge's label inside the edge, so
 * a layout that moves only the label of an edge another layout left out loses no new text.
 */
function within(field: string, lost: string): boolean {
  return field === lost || (field.startsWith(lost) && (field[lost.length] === '.' || field[lost.length] === '['));
}

/** Picks the diagrams to draw; a named diagram whose section is missing is an error. */
export function selectDiagrams(a: Analysis, names: string[] | 'all'): DiagramType<any>[] {
  if (names === 'all') return diagrams.filter((d) => d.available(a));
  if (!Array.isArray(names)) throw new RenderError(`diagrams must be "all" or a list of names; known: ${diagrams.map((x) => x.name).join(', ')}`, 'unknown-name');
  // a name given twice is drawn once
  return [...new Set(names)].map((name) => {
    const d = findDiagram(name);
    if (!d) throw new RenderError(`unknown diagram ${JSON.stringify(String(name).slice(0, 40))}; known: ${diagrams.map((x) => x.name).join(', ')}`, 'unknown-name');
    if (!d.available(a)) throw new RenderError(`diagram "${name}" needs a section this analysis does not have`, 'missing-section');
    return d;
  });
}

/**
 * A layout search that found no setting throws "… does not fit this canvas" as a plain Error in
 * some diagrams; it is an expected failure of a valid input (kind 'render-failed', exit 3 without
 * a stack), not a bug. Anything else keeps propagating as it is.
 */
function layoutOrRenderError<T>(run: () => T): T {
  try {
    return run();
  } catch (e) {
    if (!(e instanceof VisintError) && e instanceof Error && /does not fit this canvas/.test(e.message)) throw new RenderError(e.message);
    throw e;
  }
}

/**
 * The pipeline for one analysis: for each diagram, model → layout → scene → SVG → PNG.
 * Pure apart from the fonts behind `text`; same input and options give identical bytes.
 */
export class Renderer {
  readonly text: TextEngine;

  /** `text` replaces the engine built from `fonts` (a theme with its own fonts brings its own). */
  constructor(fonts: FontLoader, text?: TextEngine) {
    this.text = text ?? new TextEngine(fonts);
  }

  layout(a: Analysis, d: DiagramType<any>, theme: Theme, size: CanvasSize, extra: Pick<DiagramContext, 'frame' | 'heroDiagram'> = {}): { layout: DiagramLayout; alt: AltText; ctx: DiagramContext } {
    checkSize(size);
    const grown = this.layoutAt(a, d, theme, size, extra, true);
    // a long canvas first gets a grown scale (metrics.ts); growing must never cost text, so
    // when the grown layout cuts or leaves out more than the plain one, the plain one is kept
    let best = grown;
    let grow = true;
    if (grown.ctx.metrics.unit !== canvasMetrics(size.width, size.height, theme, false).unit && losses(grown.layout) > 0) {
      const plain = this.layoutAt(a, d, theme, size, extra, false);
      if (losses(plain.layout) < losses(grown.layout)) [best, grow] = [plain, false];
    }
    // before a diagram cuts or leaves out its own text, the frame round it gives room (smaller
    // title, thesis and caption, tighter gaps); kept only when it loses less
    const canTighten = d.framed === true && extra.frame !== 'none';
    if (canTighten && losses(best.layout) > 0) {
      const tight = this.layoutAt(a, d, theme, size, extra, grow, true);
      if (losses(tight.layout) < losses(best.layout)) best = tight;
    }
    // shrink before cutting: a smaller design scale (type, padding and gaps, never below the
    // minimum type) gives the text room; kept only when it loses less and never trades one text
    // for another (it may only lose texts the usual scale lost too)
    if (losses(best.layout) > 0) {
      const smaller = this.layoutAt(a, d, theme, size, extra, grow, canTighten, SHRINK);
      const before = lostFields(best.layout);
      const after = lostFields(smaller.layout);
      if (after.length < before.length && after.every((f) => before.some((b) => within(f, b)))) best = smaller;
    }
    return best;
  }

  private layoutAt(a: Analysis, d: DiagramType<any>, theme: Theme, size: CanvasSize, extra: Pick<DiagramContext, 'frame' | 'heroDiagram'>, grow: boolean, tightFrame = false, shrink = 1): { layout: DiagramLayout; alt: AltText; ctx: DiagramContext } {
    const metrics = canvasMetrics(size.width, size.height, theme, grow, tightFrame, shrink);
    const ctx: DiagramContext = { metrics, theme, text: this.text.forCanvas({ lang: a.lang ?? 'en', floor: metrics.minFont }), ...extra };
    const model = d.model(a, ctx);
    const layout = layoutOrRenderError(() => d.layout(model, ctx));
    layout.warnings.push(...this.textWarnings(layout));
    return { layout, alt: d.alt(model), ctx };
  }

  /**
   * Every text of the layout, checked once here rather than in each diagram: a text cut with an
   * ellipsis, or holding characters no installed font has (drawn as "?"), is never silent.
   */
  private textWarnings(layout: DiagramLayout): Warning[] {
    const texts = layoutTexts(layout);
    const out: Warning[] = [...layout.warnings];
    const add = (w: Warning) => {
      if (!out.some((x) => x.field === w.field && x.message === w.message)) out.push(w);
    };
    truncationWarnings(texts).forEach(add);
    for (const t of texts) if (this.text.hasMissingGlyphs(t.text, t.style.weight)) add({ field: t.field ?? t.role, message: MISSING_GLYPHS });
    // stacked accents and combining marks can reach past a node's box: never silently
    for (const n of layout.nodes) if (!inkInside(n, n.label.box)) add({ field: n.label.field ?? n.id, message: LABEL_INK_OUTSIDE });
    return out.slice(layout.warnings.length);
  }

  /** `idPrefix` starts every id of the SVG (render() derives it from what is drawn; see svg-ids.ts). */
  svg(layout: DiagramLayout, alt: AltText, d: DiagramType<any>, ctx: DiagramContext, idPrefix?: string): string {
    const scene = d.scene ? d.scene(layout, ctx.theme, ctx, alt) : sceneFromLayout(layout, ctx.theme, alt);
    if (ctx.theme.background === 'transparent') scene.transparent = true;
    return sceneToSvg(scene, ctx.text, idPrefix, ctx.theme.logo ? loadLogo(ctx.theme.logo) : undefined);
  }

  render(a: Analysis, opts: RenderOptions): RenderedDiagram[] {
    return withBudget(opts.deadline ?? DEFAULT_RENDER_BUDGET_MS, () => this.renderWithinBudget(a, opts));
  }

  private renderWithinBudget(a: Analysis, opts: RenderOptions): RenderedDiagram[] {
    const formats = opts.formats ?? ['svg', 'png'];
    checkSize(opts.size);
    const scale = opts.scale ?? opts.size.scale ?? 1;
    if (RASTER_FORMATS.some((f) => formats.includes(f))) checkScale(scale, opts.size);
    else checkScale(scale, { width: 1, height: 1 });
    return selectDiagrams(a, opts.diagrams ?? 'all').map((d) => {
      checkBudgetNow();
      const { layout, alt, ctx } = this.layout(a, d, opts.theme, opts.size, opts.heroDiagram !== undefined ? { heroDiagram: opts.heroDiagram } : {});
      checkBudgetNow();
      const out: RenderedDiagram = { diagram: d.name, width: layout.width, height: layout.height, scale, alt, warnings: layout.warnings };
      const raster = RASTER_FORMATS.filter((f) => formats.includes(f));
      if (formats.includes('svg') || raster.length > 0) {
        const idPrefix = idPrefixFor({ analysisId: a.id, diagram: d.name, width: layout.width, height: layout.height, theme: opts.theme });
        const svg = this.svg(layout, alt, d, ctx, idPrefix);
        if (formats.includes('svg')) out.svg = svg;
        checkBudgetNow();
        if (raster.length > 0) {
          checkPixelBudget(layout.width, layout.height, scale);
          const pixels = rasterize(svg, { mode: 'zoom', value: scale });
          if (raster.includes('png')) {
            const r = pngFromPixels(pixels, opts.maxBytes, `${d.name}.png`);
            out.png = r.png;
            if (r.warning) out.warnings = [...out.warnings, r.warning];
          }
          if (raster.includes('webp')) out.webp = encodeWebp(pixels);
          if (raster.includes('jpeg')) out.jpeg = encodeJpeg(pixels);
        }
        // social platforms and mail hosts want images under 1 MB (reliability guide §2.1)
        if (out.png && out.png.length > 1_000_000) out.warnings = [...out.warnings, { field: 'png', message: `the PNG is ${Math.round(out.png.length / 1000)} KB, over the 1 MB budget for social and email images` }];
      }
      if (formats.includes('layout')) out.layout = layoutJson(layout);
      return out;
    });
  }
}
