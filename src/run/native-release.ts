/**
 * resvg's pixmaps live outside the V8 heap (performance.md §3): they are freed by the finalizers
 * of their JS wrappers, and Node runs those finalizers on an event-loop turn, which piscina's
 * Atomics hand-over never gives (task follows task without one). So after every job the worker
 * gives the loop a turn; V8's own scavenges (frequent: the worker's young generation is small,
 * pool.ts) have already found the wrappers dead by then.
 *
 * No forced collection. Measured side by side (shared machine; one process rendering the Meta
 * strategy map and flywheel alternately, 400 renders): a full gc() every 10 renders cost
 * 86 ms CPU per render against 56 ms with only the event-loop turn — a forced full collection
 * throws away compiled code and the text caches' warm state — and RSS stayed flat either way
 * (124 vs 142–148 MB). In `visint batch` (200 analyses, -j 1) user CPU fell 42.6 → 29.5 s.
 */
export async function releaseNativeMemory(): Promise<void> {
  await new Promise((resolve) => setImmediate(resolve));
}
