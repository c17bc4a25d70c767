import * as z from 'zod/mini';
import { themeFileSchema } from './schema.js';

export const THEME_SCHEMA_ID = 'https://visual-intelligence.dev/schema/theme-v1.json';

/**
 * The JSON Schema (draft 2020-12) of a theme file, generated from the validator's own schema.
 * Every field is optional here because a theme may `extends` another; a theme without
 * `extends` must give them all, and text contrast is checked on load (not expressible here).
 */
export function themeJsonSchema(): Record<string, unknown> {
  const { $schema, ...rest } = z.toJSONSchema(themeFileSchema, { target: 'draft-2020-12', io: 'input' });
  return {
    $schema,
    $id: THEME_SCHEMA_ID,
    title: 'visual-intelligence theme',
    description: 'Colours, type, spacing, fonts and logo of a diagram theme. Start with "extends": "business-engineer" and override what you need; a theme without "extends" must give every field. Every text colour must reach 4.5:1 against every background it sits on.',
    ...rest,
  };
}
