import { describe, it, expect } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { validateText } from '../../src/analysis/index.js';

const fixtures = new URL('../../fixtures/', import.meta.url);
const invalid = new URL('invalid/', fixtures);
const read = (dir: URL, name: string) => readFileSync(new URL(name, dir), 'utf8');
const jsonFiles = (dir: URL) => readdirSync(dir).filter((name) => name.endsWith('.json')).sort();
const expectedPaths = JSON.parse(read(invalid, 'expected.json')) as Record<string, string>;

describe('valid fixtures', () => {
  it.each(jsonFiles(fixtures))('%s validates', (name) => {
    const result = validateText(read(fixtures, name));
    if (!result.ok) expect.fail(JSON.stringify(result.errors, null, 2));
    expect(result.warnings).toEqual([]);
  });
});

describe('invalid fixtures (fixtures/invalid/expected.json)', () => {
  const files = jsonFiles(invalid).filter((name) => name !== 'expected.json');

  it('every invalid fixture has an expected path, and every expectation a file', () => {
    expect(files).toEqual(Object.keys(expectedPaths).sort());
    expect(files.length).toBeGreaterThanOrEqual(14);
  });

  it.each(files)('%s fails at its expected path', (name) => {
    const result = validateText(read(invalid, name));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.length).toBeGreaterThan(0);
    expect(result.errors[0]?.path).toBe(expectedPaths[name]);
    for (const error of result.errors) expect(error.message).toMatch(/\S/);
  });
});
