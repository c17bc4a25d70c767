import * as z from 'zod/mini';
// the English locale alone: z.locales would bundle all ~50 of zod's locales (265 KB of the CLI bundle)
import english from 'zod/v4/locales/en.js';

// zod/mini (imported for its much cheaper load) ships without a default locale; install the
// English messages full zod would, since theme errors fall back to zod's own messages.
if (!z.core.globalConfig.localeError) z.config(english());

/**
 * One description of a theme, built twice: `full` (every field required: a theme that stands
 * alone, and every theme after `extends` is resolved) and `partial` (every field optional:
 * what a theme file that extends another may give). Both come from the same builder, so the
 * JSON Schema, the file check and the resolved check cannot drift apart.
 */

/** A finite number within inclusive bounds (zod rejects NaN and ±Infinity). */
const between = (min: number, max: number) => {
  const msg = `expected a number from ${min} to ${max}`;
  return z.number({ error: msg }).check(z.gte(min, msg), z.lte(max, msg));
};

// Strict colour grammar: 6-digit hex only, so no CSS, url() or markup can reach the SVG through a theme.
export const HEX_MESSAGE = 'expected #RRGGBB';
const hex = z.string({ error: HEX_MESSAGE }).check(z.regex(/^#[0-9A-Fa-f]{6}$/, HEX_MESSAGE));
/** The canvas: one colour (solid) or two gradient stops, top-left to bottom-right. */
const canvas = z.union([hex, z.tuple([hex, hex])], { error: 'expected #RRGGBB (solid) or ["#RRGGBB", "#RRGGBB"] (gradient)' });
const WEIGHTS = [400, 500, 600, 700, 800] as const;
const weight = z.union(WEIGHTS.map((w) => z.literal(w)) as [z.ZodMiniLiteral<400>, ...z.ZodMiniLiteral<(typeof WEIGHTS)[number]>[]], { error: `expected one of ${WEIGHTS.join(', ')}` });
/** A file path (font or logo): relative to the theme file, or absolute. */
const filePath = z.string({ error: 'expected a file path' }).check(z.minLength(1, 'expected a file path'), z.maxLength(1000, 'path too long (at most 1000 characters)'));

export const TEXT_TOKENS = ['title', 'subtitle', 'hub', 'node', 'note', 'caption', 'thesis', 'badge', 'brand'] as const;
export const COLOR_KEYS = ['text', 'textMuted', 'card', 'cardText', 'cardMuted', 'cardBorder', 'hub', 'hubText', 'hubRing', 'edge', 'edgeLabel', 'edgeLabelFill', 'highlight', 'highlightText', 'badge', 'badgeText', 'shadow'] as const;
/** Font roles: `title` draws titles and the hub, `brand` the wordmark and kicker, `body` everything else. */
export const FONT_ROLES = ['title', 'body', 'brand'] as const;
export type FontRole = (typeof FONT_ROLES)[number];

function build<P extends boolean>(partial: P) {
  // in the partial shape every field may be left out (the base theme supplies it)
  const opt = <T extends z.core.SomeType>(t: T) => (partial ? z.optional(t) : t) as P extends true ? z.ZodMiniOptional<T> : T;
  const obj = <S extends Record<string, z.core.SomeType>>(shape: S) => z.strictObject(Object.fromEntries(Object.entries(shape).map(([k, v]) => [k, opt(v)])) as { [K in keyof S]: P extends true ? z.ZodMiniOptional<S[K]> : S[K] });
  const textToken = obj({ size: between(8, 120), weight, lineHeight: between(0.9, 2) });
  const textTokenExtra = z.extend(textToken, { tracking: z.optional(between(0, 0.5)), uppercase: z.optional(z.boolean({ error: 'expected true or false' })) });
  const colors = obj({ canvas, ...Object.fromEntries(COLOR_KEYS.map((k) => [k, hex])) } as { canvas: typeof canvas } & Record<(typeof COLOR_KEYS)[number], typeof hex>);
  return z.strictObject({
    $schema: z.optional(z.string()),
    /** a theme name from the theme folders, or a path to a theme file (relative to this file) */
    extends: z.optional(z.string({ error: 'expected a theme name or a path to a theme file' }).check(z.minLength(1), z.maxLength(1000))),
    name: opt(z.string({ error: 'expected a name of lower-case letters, digits and dashes' }).check(z.regex(/^[a-z0-9-]{1,60}$/, 'expected a name of lower-case letters, digits and dashes (1–60)'))),
    label: opt(z.string({ error: 'expected text' }).check(z.minLength(1, 'expected 1–80 characters'), z.maxLength(80, 'expected 1–80 characters'))),
    description: z.optional(z.string({ error: 'expected text' }).check(z.maxLength(400, 'at most 400 characters'))),
    /** the wordmark in every footer; "" for none */
    wordmark: opt(z.string({ error: 'expected text ("" for no wordmark)' }).check(z.maxLength(60, 'at most 60 characters'))),
    /** "transparent": no background is painted; the canvas colours are what the picture will sit on (contrast is checked against them) */
    background: z.optional(z.enum(['canvas', 'transparent'], { error: 'expected "canvas" or "transparent"' })),
    colors: opt(colors),
    /** font files per role (TTF, OTF, WOFF or WOFF2); each replaces Inter for that role */
    fonts: z.optional(z.strictObject({ title: z.optional(filePath), body: z.optional(filePath), brand: z.optional(filePath) })),
    /** a logo drawn beside the wordmark: an SVG file (sanitised, inlined as paths) or a PNG */
    logo: z.optional(filePath),
    shadow: opt(obj({ dy: between(0, 20), blur: between(0, 30), opacity: between(0, 1) })),
    type: opt(obj({ title: textToken, subtitle: textToken, hub: textToken, node: textToken, note: textToken, caption: textToken, thesis: textToken, badge: textToken, brand: textTokenExtra })),
    radius: opt(obj({ card: between(0, 40), chip: between(0, 40) })),
    stroke: opt(obj({ spoke: between(1, 8), arc: between(1, 8), border: between(0, 8), hubRing: between(0, 8) })),
    arrow: opt(obj({ length: between(4, 30), width: between(4, 30), setback: between(0, 20) })),
    spacing: opt(obj({ margin: between(16, 80), gap: between(8, 64), padding: between(6, 40) })),
  });
}

/** A complete theme (after `extends` is resolved). */
export const themeSchema = build(false);
/** A theme file as written: every field optional, so it can extend another and override a part. */
export const themeFileSchema = build(true);

type Parsed = z.infer<typeof themeSchema>;
type TextToken = { size: number; weight: (typeof WEIGHTS)[number]; lineHeight: number; tracking?: number; uppercase?: boolean };

/**
 * A validated, resolved theme. Sizes are design pixels at a 630 px short side; layouts scale
 * them. The canvas is always two stops (a solid colour twice); font and logo paths are absolute.
 */
export type Theme = Omit<Parsed, 'extends' | 'colors' | 'type'> & {
  colors: Omit<Parsed['colors'], 'canvas'> & { canvas: [string, string] };
  type: Record<(typeof TEXT_TOKENS)[number], TextToken>;
};

/** What a theme file may hold (the input side of the schema). */
export type ThemeFile = z.input<typeof themeFileSchema>;
