import { VisintError } from '../errors.js';

/** The documented, fixed exit codes of `visint`. */
export const EXIT = { ok: 0, invalidInput: 1, usage: 2, renderFailed: 3 } as const;

/** A command-line mistake: printed with a hint to --help, exit 2. */
export class UsageError extends VisintError {
  constructor(message: string) {
    super('usage', message);
    this.name = 'UsageError';
  }
}
