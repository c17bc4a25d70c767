import type { ValidationIssue } from '../../analysis/types.js';
import { EXIT } from '../exit-codes.js';
import type { ManifestEntry } from './types.js';

/** The run in numbers: printed as one line on standard error, and as JSON on standard output with --json. */
export interface BatchSummary {
  analyses: number;
  rendered: number;
  unchanged: number;
  failed: number;
  /** files written by this run (unchanged analyses write none) */
  filesWritten: number;
  warnings: number;
  /** named diagrams left out because an analysis has no section for them */
  skipped: number;
  seconds: number;
  manifest: string;
  failures: { source: string; id?: string; kind: 'invalid' | 'render'; errors: ValidationIssue[] }[];
}

export function summarise(entries: ManifestEntry[], seconds: number, manifest: string): BatchSummary {
  const s: BatchSummary = { analyses: entries.length, rendered: 0, unchanged: 0, failed: 0, filesWritten: 0, warnings: 0, skipped: 0, seconds: Math.round(seconds * 100) / 100, manifest, failures: [] };
  for (const e of entries) {
    if (e.status === 'failed') {
      s.failed++;
      s.failures.push({ source: e.source, ...(e.id !== undefined ? { id: e.id } : {}), kind: e.kind, errors: e.errors });
      continue;
    }
    s.skipped += e.skipped?.length ?? 0;
    // the other diagrams were written, but the run reports the ones that were not
    if (e.diagramFailures?.length) s.failures.push({ source: e.source, id: e.id, kind: 'render', errors: e.diagramFailures.map((f) => ({ path: f.diagram, message: `could not be drawn: ${f.message}` })) });
    if (e.status === 'rendered') {
      s.rendered++;
      s.filesWritten += e.files.length;
    } else s.unchanged++;
    // each diagram's warnings are repeated on its svg/png/layout files: count them once per diagram
    const seen = new Set<string>();
    for (const f of e.files) if (!seen.has(f.diagram) && seen.add(f.diagram)) s.warnings += f.warnings.length;
  }
  return s;
}

/** 3 when a render or write broke, else 1 when an input was invalid, else 0. */
export function exitCode(s: BatchSummary): number {
  if (s.failures.some((f) => f.kind === 'render')) return EXIT.renderFailed;
  return s.failed > 0 ? EXIT.invalidInput : EXIT.ok;
}

/** Diagrams that could not be drawn in analyses whose other diagrams were written. */
function diagramFailures(s: BatchSummary): string {
  const n = s.failures.filter((f) => f.kind === 'render' && f.id !== undefined).reduce((k, f) => k + f.errors.filter((e) => e.message.startsWith('could not be drawn')).length, 0);
  return n ? ` ${n} diagrams could not be drawn;` : '';
}

export function summaryLine(s: BatchSummary): string {
  const rate = s.seconds > 0 ? (s.filesWritten / s.seconds).toFixed(1) : '0';
  return `batch: ${s.analyses} analyses: ${s.rendered} rendered, ${s.unchanged} unchanged, ${s.failed} failed;${diagramFailures(s)} ${s.filesWritten} files written in ${s.seconds} s (${rate} files/s); ${s.warnings} warnings; ${s.skipped ? `${s.skipped} diagrams skipped (no data for them); ` : ''}manifest ${s.manifest}`;
}
