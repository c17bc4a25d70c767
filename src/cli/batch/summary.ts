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
  seconds: number;
  manifest: string;
  failures: { source: string; id?: string; kind: 'invalid' | 'render'; errors: ValidationIssue[] }[];
}

export function summarise(entries: ManifestEntry[], seconds: number, manifest: string): BatchSummary {
  const s: BatchSummary = { analyses: entries.length, rendered: 0, unchanged: 0, failed: 0, filesWritten: 0, warnings: 0, seconds: Math.round(seconds * 100) / 100, manifest, failures: [] };
  for (const e of entries) {
    if (e.status === 'failed') {
      s.failed++;
      s.failures.push({ source: e.source, ...(e.id !== undefined ? { id: e.id } : {}), kind: e.kind, errors: e.errors });
      continue;
    }
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

export function summaryLine(s: BatchSummary): string {
  const rate = s.seconds > 0 ? (s.filesWritten / s.seconds).toFixed(1) : '0';
  return `batch: ${s.analyses} analyses: ${s.rendered} rendered, ${s.unchanged} unchanged, ${s.failed} failed; ${s.filesWritten} files written in ${s.seconds} s (${rate} files/s); ${s.warnings} warnings; manifest ${s.manifest}`;
}
