import type { ValidationIssue } from '../analysis/types.js';
import { worstContrast } from './contrast.js';
import { themeIssues } from './issues.js';
import { themeFileSchema, themeSchema, type Theme } from './schema.js';

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

export type ThemeCheck = { ok: true; theme: Theme } | { ok: false; errors: ValidationIssue[] };

type Def = { type?: string; innerType?: Node; shape?: Record<string, Node> };
type Node = { _zod: { def: Def } };
const unwrap = (n: Node | undefined): Def | undefined => {
  let def = n?._zod.def;
  while (def?.type === 'optional' && def.innerType) def = def.innerType._zod.def;
  return def;
};

/** The keys a strict object of the file schema accepts at `path` (for "did you mean"). */
function knownKeys(path: PropertyKey[]): string[] {
  let node: Node | undefined = themeFileSchema as unknown as Node;
  for (const k of path) node = unwrap(node)?.shape?.[String(k)];
  return Object.keys(unwrap(node)?.shape ?? {});
}

/** Checks a theme file's shape (every field optional); `extends` is resolved by the loader. */
export function checkThemeFile(value: unknown): ValidationIssue[] {
  const parsed = themeFileSchema.safeParse(value);
  return parsed.success ? [] : themeIssues(parsed.error.issues, value, knownKeys);
}

/**
 * Validates a complete theme (no `extends` left): shape, then contrast of every text against
 * every colour it can sit on (each gradient stop). A solid canvas becomes two equal stops.
 */
export function validateTheme(value: unknown): ThemeCheck {
  const parsed = themeSchema.safeParse(value);
  if (!parsed.success) return { ok: false, errors: themeIssues(parsed.error.issues, value, knownKeys) };
  const { extends: _resolved, ...rest } = parsed.data;
  const canvas = rest.colors.canvas;
  const theme: Theme = { ...rest, colors: { ...rest.colors, canvas: typeof canvas === 'string' ? [canvas, canvas] : [canvas[0], canvas[1]] } };
  const errors: ValidationIssue[] = [];
  for (const [name, fg, bgs] of textPairs(theme)) {
    const ratio = worstContrast(fg, bgs);
    if (ratio < MIN_TEXT_CONTRAST) errors.push({ path: `colors.${name}`, message: `text contrast ${ratio.toFixed(2)}:1 against ${bgs.join(', ')} is below ${MIN_TEXT_CONTRAST}:1` });
  }
  const edge = worstContrast(theme.colors.edge, theme.colors.canvas);
  if (edge < MIN_GRAPHIC_CONTRAST) errors.push({ path: 'colors.edge', message: `arrow contrast ${edge.toFixed(2)}:1 against the canvas is below ${MIN_GRAPHIC_CONTRAST}:1` });
  return errors.length ? { ok: false, errors } : { ok: true, theme };
}

/** One line per problem, for error messages. */
export function formatThemeIssues(errors: ValidationIssue[]): string {
  return errors.map((e) => `  ${e.path}: ${e.message}`).join('\n');
}
