import type { RenderedFile } from '../cli/batch/types.js';
import { writeOutputs } from '../cli/batch/write.js';

/**
 * Where a worker puts an analysis's files. Each file must appear whole or not at all, and
 * writing the same bytes twice (a job re-run after a stalled worker) must be harmless.
 * The file system is the one store today; an object store would be another class here,
 * chosen by the location's scheme in outputStoreFor.
 */
export interface OutputStore {
  /** `startedAt`: the job's start; leftovers of writers killed before it may be cleaned up */
  write(id: string, files: RenderedFile[], startedAt: number): Promise<void>;
  /** for logs */
  readonly location: string;
}

/** OUT/<id>/<name>, each file written to a temp name, fsynced and renamed (as batch does). */
export class FileOutputStore implements OutputStore {
  constructor(readonly location: string) {}
  async write(id: string, files: RenderedFile[], startedAt: number): Promise<void> {
    writeOutputs(this.location, id, files, startedAt);
  }
}

export function outputStoreFor(location: string): OutputStore {
  if (/^[a-z][a-z0-9+.-]+:\/\//i.test(location)) throw new Error(`output store ${location}: only folders are supported`);
  return new FileOutputStore(location);
}
