/**
 * One error type for every expected failure. Each front end maps `kind` once: the CLI to its
 * exit code (`exitCodeFor`), the HTTP service to a status (`httpStatusFor`), the queue to
 * "retry or not" (`isRetryable`). Anything thrown that is not a VisintError is an internal bug.
 */
export type ErrorKind =
  /** the analysis (or another input file) is invalid; `issues` name JSON paths */
  | 'invalid-input'
  /** a diagram was asked for whose section the analysis does not have */
  | 'missing-section'
  /** a diagram, format or option value that does not exist */
  | 'unknown-name'
  /** a canvas size or scale outside the documented ranges */
  | 'unsupported-size'
  /** a theme that cannot be loaded or fails its schema or contrast check */
  | 'invalid-theme'
  /** an input larger than its limit */
  | 'too-large'
  /** a command line mistake */
  | 'usage'
  /** the layout search or a check failed for a valid input */
  | 'render-failed'
  /** the work budget or deadline ran out */
  | 'timeout'
  /** an output could not be written */
  | 'output-failed';

export interface ErrorIssue {
  path: string;
  message: string;
}

export class VisintError extends Error {
  readonly kind: ErrorKind;
  readonly issues: ErrorIssue[];
  constructor(kind: ErrorKind, message: string, issues: ErrorIssue[] = []) {
    super(message);
    this.kind = kind;
    this.issues = issues;
    this.name = 'VisintError';
  }
}

export const isVisintError = (e: unknown): e is VisintError => e instanceof VisintError;

/** `visint`'s documented exit codes: 1 invalid input, 2 usage, 3 render failure. */
export function exitCodeFor(kind: ErrorKind): 1 | 2 | 3 {
  switch (kind) {
    case 'invalid-input':
    case 'too-large':
    case 'missing-section':
      return 1;
    case 'unknown-name':
    case 'unsupported-size':
    case 'invalid-theme':
    case 'usage':
      return 2;
    default:
      return 3;
  }
}

/** The HTTP status each kind answers with. */
export function httpStatusFor(kind: ErrorKind): number {
  switch (kind) {
    case 'invalid-input':
    case 'missing-section':
    case 'invalid-theme':
      return 422;
    case 'too-large':
      return 413;
    case 'unknown-name':
    case 'unsupported-size':
    case 'usage':
      return 400;
    case 'timeout':
      return 503;
    default:
      return 500;
  }
}

/** A failure that will fail again on the same input is not worth a retry. */
export function isRetryable(kind: ErrorKind): boolean {
  return kind === 'timeout' || kind === 'output-failed';
}
