import type { AltText } from '../../diagrams/types.js';
import type { ValidationIssue } from '../../analysis/types.js';
import type { Warning } from '../../layout/types.js';
import type { RenderCliOptions } from '../options.js';
import type { OutputFile } from '../../outputs/types.js';

/** One written file, as the manifest lists it. `path` is relative to OUT (`<id>/<name>`). */
export interface FileRecord {
  path: string;
  diagram: string;
  format: OutputFile['format'];
  bytes: number;
  /** pixel size of the file: the canvas, times `--scale` for PNG */
  width: number;
  height: number;
  sha256: string;
  /** milliseconds to render this diagram (all its formats together) */
  renderMs: number;
  alt: AltText;
  warnings: Warning[];
}

/** A diagram of an otherwise rendered analysis that could not be drawn (the others were written). */
export interface DiagramProblem {
  diagram: string;
  message: string;
}

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
