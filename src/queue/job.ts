import type { ValidationIssue } from '../analysis/types.js';
import type { DiagramProblem, FileRecord, FailureKind } from '../cli/batch/types.js';
import type { RenderCliOptions } from '../cli/options.js';
import type { Theme } from '../theme/schema.js';

/** The render options a job carries: the CLI's, less the output folder (each worker has its own). A theme given as a file travels resolved. */
export type JobRenderOptions = Omit<RenderCliOptions, 'out' | 'theme'> & { theme?: string | Theme };

/** One queued analysis. The text travels with the job, so workers never need the input files. */
export interface RenderJobData {
  /** renderer version of the adder; a worker of another version does not render it */
  version: string;
  runId: string;
  source: string;
  id: string;
  text: string;
  opts: JobRenderOptions;
}

/** What a finished job keeps in Redis: its manifest records (the bytes are in the output store). */
export interface RenderJobResult {
  id: string;
  files: FileRecord[];
  /** named diagrams the analysis has no section for, and diagrams that could not be drawn (as batch's manifest lists them) */
  skipped?: string[];
  diagramFailures?: DiagramProblem[];
}

export const QUEUE_NAME_DEFAULT = 'visint-render';

/** The environment variable that tells a forked processor its output location. */
export const OUT_ENV = 'VISINT_QUEUE_OUT';

/** Job options: retried with exponential backoff; finished jobs are kept (they make re-adding idempotent and feed the manifest). */
export const JOB_OPTIONS = { attempts: 5, backoff: { type: 'exponential', delay: 2000 }, removeOnComplete: false, removeOnFail: false } as const;

/** A job's failure, as its failedReason carries it across the sandbox: a marker, then JSON. */
const FAILURE_MARK = 'visint-failure:';

export interface JobFailure {
  kind: FailureKind;
  errors: ValidationIssue[];
  /** false when the same input will fail the same way (invalid input, a layout that does not fit) */
  retryable: boolean;
}

export const encodeFailure = (f: JobFailure): string => FAILURE_MARK + JSON.stringify(f);

/** Reads a failedReason back; BullMQ's own reasons (stalled too often, a crashed processor) are render failures. */
export function decodeFailure(reason: string | undefined): JobFailure {
  if (reason?.startsWith(FAILURE_MARK)) {
    try {
      return JSON.parse(reason.slice(FAILURE_MARK.length)) as JobFailure;
    } catch {
      // fall through
    }
  }
  return { kind: 'render', errors: [{ path: '', message: reason || 'failed without a reason' }], retryable: true };
}

/** Redis keys of a run (the jobs of one `queue add`), beside BullMQ's own keys. */
export const runKeys = (queue: string, runId: string) => ({
  entries: `visint:${queue}:run:${runId}:entries`,
  meta: `visint:${queue}:run:${runId}:meta`,
  runs: `visint:${queue}:runs`,
});

/** One analysis of a run: the job that renders it, or why it was never queued. */
export type RunEntry = { source: string; id: string; job: string } | { source: string; id?: string; failed: JobFailure };

/** A sortable, readable run id: UTC time plus a random tail. */
export function newRunId(): string {
  const t = new Date().toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z');
  return `${t}-${Math.random().toString(16).slice(2, 8)}`;
}
