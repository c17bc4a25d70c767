import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { analysisJsonSchema, ANALYSIS_SCHEMA_ID } from '../../src/analysis/json-schema.js';

const committed = JSON.parse(readFileSync(new URL('../../schema/analysis.schema.json', import.meta.url), 'utf8')) as Record<string, unknown>;

describe('schema/analysis.schema.json', () => {
  it('is up to date with the zod schema (regenerate: npx tsc -p tsconfig.json && node scripts/gen-schema.mjs)', () => {
    expect(committed).toEqual(analysisJsonSchema());
  });

  it('is a draft 2020-12 schema with its $id, a title and strict objects', () => {
    expect(committed.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(committed.$id).toBe(ANALYSIS_SCHEMA_ID);
    expect(committed.title).toBe('Analysis JSON v1');
    expect(committed.required).toEqual(['version', 'title']);
    expect(committed.additionalProperties).toBe(false);
    const text = JSON.stringify(committed);
    expect(text).not.toContain('"additionalProperties":{}');
    expect(text).toContain('"pattern":"^[a-z0-9-]{1,80}$"');
  });

  it('describes every top-level field for editor autocompletion', () => {
    const properties = committed.properties as Record<string, { description?: string }>;
    for (const [name, property] of Object.entries(properties)) {
      expect(property.description, name).toMatch(/\w/);
    }
  });
});
