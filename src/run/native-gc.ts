import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

const GC_EVERY = 10;
let rendersSinceGc = 0;
// Workers refuse --expose-gc in execArgv; setting the V8 flag at run time exposes gc() to new contexts.
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

/**
 * resvg's pixmaps live outside the V8 heap, so V8 does not feel their weight: every few renders,
 * collect their wrappers, then give the event loop a turn, where the native finalizers run
 * (performance.md §3). Piscina's Atomics hand-over runs task after task without such a turn.
 */
export async function collectNativeGarbage(renders: number): Promise<void> {
  rendersSinceGc += renders;
  if (rendersSinceGc < GC_EVERY) return;
  rendersSinceGc = 0;
  gc();
  await new Promise((resolve) => setImmediate(resolve));
}
