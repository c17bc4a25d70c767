import type { ValidationIssue } from '../analysis/types.js';
import type { Warning } from '../layout/types.js';
import type { DiagramFailure } from '../outputs/types.js';
import type { RenderedDiagram } from '../render/render.js';

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

/**
 * One line per distinct warning: the same field and message met in several diagrams (a long
 * title cut in each) is printed once, naming every diagram it touched.
 */
export function warningLines(file: string, rendered: Pick<RenderedDiagram, 'diagram' | 'warnings'>[]): string[] {
  const byWarning = new Map<string, { w: Warning; diagrams: string[] }>();
  for (const r of rendered) {
    for (const w of r.warnings) {
      const key = `${w.field}\u0000${w.message}`;
      const hit = byWarning.get(key);
      if (!hit) byWarning.set(key, { w, diagrams: [r.diagram] });
      else if (!hit.diagrams.includes(r.diagram)) hit.diagrams.push(r.diagram);
    }
  }
  return [...byWarning.values()].map(({ w, diagrams }) => formatWarning(file, diagrams.join(', '), w));
}
