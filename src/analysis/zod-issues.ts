import type * as z from 'zod/mini';
import type { ValidationIssue } from './types.js';
import { childPath, formatJsonPath } from './json-path.js';
import { closestMatch } from './edit-distance.js';
import { knownKeysAt } from './schema-keys.js';
import { MAX_REPORTED_ISSUES, RESERVED_KEYS } from './limits.js';
import { excerpt } from './excerpt.js';

type ZodIssue = z.core.$ZodIssue;

const EXPECTED: Record<string, string> = {
  string: 'a string', number: 'a finite number', int: 'a whole number', boolean: 'true or false',
  object: 'an object', array: 'a list (array)', null: 'null',
};

/** `number`, `NaN`, `Infinity`, `array`, `null`, … — how a received value is named in messages. */
function typeName(input: unknown, received?: string): string {
  if (received) return received;
  if (input === null) return 'null';
  if (Array.isArray(input)) return 'array';
  return typeof input;
}

const quoteAll = (values: readonly unknown[]) => values.map((v) => JSON.stringify(v)).join(', ');

/** An issue about an unknown field that is probably a typo of the field at `typoOf`. */
type Converted = ValidationIssue & { typoOf?: string };

/**
 * Converts zod issues into path-named issues with plain messages ("expected a string, got
 * number"). A typo (`lable`) is reported once, not also as the missing field it misspells.
 */
export function fromZodIssues(issues: readonly ZodIssue[], schema: z.core.$ZodType): ValidationIssue[] {
  const converted = convertAll(issues, schema, []);
  const misspelt = new Set(converted.flatMap((issue) => (issue.typoOf === undefined ? [] : [issue.typoOf])));
  return converted
    .filter((issue) => !(misspelt.has(issue.path) && issue.message.startsWith('missing required field')))
    .map(({ path, message }) => ({ path, message }));
}

function convertAll(issues: readonly ZodIssue[], schema: z.core.$ZodType, base: PropertyKey[]): Converted[] {
  return issues.flatMap((issue) => fromZodIssue(issue, schema, [...base, ...issue.path]));
}

/** A required field that is absent (zod reports it as a wrong type or value of `undefined`). */
function missingField(issue: ZodIssue, segments: PropertyKey[]): Converted[] | undefined {
  const last = segments[segments.length - 1];
  const typeLike = issue.code === 'invalid_type' || issue.code === 'invalid_value' || issue.code === 'invalid_union';
  if (!typeLike || issue.input !== undefined || typeof last !== 'string' || 'received' in issue) return undefined;
  return [{ path: formatJsonPath(segments), message: `missing required field ${JSON.stringify(last)}` }];
}

function fromZodIssue(issue: ZodIssue, schema: z.core.$ZodType, segments: PropertyKey[]): Converted[] {
  const path = formatJsonPath(segments);
  const missing = missingField(issue, segments);
  if (missing) return missing;
  switch (issue.code) {
    case 'invalid_union': return fromUnion(issue.errors, schema, segments);
    case 'invalid_type': {
      const received = (issue as { received?: string }).received;
      const expected = EXPECTED[issue.expected] ?? issue.expected;
      const got = issue.expected === 'int' && typeof issue.input === 'number' ? String(issue.input) : typeName(issue.input, received);
      return [{ path, message: `expected ${expected}, got ${got}` }];
    }
    case 'unrecognized_keys': {
      // Hints are looked up for the first keys only; a hostile input may carry thousands.
      const keys = issue.keys.filter((key) => !RESERVED_KEYS.has(key));
      return keys.map((key, index) =>
        index < MAX_REPORTED_ISSUES
          ? unknownField(key, schema, segments, path)
          : { path: childPath(path, key), message: `unknown field ${excerpt(key)}` },
      );
    }
    case 'invalid_value': {
      const got = typeof issue.input === 'string' ? excerpt(issue.input) : (JSON.stringify(issue.input) ?? typeName(issue.input));
      if (issue.values.length === 1) return [{ path, message: `must be ${quoteAll(issue.values)}, got ${got}` }];
      return [{ path, message: `must be one of ${quoteAll(issue.values)}, got ${got}` }];
    }
    case 'too_big':
    case 'too_small': {
      const bound = Number(issue.code === 'too_big' ? issue.maximum : issue.minimum);
      if (Math.abs(bound) === Number.MAX_SAFE_INTEGER) return []; // zod's safe-integer check; our range check follows
      return [{ path, message: issue.message }];
    }
    default:
      return [{ path, message: issue.message }];
  }
}

function unknownField(key: string, schema: z.core.$ZodType, segments: PropertyKey[], path: string): Converted {
  const known = knownKeysAt(schema, segments);
  const hint = closestMatch(key, known);
  const message = `unknown field ${excerpt(key)}`;
  if (hint) return { path: childPath(path, key), message: `${message} (did you mean ${JSON.stringify(hint)}?)`, typoOf: childPath(path, hint) };
  return { path: childPath(path, key), message: known.length ? `${message} (known fields: ${known.join(', ')})` : message };
}

/**
 * A string-or-object union failed. If one branch matched the value's type, its issues are
 * the real ones (`{ "lable": … }` → unknown field); otherwise the value had the wrong type.
 */
function fromUnion(branches: readonly ZodIssue[][], schema: z.core.$ZodType, segments: PropertyKey[]): Converted[] {
  const wrongType = (branch: readonly ZodIssue[]) =>
    branch.some((issue) => issue.code === 'invalid_type' && issue.path.length === 0);
  const matching = branches.find((branch) => branch.length > 0 && !wrongType(branch));
  if (matching) return convertAll(matching, schema, segments);
  const firstIssues = branches.map((branch) => branch[0]).filter((issue) => issue !== undefined);
  const expected = [...new Set(firstIssues.map((issue) => (issue.code === 'invalid_type' ? issue.expected : 'value')))];
  const names = expected.map((name) => (name === 'object' ? 'an object with a "label"' : EXPECTED[name] ?? name));
  const input = firstIssues[0]?.input;
  return [{ path: formatJsonPath(segments), message: `expected ${names.join(' or ')}, got ${typeName(input)}` }];
}
