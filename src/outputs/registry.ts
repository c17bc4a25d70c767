import { emailSet } from './email.js';
import { standardSet } from './standard.js';
import type { OutputOptions, OutputSet } from './types.js';

/** Every output set; a new profile is one file and one line here. */
export const outputSets: readonly OutputSet[] = [standardSet, emailSet];

export function outputSetFor(opts: Pick<OutputOptions, 'profile'>): OutputSet {
  return opts.profile === 'email' ? emailSet : standardSet;
}
