import type { ValidationIssue } from '../analysis/types.js';
import { worstContrast } from './contrast.js';
import { themeSchema, type Theme } from './schema.js';

/** Text colours and every background each may be drawn on; all must reach 4.5:1. */
export function textPairs(t: Theme): [string, string, string[]][] {
  const c = t.colors;
  return [
    ['text', c.text, c.canvas],
    ['textMuted', c.textMuted, c.canvas],
    ['cardText', c.cardText, [c.card]],
    ['cardMuted', c.cardMuted, [c.card]],
    ['hubText', c.hubText, [c.hub]],
    ['edgeLabel', c.edgeLabel, [c.edgeLabelFill]],
    ['highlightText', c.highlightText, [c.highlight]],
    ['badgeText', c.badgeText, [c.badge]],
  ];
}

export const MIN_TEXT_CONTRAST = 4.5;
export const MIN_GRAPHIC_CONTRAST = 3;

/** Validates a theme's shape, then contrast against the worst gradient stop. */
export function validateTheme(value: unknown): { ok: true; theme: Theme } | { ok: false; errors: ValidationIssue[] } {
  const parsed = themeSchema.safeParse(value);
  if (!parsed.success) {
    return { ok: false, errors: parsed.error.issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message })) };
  }
  const theme = parsed.data;
  const errors: ValidationIssue[] = [];
  for (const [name, fg, bgs] of textPairs(theme)) {
    const ratio = worstContrast(fg, bgs);
    if (ratio < MIN_TEXT_CONTRAST) errors.push({ path: `colors.${name}`, message: `text contrast ${ratio.toFixed(2)}:1 is below ${MIN_TEXT_CONTRAST}:1` });
  }
  const edge = worstContrast(theme.colors.edge, theme.colors.canvas);
  if (edge < MIN_GRAPHIC_CONTRAST) errors.push({ path: 'colors.edge', message: `arrow contrast ${edge.toFixed(2)}:1 against the canvas is below ${MIN_GRAPHIC_CONTRAST}:1` });
  return errors.length ? { ok: false, errors } : { ok: true, theme };
}
