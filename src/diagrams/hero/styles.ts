import type { CanvasMetrics } from '../../layout/metrics.js';
import type { Theme } from '../../theme/schema.js';
import type { TextStyle } from '../../text/measure.js';

type Style = TextStyle & { lineHeight: number };

/** The hero's type scale, built from the theme's tokens (no extra theme fields needed). */
export interface HeroStyles {
  kicker: Style;
  /** title style at its largest; sizes step down from here to `titleMin` */
  title: Style;
  titleMin: number;
  /** step between tried title sizes */
  titleStep: number;
  subtitle: Style;
  thesis: Style;
  brand: Style;
}

/**
 * Social cards are shown at a column's width, so the width sets how big the title reads: its
 * floor is 4% of the width (48 px on a 1200 px card) and it starts from 6% (72 px) — unless
 * the card is flatter than 2:1, where its height caps both (48 px per 600 px of height).
 * Every other size follows the theme's tokens at this canvas's scale, never below the minimum.
 */
export function heroStyles(m: CanvasMetrics, theme: Theme): HeroStyles {
  const byWidth = Math.min(m.width / 1200, m.height / 600);
  const titleMin = Math.max(m.minFont, Math.round(48 * byWidth * 100) / 100);
  const title = { ...m.style('title'), lineHeight: 1.08, size: Math.max(titleMin, Math.round(72 * byWidth)) };
  const grow = (token: keyof Theme['type'], by: number): Style => {
    const s = m.style(token);
    return { ...s, size: Math.max(m.minFont, Math.round(s.size * by * 100) / 100) };
  };
  return {
    kicker: grow('brand', 1.125),
    title,
    titleMin,
    titleStep: Math.max(2, Math.round(2 * byWidth)),
    subtitle: grow('subtitle', 1.2),
    thesis: grow('thesis', 1.1),
    brand: m.style('brand'),
  };
}

/** Lines the title may take: three, and five on a tall canvas (its width caps the type size; its height has the room). */
export function titleLines(width: number, height: number): number {
  return height >= 1.6 * width ? 5 : 3;
}
