import type { ValidationIssue } from '../../analysis/types.js';
import type { RenderCliOptions } from '../options.js';
import type { DiagramProblem, RenderedOutput } from '../../run/types.js';

/**
 * One written file, as the manifest lists it: the pool's rendered output (run/types.ts) without
 * its bytes, plus `path` relative to OUT (`<id>/<name>`) and its size in bytes.
 */
export type FileRecord = { path: string; bytes: number } & Pick<RenderedOutput, 'diagram' | 'format' | 'width' | 'height' | 'sha256' | 'renderMs' | 'alt' | 'warnings'>;

export type { DiagramProblem };

/** Why an analysis failed: its input is invalid (exit 1) or the render/write broke (exit 3). */
export type FailureKind = 'invalid' | 'render';

/**
 * One analysis in the manifest. `key` hashes input text + renderer version + theme + options:
 * an entry whose key matches and whose files are all still there is not rendered again.
 */
export type ManifestEntry =
  | { source: string; id: string; status: 'rendered' | 'unchanged'; key: string; files: FileRecord[]; skipped?: string[]; diagramFailures?: DiagramProblem[] }
  | { source: string; id?: string; status: 'failed'; kind: FailureKind; errors: ValidationIssue[] };

/** A rendered file on its way from the pool to the disk: its manifest record and its bytes. */
export interface RenderedFile {
  name: string;
  record: FileRecord;
  data: Uint8Array;
}

export type TaskResult =
  | { ok: true; id: string; files: RenderedFile[]; skipped: string[]; diagramFailures: DiagramProblem[] }
  | { ok: false; kind: FailureKind; errors: ValidationIssue[] };
