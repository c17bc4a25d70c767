import type { ValidationIssue } from './types.js';
import { comparePaths } from './json-path.js';
import { MAX_REPORTED_ISSUES } from './limits.js';

/**
 * Sorts issues by path (then message), drops exact duplicates and keeps at most
 * `MAX_REPORTED_ISSUES`, ending with a count of the ones left out.
 */
export function orderIssues(issues: readonly ValidationIssue[]): ValidationIssue[] {
  const seen = new Set<string>();
  const ordered = [...issues]
    .sort((a, b) => comparePaths(a.path, b.path) || (a.message < b.message ? -1 : a.message > b.message ? 1 : 0))
    .filter((issue) => {
      const key = `${issue.path}\u0000${issue.message}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  if (ordered.length <= MAX_REPORTED_ISSUES) return ordered;
  const more = ordered.length - MAX_REPORTED_ISSUES;
  const message = `… and ${more.toLocaleString('en-US')} more ${more === 1 ? 'error' : 'errors'}`;
  return [...ordered.slice(0, MAX_REPORTED_ISSUES), { path: '', message }];
}
