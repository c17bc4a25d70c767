import type * as z from 'zod/mini';
import type { ValidationIssue } from '../analysis/types.js';
import { closestMatch } from '../analysis/edit-distance.js';

type Issue = z.core.$ZodIssue;

function valueAt(root: unknown, path: PropertyKey[]): unknown {
  let v = root;
  for (const k of path) v = v !== null && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[k] : undefined;
  return v;
}

function describe(v: unknown): string {
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : String(v);
  if (typeof v === 'string') return JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…` : v);
  return Array.isArray(v) ? 'a list' : v === null ? 'null' : typeof v;
}

/**
 * zod's issues → one line per theme field, naming it (`colors.hub: expected #RRGGBB, got "red"`).
 * A missing field says so once (with the `extends` hint) instead of zod's "expected string,
 * received undefined"; a mistyped key gets a "did you mean".
 */
export function themeIssues(issues: readonly Issue[], input: unknown, known: (path: PropertyKey[]) => string[]): ValidationIssue[] {
  const out = new Map<string, string>();
  const add = (path: PropertyKey[], message: string) => {
    const key = path.map(String).join('.') || '(root)';
    if (!out.has(key)) out.set(key, message);
  };
  for (const i of issues) {
    const got = valueAt(input, i.path);
    if (i.code === 'unrecognized_keys') {
      for (const k of i.keys) {
        const near = closestMatch(k, known(i.path));
        add([...i.path, k], `unknown field${near ? `; did you mean "${near}"?` : ''}`);
      }
    } else if (got === undefined) {
      add(i.path, 'missing; give it, or start the theme with "extends": "business-engineer" to inherit it');
    } else {
      const msg = i.message.startsWith('Invalid input') ? `invalid value` : i.message;
      add(i.path, `${msg}, got ${describe(got)}`);
    }
  }
  // a theme that gives only a few fields and no `extends`: one line, not one per missing field
  const missing = [...out].filter(([, m]) => m.startsWith('missing')).map(([p]) => p);
  if (missing.length >= 4) {
    for (const p of missing) out.delete(p);
    return [{ path: '(root)', message: `missing ${missing.length} fields (${missing.slice(0, 4).join(', ')}, …); a theme that does not give every field must start with "extends": "business-engineer" (or another theme) to inherit the rest` }, ...[...out].map(([path, message]) => ({ path, message }))];
  }
  return [...out].map(([path, message]) => ({ path, message }));
}
