import { TextEngine, type BlockRequest } from '../text/engine.js';
import type { FontLoader } from '../text/font-book.js';
import type { FontRole } from '../theme/schema.js';
import { fontKey, fontRoleOf } from '../io/theme-fonts.js';

/**
 * A text engine whose blocks use the theme's own fonts: each block's weight becomes the font
 * book key of its font role (see theme-fonts.ts), so measuring, wrapping, placing and
 * outlining all read the same font; roles the theme gives no font for stay in Inter.
 */
export class ThemedTextEngine extends TextEngine {
  constructor(
    load: FontLoader,
    private readonly roles: ReadonlySet<FontRole>,
  ) {
    super(load);
  }

  override block(req: BlockRequest): ReturnType<TextEngine['block']> {
    const role = fontRoleOf(req.role);
    if (!this.roles.has(role) || req.style.weight >= 1000) return super.block(req);
    return super.block({ ...req, style: { ...req.style, weight: fontKey(role, req.style.weight) } });
  }
}
