import { VisintError } from '../../errors.js';
import type { Warning } from '../../layout/types.js';
import type { RenderedDiagram } from '../render.js';
import { pngAtWidth } from './rasterize.js';
import { emailSnippet } from './snippet.js';
import { emailSvgProblems } from './svg-safety.js';

/** Newsletter column width in CSS px; images are drawn at twice that for high-density screens. */
export const EMAIL_SLOT = 600;
export const EMAIL_DENSITY = 2;
/** A mail host's per-image limit (warn) and the total-weight advice (fail), reliability guide §1.2. */
export const EMAIL_WARN_BYTES = 200_000;
export const EMAIL_FAIL_BYTES = 1_000_000;
/** The byte budget the email profile encodes each @2x PNG for (the first same-picture encoding that fits; --max-bytes overrides). */
export const EMAIL_TARGET_BYTES = 100_000;

export class EmailCheckError extends VisintError {
  constructor(message: string) {
    super('render-failed', message);
    this.name = 'EmailCheckError';
  }
}

export interface EmailFile {
  name: string;
  diagram: string;
  format: 'png' | 'svg' | 'html';
  data: string | Uint8Array;
}

/**
 * Sets the root <svg>'s width and height (the viewBox keeps the drawing's coordinates). The slot
 * height is rounded (1920×1080 → 600×338), so the drawing is stretched to fill it exactly
 * (preserveAspectRatio="none", under 0.2 %): letterboxing it would leave transparent rows.
 */
export function resizeSvg(svg: string, width: number, height: number): string {
  return svg.replace(/^<svg\b[^>]*>/, (root) => {
    const sized = root.replace(/\swidth="[^"]*"/, ` width="${width}"`).replace(/\sheight="[^"]*"/, ` height="${height}"`).replace(/\spreserveAspectRatio="[^"]*"/, '');
    return sized.replace(/^<svg\b/, '<svg preserveAspectRatio="none"');
  });
}

/**
 * The email profile for one rendered diagram (needs its SVG): `<d>@2x.png` 1200 px wide and
 * opaque, `<d>.svg` sized for the 600 px slot and checked email-safe, `<d>.html` the <img>
 * snippet. Warns over 200 KB; throws EmailCheckError over 1 MB, on a transparent pixel or on
 * an unsafe SVG construct.
 */
export function emailFiles(r: RenderedDiagram, limits = { warn: EMAIL_WARN_BYTES, fail: EMAIL_FAIL_BYTES }, maxBytes: number = EMAIL_TARGET_BYTES): { files: EmailFile[]; warnings: Warning[] } {
  if (r.svg === undefined) throw new Error('the email profile needs the SVG of every diagram');
  const slotH = Math.round((EMAIL_SLOT * r.height) / r.width);
  const svg = resizeSvg(r.svg, EMAIL_SLOT, slotH);
  const unsafe = emailSvgProblems(svg);
  if (unsafe.length) throw new EmailCheckError(`${r.diagram}.svg is not email-safe: ${unsafe.join('; ')}`);
  const png = pngAtWidth(svg, EMAIL_SLOT * EMAIL_DENSITY, maxBytes, `${r.diagram}@2x.png`);
  if (!png.opaque) throw new EmailCheckError(`${r.diagram}@2x.png has transparent pixels; dark-mode clients would show through them`);
  const kb = Math.round(png.png.length / 1000);
  if (png.png.length > limits.fail) throw new EmailCheckError(`${r.diagram}@2x.png is ${kb} KB, over the ${limits.fail / 1000} KB limit for email images`);
  const warnings: Warning[] = png.png.length > limits.warn ? [{ field: 'png', message: `${r.diagram}@2x.png is ${kb} KB; mail hosts advise at most ${limits.warn / 1000} KB per image` }] : png.warning ? [png.warning] : [];
  const name = `${r.diagram}@2x.png`;
  return {
    files: [
      { name, diagram: r.diagram, format: 'png', data: png.png },
      { name: `${r.diagram}.svg`, diagram: r.diagram, format: 'svg', data: svg },
      { name: `${r.diagram}.html`, diagram: r.diagram, format: 'html', data: emailSnippet({ src: name, width: EMAIL_SLOT, height: slotH, alt: r.alt.short }) },
    ],
    warnings,
  };
}
