import type { ValidationIssue } from './types.js';
import { childPath } from './json-path.js';
import { excerpt } from './excerpt.js';
import { MAX_NESTING_DEPTH, MAX_TOTAL_TEXT, RESERVED_KEYS } from './limits.js';

/** Values visited at most; guards API callers passing huge or self-referencing objects. */
const MAX_VALUES = 200_000;

export interface InputScan {
  /** Limits exceeded (depth, size, total text): nothing further should be attempted. */
  fatal: ValidationIssue[];
  /** Reserved keys (`__proto__`, `constructor`, `prototype`), each at its path. */
  errors: ValidationIssue[];
}

/** Checks a raw value before any schema work: reserved keys anywhere, nesting depth, total text (keys included). */
export function scanInput(value: unknown): InputScan {
  const fatal: ValidationIssue[] = [];
  const errors: ValidationIssue[] = [];
  let textLength = 0;
  let visited = 0;
  const walk = (node: unknown, path: string, depth: number): void => {
    if (++visited > MAX_VALUES) return;
    if (typeof node === 'string') {
      textLength += node.length;
      return;
    }
    if (node === null || typeof node !== 'object') return;
    if (depth > MAX_NESTING_DEPTH) {
      fatal.push({ path, message: `nesting is deeper than ${MAX_NESTING_DEPTH} levels` });
      return;
    }
    if (Array.isArray(node)) {
      // length first: a sparse array of length 1e9 would take half a minute to walk
      if (node.length > MAX_VALUES - visited) {
        visited = MAX_VALUES + 1;
        return;
      }
      node.forEach((item, index) => walk(item, childPath(path, index), depth + 1));
      return;
    }
    for (const key of Object.keys(node)) {
      textLength += key.length;
      const keyPath = childPath(path, key);
      if (RESERVED_KEYS.has(key)) errors.push({ path: keyPath, message: `reserved key ${excerpt(key)} is not allowed` });
      else walk((node as Record<string, unknown>)[key], keyPath, depth + 1);
    }
  };
  walk(value, '', 1);
  if (visited > MAX_VALUES) fatal.push({ path: '', message: `input has more than ${MAX_VALUES} values` });
  if (textLength > MAX_TOTAL_TEXT) {
    const count = textLength.toLocaleString('en-US');
    fatal.push({ path: '', message: `the analysis has ${count} characters of text; the limit is ${MAX_TOTAL_TEXT.toLocaleString('en-US')}` });
  }
  return { fatal, errors };
}
