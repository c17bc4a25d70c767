import type { ValidationIssue } from '../analysis/types.js';
import type { Warning } from '../layout/types.js';
import type { DiagramFailure } from '../outputs/types.js';

/** file:line:col: path: message — one line per problem, for standard error. */
export function formatIssue(file: string, i: ValidationIssue): string {
  const where = i.line !== undefined ? `${file}:${i.line}:${i.column ?? 1}` : file;
  return `${where}: ${i.path || '(root)'}: ${i.message}`;
}

export function formatWarning(file: string, diagram: string, w: Warning): string {
  return `warning: ${file}: ${diagram}: ${w.field}: ${w.message}`;
}

/** A diagram that could not be drawn: its name and reason; the stack only with --debug. */
export function formatFailure(file: string, f: DiagramFailure, debug: boolean): string {
  const line = `error: ${file}: ${f.diagram}: could not be drawn: ${f.message}`;
  return debug && f.stack ? `${line}\n${f.stack}` : line;
}

export function stderr(line: string): void {
  process.stderr.write(line + '\n');
}
