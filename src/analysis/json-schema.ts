import * as z from 'zod/mini';
import { AnalysisSchema } from './schema.js';

/** Where the published JSON Schema of Analysis JSON v1 lives. */
export const ANALYSIS_SCHEMA_ID = 'https://visual-intelligence.dev/schema/analysis-v1.json';

/**
 * The JSON Schema (draft 2020-12) of Analysis JSON v1, generated from the same zod schema
 * the validator uses, with titles and descriptions for editor autocompletion.
 * Semantic rules (unique ids, known edge ends, reserved keys, total text) are not expressible
 * here; `validateAnalysis` checks them.
 */
export function analysisJsonSchema(): Record<string, unknown> {
  const { $schema, title, description, ...rest } = z.toJSONSchema(AnalysisSchema, {
    target: 'draft-2020-12',
    io: 'input',
  });
  return { $schema, $id: ANALYSIS_SCHEMA_ID, title, description, ...rest };
}
