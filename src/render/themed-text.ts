import type { Box } from '../layout/box.js';
import { TextEngine, type BlockRequest } from '../text/engine.js';
import type { FontLoader } from '../text/font-book.js';
import type { PlacedText } from '../text/place.js';
import type { FontRole } from '../theme/schema.js';
import { fontKey, fontRoleOf } from '../io/theme-fonts.js';

/** The logo is as tall as the wordmark's line box allows, at most 1.25 em. */
const logoHeight = (t: Pick<PlacedText, 'style' | 'lineHeight'>) => Math.min(t.lineHeight, t.style.size * 1.25);
/** Space between the wordmark and the logo, in em. */
const LOGO_GAP_EM = 0.6;

/** Where the logo sits in a wordmark block: at the end of its (widened) line, centred on the line. */
export function logoBox(t: PlacedText, aspect: number): Box {
  const h = logoHeight(t);
  const w = h * aspect;
  const lineW = t.lineWidths[0] ?? 0;
  const left = t.align === 'start' ? t.x : t.align === 'middle' ? t.x - lineW / 2 : t.x - lineW;
  return { x: left + lineW - w, y: t.top + t.lineHeight / 2 - h / 2, width: w, height: h };
}

/**
 * A text engine for a theme with its own fonts or logo. Each block's weight becomes the font
 * book key of its font role (see theme-fonts.ts), so measuring, wrapping, placing and
 * outlining all read the same font; roles without a theme font stay in Inter. With a logo,
 * the wordmark block ('brand') is widened by the logo and its ink box takes the logo in, so
 * every layout reserves room for it and the overlap checks see it; the SVG writer draws the
 * logo in that room (logoBox).
 */
export class ThemedTextEngine extends TextEngine {
  constructor(
    load: FontLoader,
    private readonly roles: ReadonlySet<FontRole>,
    /** the logo's width / height, when the theme has one */
    private readonly logoAspect?: number,
  ) {
    super(load);
  }

  override block(req: BlockRequest): PlacedText {
    const role = fontRoleOf(req.role);
    const styled = this.roles.has(role) && req.style.weight < 1000 ? { ...req, style: { ...req.style, weight: fontKey(role, req.style.weight) } } : req;
    if (req.role !== 'brand' || this.logoAspect === undefined) return super.block(styled);
    const room = this.logoRoom(req.style.size * req.lineHeightRatio, req.style.size, req.text !== '');
    return this.withLogo(super.block({ ...styled, maxWidth: Math.max(req.style.size, req.maxWidth - room) }));
  }

  override moveTo(t: PlacedText, x: number, top: number): PlacedText {
    if (t.role !== 'brand' || this.logoAspect === undefined) return super.moveTo(t, x, top);
    return this.withLogo(super.moveTo(t, x, top));
  }

  private logoRoom(lineHeight: number, size: number, withText: boolean): number {
    return logoHeight({ lineHeight, style: { size, weight: 0 } }) * this.logoAspect! + (withText ? LOGO_GAP_EM * size : 0);
  }

  /** The wordmark line widened by the logo (an empty wordmark still gets its one line). */
  private withLogo(t: PlacedText): PlacedText {
    const base = t.lines.length && t.lines[0] !== '' ? t : this.placer.place({ ...t, lines: [''], truncated: t.truncated });
    const hasText = base.lines[0] !== '';
    const room = this.logoRoom(base.lineHeight, base.style.size, hasText);
    const widened: PlacedText = { ...base, lineWidths: [(hasText ? base.lineWidths[0]! : 0) + room, ...base.lineWidths.slice(1)] };
    const logo = logoBox(widened, this.logoAspect!);
    // the glyphs now start where the widened line starts: move their ink box with them
    const shift = base.align === 'start' ? 0 : base.align === 'middle' ? -room / 2 : -room;
    const ink = hasText ? { ...base.box, x: base.box.x + shift } : logo;
    const x = Math.min(ink.x, logo.x);
    const y = Math.min(ink.y, logo.y);
    return { ...widened, box: { x, y, width: Math.max(ink.x + ink.width, logo.x + logo.width) - x, height: Math.max(ink.y + ink.height, logo.y + logo.height) - y } };
  }
}
