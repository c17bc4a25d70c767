import type * as z from 'zod/mini';
import type { AnalysisSchema } from './analysis/schema.js';

/**
 * The types a library user writes against. They are string-literal unions, so an editor
 * completes them and a typo is a compile error; tests keep them equal to the registries.
 */

/** What a user writes: Analysis JSON v1 as accepted by `validate()` (before normalisation: node labels may be strings, ids optional). */
export type AnalysisInput = z.input<typeof AnalysisSchema>;

export const DIAGRAM_NAMES = ['strategy-map', 'flywheel', 'chain', 'patterns', 'layers', 'quote', 'moat', 'bottlenecks', 'hero'] as const;
export type DiagramName = (typeof DIAGRAM_NAMES)[number];

export const SIZE_PRESET_NAMES = ['og', 'square', 'wide', 'portrait', 'x', 'linkedin', 'substack', 'newsletter'] as const;
export type SizePreset = (typeof SIZE_PRESET_NAMES)[number];
/** A preset, or `WxH` with whole-pixel sides from 400 to 2400. */
export type SizeSpec = SizePreset | `${number}x${number}`;

export const FORMATS = ['svg', 'png', 'webp', 'jpeg', 'layout'] as const;
export type Format = (typeof FORMATS)[number];
