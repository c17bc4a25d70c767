import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { parseJsonText } from '../../src/analysis/index.js';

function errorsOf(text: string) {
  const result = parseJsonText(text);
  if (result.ok) throw new Error(`expected a parse failure for ${JSON.stringify(text)}`);
  return result.errors;
}

describe('parseJsonText', () => {
  it('parses strict JSON and ignores a leading byte-order mark', () => {
    expect(parseJsonText('\uFEFF{"a": [1, "x"]}')).toEqual({ ok: true, value: { a: [1, 'x'] } });
  });

  it('reports a trailing comma at the comma, with 1-based line and column', () => {
    const [error] = errorsOf('{\n  "a": [1, 2,]\n}');
    expect(error).toEqual({ path: 'a', message: 'Unexpected trailing comma', line: 2, column: 13 });
  });

  it('reports a trailing comma in an object', () => {
    expect(errorsOf('{"a": 1,\n}')[0]).toMatchObject({ message: 'Unexpected trailing comma', line: 1, column: 8 });
  });

  it('rejects comments', () => {
    const errors = errorsOf('{\n  /* block */ "a": 1 // line\n}');
    expect(errors.map((e) => [e.message, e.line, e.column])).toEqual([
      ['Comments are not allowed in JSON', 2, 3],
      ['Comments are not allowed in JSON', 2, 22],
    ]);
  });

  it('reports truncated input at its end, naming the unclosed containers', () => {
    const errors = errorsOf('{"map": {"nodes": ["a", ');
    expect(errors.every((e) => e.line === 1)).toBe(true);
    expect(errors.map((e) => e.path)).toEqual(['map.nodes', 'map.nodes', 'map', '']);
    expect(errors[1]?.message).toBe("Unexpected end of input: expected ']' to close the array");
  });

  it('detects duplicate keys with the path and position of the second one', () => {
    const errors = errorsOf('{\n "m": {\n  "label": "a",\n  "label": "b"\n }\n}');
    expect(errors).toEqual([
      { path: 'm.label', message: 'Duplicate key "label" (first defined at line 3, column 3)', line: 4, column: 3 },
    ]);
  });

  it('allows the same key in different objects', () => {
    expect(parseJsonText('[{"label": 1}, {"label": 2}]').ok).toBe(true);
  });

  it('rejects input over 1 MiB before parsing it', () => {
    const errors = errorsOf(`"${'x'.repeat(1024 * 1024)}"`);
    expect(errors[0]?.message).toMatch(/too large.*1 MiB/);
  });

  it('caps nesting at 64 levels without recursing into the input', () => {
    expect(parseJsonText(`${'['.repeat(64)}${']'.repeat(64)}`).ok).toBe(true);
    expect(errorsOf(`${'['.repeat(65)}${']'.repeat(65)}`)[0]).toMatchObject({ line: 1, column: 65 });
    expect(errorsOf('['.repeat(500_000))[0]?.message).toMatch(/deeper than 64/);
    expect(parseJsonText('["[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[\\"["]').ok).toBe(true);
  });

  it('reports an empty input and bare garbage plainly', () => {
    expect(errorsOf('  \n')[0]?.message).toBe('input is empty');
    expect(errorsOf('{"a": NaN}')[0]?.message).toBe('Unexpected symbol "NaN"');
    expect(errorsOf("{'a': 1}")[0]?.message).toMatch(/property name in double quotes|Unexpected symbol/);
  });

  it('never throws, whatever the text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
        const result = parseJsonText(text);
        if (!result.ok) expect(result.errors.length).toBeGreaterThan(0);
      }),
      { numRuns: 500 },
    );
  });

  it('agrees with JSON.parse on every JSON value fast-check can produce', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), (value) => {
        const result = parseJsonText(JSON.stringify(value));
        expect(result).toEqual({ ok: true, value: JSON.parse(JSON.stringify(value)) });
      }),
      { numRuns: 300 },
    );
  });
});
