import { visit, type JSONPath } from 'jsonc-parser';
import type { ValidationIssue } from './types.js';
import { formatJsonPath } from './json-path.js';
import { lineColumnAt } from './text-position.js';
import { MAX_SYNTAX_ISSUES } from './limits.js';
import { excerpt, MAX_SYNTAX_EXCERPT } from './excerpt.js';

/** Plain-English messages for jsonc-parser's `ParseErrorCode` values. */
const MESSAGES: Record<number, string> = {
  1: 'Unexpected symbol',
  2: 'Invalid number',
  3: 'Expected a property name in double quotes',
  4: 'Expected a value',
  5: "Expected ':' after the property name",
  6: "Expected ',' between items",
  7: "Expected '}' to close the object",
  8: "Expected ']' to close the array",
  9: 'Unexpected content after the end of the JSON value',
  10: 'Comments are not allowed in JSON',
  11: 'Unterminated comment',
  12: 'Unterminated string',
  13: 'Unexpected end of number',
  14: 'Invalid unicode escape sequence',
  15: 'Invalid escape character in string',
  16: 'Invalid character in string (control characters must be escaped)',
};

/** The comma before a closing bracket at `offset`, if the error there is a trailing comma. */
function trailingCommaBefore(text: string, offset: number): number {
  const close = text[offset];
  if (close !== '}' && close !== ']') return -1;
  let i = offset - 1;
  while (i >= 0 && /\s/.test(text[i] ?? '')) i--;
  return text[i] === ',' ? i : -1;
}

function describe(text: string, code: number, offset: number, length: number): { message: string; at: number } {
  if (code === 3 || code === 4) {
    const comma = trailingCommaBefore(text, offset);
    if (comma !== -1) return { message: 'Unexpected trailing comma', at: comma };
  }
  const base = MESSAGES[code] ?? 'Invalid JSON';
  if (offset >= text.length) return { message: `Unexpected end of input: ${base.toLowerCase()}`, at: offset };
  if (code === 1) return { message: `Unexpected symbol ${excerpt(text.slice(offset, offset + Math.min(length, 40)), MAX_SYNTAX_EXCERPT)}`, at: offset };
  return { message: base, at: offset };
}

/**
 * Syntax errors (strict JSON: no comments, no trailing commas) and duplicate object keys,
 * each with a 1-based line and column and the path of the object or array it sits in.
 */
export function findSyntaxIssues(text: string): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const containers: JSONPath[] = [];
  const keySets: Map<string, string>[] = [];
  // jsonc-parser reports "expected '}'/']'" just after it ends the unclosed container.
  let lastClosed: JSONPath = [];
  const close = () => { lastClosed = containers.pop() ?? []; };
  const where = (code: number) =>
    formatJsonPath(code === 7 || code === 8 ? lastClosed : containers[containers.length - 1] ?? []);
  visit(
    text,
    {
      onObjectBegin: (_o, _l, _sl, _sc, path) => { containers.push(path()); keySets.push(new Map()); },
      onObjectEnd: () => { close(); keySets.pop(); },
      onArrayBegin: (_o, _l, _sl, _sc, path) => { containers.push(path()); },
      onArrayEnd: close,
      onObjectProperty: (key, _o, _l, startLine, startCharacter, path) => {
        if (issues.length >= MAX_SYNTAX_ISSUES) return;
        const seen = keySets[keySets.length - 1];
        const here = `line ${startLine + 1}, column ${startCharacter + 1}`;
        const first = seen?.get(key);
        if (first === undefined) { seen?.set(key, here); return; }
        issues.push({
          path: formatJsonPath([...path(), key]),
          message: `Duplicate key ${excerpt(key)} (first defined at ${first})`,
          line: startLine + 1,
          column: startCharacter + 1,
        });
      },
      onLiteralValue: (value, offset, length, startLine, startCharacter, path) => {
        // JSON.parse turns 1e400 into Infinity, which the schema would report as "got null"
        if (typeof value !== 'number' || Number.isFinite(value) || issues.length >= MAX_SYNTAX_ISSUES) return;
        issues.push({ path: formatJsonPath(path()), message: `number ${excerpt(text.slice(offset, offset + length), MAX_SYNTAX_EXCERPT)} is out of range (larger than any number a diagram can use)`, line: startLine + 1, column: startCharacter + 1 });
      },
      onError: (code, offset, length) => {
        if (issues.length >= MAX_SYNTAX_ISSUES) return;
        const { message, at } = describe(text, code, offset, length);
        issues.push({ path: where(code), message, ...lineColumnAt(text, at) });
      },
    },
    { disallowComments: true, allowTrailingComma: false },
  );
  return dedupe(issues);
}

function dedupe(issues: ValidationIssue[]): ValidationIssue[] {
  const seen = new Set<string>();
  return issues.filter((issue) => {
    const key = `${issue.line}:${issue.column}:${issue.path}:${issue.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
