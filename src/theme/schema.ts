import { z } from 'zod';

// Strict colour grammar: 6-digit hex only, so no CSS or markup can reach the SVG through a theme.
const hex = z.string().regex(/^#[0-9A-Fa-f]{6}$/, 'must be a colour like #0D7377');
const size = z.number().finite().min(8).max(120);
const textToken = z
  .object({
    size,
    weight: z.union([z.literal(400), z.literal(500), z.literal(600), z.literal(700), z.literal(800)]),
    lineHeight: z.number().min(0.9).max(2),
    tracking: z.number().min(0).max(0.5).optional(),
    uppercase: z.boolean().optional(),
  })
  .strict();

export const themeSchema = z
  .object({
    $schema: z.string().optional(),
    name: z.string().regex(/^[a-z0-9-]{1,60}$/),
    label: z.string().min(1).max(80),
    description: z.string().max(400).optional(),
    wordmark: z.string().min(1).max(60),
    colors: z
      .object({
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
      })
      .strict(),
    shadow: z.object({ dy: z.number().min(0).max(20), blur: z.number().min(0).max(30), opacity: z.number().min(0).max(1) }).strict(),
    type: z
      .object({ title: textToken, subtitle: textToken, hub: textToken, node: textToken, note: textToken, caption: textToken, thesis: textToken, badge: textToken, brand: textToken })
      .strict(),
    radius: z.object({ card: z.number().min(0).max(40), chip: z.number().min(0).max(40) }).strict(),
    stroke: z.object({ spoke: z.number().min(1).max(8), arc: z.number().min(1).max(8), border: z.number().min(0).max(8), hubRing: z.number().min(0).max(8) }).strict(),
    arrow: z.object({ length: z.number().min(4).max(30), width: z.number().min(4).max(30), setback: z.number().min(0).max(20) }).strict(),
    spacing: z.object({ margin: z.number().min(16).max(80), gap: z.number().min(8).max(64), padding: z.number().min(6).max(40) }).strict(),
  })
  .strict();

/** A validated theme. Sizes are design pixels at a 630 px short side; layouts scale them. */
export type Theme = z.infer<typeof themeSchema>;
