/** JSON paths in the dotted/bracket form used in every message: `strategyMap.edges[2].to`. */

import { excerpt, MAX_VALUE_EXCERPT } from './excerpt.js';

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** Appends one segment to an already formatted path; the document root is `''`. */
export function childPath(path: string, segment: string | number): string {
  if (typeof segment === 'number') return `${path}[${segment}]`;
  if (!IDENTIFIER.test(segment) || segment.length > MAX_VALUE_EXCERPT) return `${path}[${excerpt(segment)}]`;
  return path === '' ? segment : `${path}.${segment}`;
}

/** Formats path segments (as zod and jsonc-parser give them). */
export function formatJsonPath(segments: readonly PropertyKey[]): string {
  let path = '';
  for (const segment of segments) {
    path = childPath(path, typeof segment === 'number' ? segment : String(segment));
  }
  return path;
}

/** Orders paths so that `nodes[2]` comes before `nodes[10]`. */
export function comparePaths(a: string, b: string): number {
  const key = (path: string) => path.replace(/\[(\d+)\]/g, (_, n: string) => `[${n.padStart(10, '0')}]`);
  const ka = key(a);
  const kb = key(b);
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}
