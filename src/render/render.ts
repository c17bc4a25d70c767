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
import { svgToPng } from './png.js';
import { checkSize, type CanvasSize } from './sizes.js';
import { sceneToSvg } from './svg.js';

export type Format = 'svg' | 'png' | 'layout';

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
  layout?: ReturnType<typeof layoutJson>;
}

/** A render that cannot be drawn: an unknown diagram, a missing section, or a failed layout. */
export class RenderError extends VisintError {
  constructor(message: string, kind: ErrorKind = 'render-failed') {
    super(kind, message);
    this.name = 'RenderError';
  }
}

/** Texts a layout cut with an ellipsis or left out (its warnings say so). */
function losses(l: DiagramLayout): number {
  return l.warnings.filter((w) => /ellipsis|left out|shown/u.test(w.message)).length;
}

/** Picks the diagrams to draw; a named diagram whose section is missing is an error. */
export function selectDiagrams(a: Analysis, names: string[] | 'all'): DiagramType<any>[] {
  if (names === 'all') return diagrams.filter((d) => d.available(a));
  return names.map((name) => {
    const d = findDiagram(name);
    if (!d) throw new RenderError(`unknown diagram "${name}"; known: ${diagrams.map((x) => x.name).join(', ')}`, 'unknown-name');
    if (!d.available(a)) throw new RenderError(`diagram "${name}" needs a section this analysis does not have`, 'missing-section');
    return d;
  });
}

/**
 * The pipeline for one analysis: for each diagram, model → layout → scene → SVG → PNG.
 * Pure apart from the fonts behind `text`; same input and options give identical bytes.
 */
export class Renderer {
  readonly text: TextEngine;

  constructor(fonts: FontLoader) {
    this.text = new TextEngine(fonts);
  }

  layout(a: Analysis, d: DiagramType<any>, theme: Theme, size: CanvasSize, extra: Pick<DiagramContext, 'frame' | 'heroDiagram'> = {}): { layout: DiagramLayout; alt: AltText; ctx: DiagramContext } {
    checkSize(size);
    const grown = this.layoutAt(a, d, theme, size, extra, true);
    // a long canvas first gets a grown scale (metrics.ts); growing must never cost text, so
    // when the grown layout cuts or leaves out more than the plain one, the plain one is kept
    if (grown.ctx.metrics.unit === canvasMetrics(size.width, size.height, theme, false).unit || losses(grown.layout) === 0) return grown;
    const plain = this.layoutAt(a, d, theme, size, extra, false);
    return losses(plain.layout) < losses(grown.layout) ? plain : grown;
  }

  private layoutAt(a: Analysis, d: DiagramType<any>, theme: Theme, size: CanvasSize, extra: Pick<DiagramContext, 'frame' | 'heroDiagram'>, grow: boolean): { layout: DiagramLayout; alt: AltText; ctx: DiagramContext } {
    const metrics = canvasMetrics(size.width, size.height, theme, grow);
    const ctx: DiagramContext = { metrics, theme, text: this.text.forCanvas({ lang: a.lang ?? 'en', floor: metrics.minFont }), ...extra };
    const model = d.model(a, ctx);
    const layout = d.layout(model, ctx);
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
    return out.slice(layout.warnings.length);
  }

  svg(layout: DiagramLayout, alt: AltText, d: DiagramType<any>, ctx: DiagramContext): string {
    const scene = d.scene ? d.scene(layout, ctx.theme, ctx, alt) : sceneFromLayout(layout, ctx.theme, alt);
    return sceneToSvg(scene, ctx.text);
  }

  render(a: Analysis, opts: RenderOptions): RenderedDiagram[] {
    const formats = opts.formats ?? ['svg', 'png'];
    const scale = opts.scale ?? opts.size.scale ?? 1;
    if (!Number.isInteger(scale) || scale < 1 || scale > 4) throw new RangeError(`scale must be a whole number from 1 to 4, got ${scale}`);
    return selectDiagrams(a, opts.diagrams ?? 'all').map((d) => {
      const { layout, alt, ctx } = this.layout(a, d, opts.theme, opts.size, opts.heroDiagram !== undefined ? { heroDiagram: opts.heroDiagram } : {});
      const out: RenderedDiagram = { diagram: d.name, width: layout.width, height: layout.height, scale, alt, warnings: layout.warnings };
      if (formats.includes('svg') || formats.includes('png')) {
        const svg = this.svg(layout, alt, d, ctx);
        if (formats.includes('svg')) out.svg = svg;
        if (formats.includes('png')) out.png = svgToPng(svg, layout.width, layout.height, scale);
        // social platforms and mail hosts want images under 1 MB (reliability guide §2.1)
        if (out.png && out.png.length > 1_000_000) out.warnings = [...out.warnings, { field: 'png', message: `the PNG is ${Math.round(out.png.length / 1000)} KB, over the 1 MB budget for social and email images` }];
      }
      if (formats.includes('layout')) out.layout = layoutJson(layout);
      return out;
    });
  }
}
