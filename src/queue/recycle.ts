import { readFileSync } from 'node:fs';
import type { Child, ChildPool } from 'bullmq';

export interface RecycleLimits {
  /** a processor is replaced after this many jobs */
  maxJobs: number;
  /** … or as soon as its resident memory passes this many bytes */
  maxRssBytes: number;
}

export interface ProcessorMemory {
  /** highest resident set size any processor reached (bytes; 0 where /proc is missing) */
  peakRssBytes: number;
  recycled: number;
}

/** Resident and peak resident memory of a process, from /proc (Linux); undefined elsewhere. */
export function memoryOf(pid: number): { rss: number; peak: number } | undefined {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (field: string) => Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1] ?? 0) * 1024;
    return { rss: kb('VmRSS'), peak: kb('VmHWM') };
  } catch {
    return undefined;
  }
}

/**
 * Recycles BullMQ's sandbox processes: when a processor hands its job back, it goes back to
 * the pool only if it is under both limits; otherwise it is stopped (SIGTERM: it is idle, so
 * it exits at once) and the next job forks a fresh one. resvg's native memory is never given
 * back to the OS by a long-lived process; a new process starts clean.
 */
export function recycleProcessors(pool: ChildPool, limits: RecycleLimits, log: (line: string) => void): ProcessorMemory {
  const jobs = new Map<number, number>();
  const memory: ProcessorMemory = { peakRssBytes: 0, recycled: 0 };
  const release = pool.release.bind(pool);
  pool.release = (child: Child): void => {
    const pid = child.pid;
    const n = (jobs.get(pid) ?? 0) + 1;
    const m = memoryOf(pid);
    if (m) memory.peakRssBytes = Math.max(memory.peakRssBytes, m.peak);
    if (n < limits.maxJobs && (m === undefined || m.rss <= limits.maxRssBytes)) {
      jobs.set(pid, n);
      release(child);
      return;
    }
    jobs.delete(pid);
    memory.recycled++;
    log(`worker: processor ${pid} recycled after ${n} jobs${m ? ` (${Math.round(m.rss / 2 ** 20)} MB resident)` : ''}`);
    pool.kill(child, 'SIGTERM').catch(() => undefined);
  };
  return memory;
}
