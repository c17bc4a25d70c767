import * as z from 'zod/mini';

// zod/mini (imported for its much cheaper load) ships without a default locale; install the
// English messages full zod would, since theme errors show zod's own messages.
if (!z.core.globalConfig.localeError) z.config(z.locales.en());

/** A number within inclusive bounds. */
const between = (min: number, max: number) => z.number().check(z.gte(min), z.lte(max));

// Strict colour grammar: 6-digit hex only, so no CSS or markup can reach the SVG through a theme.
const hex = z.string().check(z.regex(/^#[0-9A-Fa-f]{6}$/, 'must be a colour like #0D7377'));
const size = between(8, 120);
const textToken = z.strictObject({
  size,
  weight: z.union([z.literal(400), z.literal(500), z.literal(600), z.literal(700), z.literal(800)]),
  lineHeight: between(0.9, 2),
  tracking: z.optional(between(0, 0.5)),
  uppercase: z.optional(z.boolean()),
});

export const themeSchema = z.strictObject({
  $schema: z.optional(z.string()),
  name: z.string().check(z.regex(/^[a-z0-9-]{1,60}$/)),
  label: z.string().check(z.minLength(1), z.maxLength(80)),
  description: z.optional(z.string().check(z.maxLength(400))),
  wordmark: z.string().check(z.minLength(1), z.maxLength(60)),
  colors: z.strictObject({
    canvas: z.tuple([hex, hex]),
    text: hex,
    textMuted: hex,
    card: hex,
    cardText: hex,
    cardMuted: hex,
    cardBorder: hex,
    hub: hex,
    hubText: hex,
    hubRing: hex,
    edge: hex,
    edgeLabel: hex,
    edgeLabelFill: hex,
    highlight: hex,
    highlightText: hex,
    badge: hex,
    badgeText: hex,
    shadow: hex,
  }),
  shadow: z.strictObject({ dy: between(0, 20), blur: between(0, 30), opacity: between(0, 1) }),
  type: z.strictObject({ title: textToken, subtitle: textToken, hub: textToken, node: textToken, note: textToken, caption: textToken, thesis: textToken, badge: textToken, brand: textToken }),
  radius: z.strictObject({ card: between(0, 40), chip: between(0, 40) }),
  stroke: z.strictObject({ spoke: between(1, 8), arc: between(1, 8), border: between(0, 8), hubRing: between(0, 8) }),
  arrow: z.strictObject({ length: between(4, 30), width: between(4, 30), setback: between(0, 20) }),
  spacing: z.strictObject({ margin: between(16, 80), gap: between(8, 64), padding: between(6, 40) }),
});

/** A validated theme. Sizes are design pixels at a 630 px short side; layouts scale them. */
export type Theme = z.infer<typeof themeSchema>;
