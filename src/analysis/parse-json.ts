import type { ValidationIssue } from './types.js';
import { findSyntaxIssues } from './json-syntax.js';
import { findExcessiveNesting } from './nesting-depth.js';
import { lineColumnAt } from './text-position.js';
import { MAX_INPUT_LENGTH, MAX_NESTING_DEPTH } from './limits.js';

export type ParseJsonResult = { ok: true; value: unknown } | { ok: false; errors: ValidationIssue[] };

const fail = (errors: ValidationIssue[]): ParseJsonResult => ({ ok: false, errors });

/**
 * Reads one strict JSON text (RFC 8259): no comments, no trailing commas, no duplicate keys,
 * at most 1 MiB and 64 levels deep. A leading byte-order mark is ignored.
 * Every problem comes back as an issue with a 1-based line and column; it never throws.
 */
export function parseJsonText(text: string): ParseJsonResult {
  if (typeof text !== 'string') return fail([{ path: '', message: 'expected the JSON text as a string' }]);
  if (text.length > MAX_INPUT_LENGTH) {
    const size = text.length.toLocaleString('en-US');
    const limit = MAX_INPUT_LENGTH.toLocaleString('en-US');
    return fail([{ path: '', message: `input is too large: ${size} characters; the limit is ${limit} (1 MiB)` }]);
  }
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === '') return fail([{ path: '', message: 'input is empty', line: 1, column: 1 }]);
  try {
    const tooDeep = findExcessiveNesting(body, MAX_NESTING_DEPTH);
    if (tooDeep !== -1) {
      const message = `nesting is deeper than ${MAX_NESTING_DEPTH} levels`;
      return fail([{ path: '', message, ...lineColumnAt(body, tooDeep) }]);
    }
    const issues = findSyntaxIssues(body);
    if (issues.length > 0) return fail(issues);
    return { ok: true, value: JSON.parse(body) as unknown };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return fail([{ path: '', message: `invalid JSON: ${reason}` }]);
  }
}
