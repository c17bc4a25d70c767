import type { ValidationIssue } from '../analysis/types.js';
import type { AltText } from '../diagrams/types.js';
import type { ErrorKind } from '../errors.js';
import type { Warning } from '../layout/types.js';
import type { OutputFile, OutputOptions } from '../outputs/types.js';

/**
 * One render on the pool: the analysis TEXT and the output options. Front ends (batch, serve,
 * preview) read or receive the text themselves; the worker never touches the file system.
 */
export interface RenderJob {
  text: string;
  /** structured-cloned to the worker: `theme` is a name, a path, or a plain Theme object */
  opts: OutputOptions;
  /** refuse the render if the analysis id is not this one (batch: the file changed since its scan) */
  expectId?: string;
  /** test hook: keep the worker busy this many ms before rendering (a hung render) */
  stallMs?: number;
}

/** One output file as it comes back from a worker: bytes plus what a manifest or a response needs. */
export interface RenderedOutput {
  name: string;
  diagram: string;
  format: OutputFile['format'];
  contentType: string;
  data: Uint8Array;
  /** pixel size of the file (a PNG's is read from its own header) */
  width: number;
  height: number;
  sha256: string;
  /** milliseconds to render this diagram (all its formats together) */
  renderMs: number;
  alt: AltText;
  warnings: Warning[];
}

/** A diagram of the analysis that could not be drawn (the others were). */
export interface DiagramProblem {
  diagram: string;
  message: string;
}

export type JobResult =
  /** `skipped`: named diagrams whose section the analysis lacks; `diagramFailures`: diagrams that could not be drawn */
  | { ok: true; id: string; files: RenderedOutput[]; skipped: string[]; diagramFailures: DiagramProblem[] }
  | { ok: false; kind: ErrorKind; errors: ValidationIssue[] };
