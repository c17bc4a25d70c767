import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { RenderPool } from '../run/pool.js';

/** The service's Prometheus metrics, on their own registry (tests start many servers in one process). */
export class ServeMetrics {
  readonly registry = new Registry();
  readonly requests = new Counter({ name: 'visint_http_requests_total', help: 'HTTP requests answered, by route and status', labelNames: ['route', 'status'] as const, registers: [this.registry] });
  readonly renderSeconds = new Histogram({
    name: 'visint_render_duration_seconds',
    help: 'time from queueing a render to its result, by diagram and format',
    labelNames: ['diagram', 'format'] as const,
    buckets: [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
    registers: [this.registry],
  });
  readonly cache = new Counter({ name: 'visint_render_cache_total', help: 'render requests answered from the ETag (304), the in-memory cache, or by rendering', labelNames: ['result'] as const, registers: [this.registry] });

  constructor(pool: RenderPool) {
    // process_resident_memory_bytes (RSS) and the other process metrics
    collectDefaultMetrics({ register: this.registry, prefix: 'visint_' });
    new Gauge({ name: 'visint_render_queue_depth', help: 'renders waiting for a worker', registers: [this.registry], collect() {
      this.set(pool.queueDepth);
    } });
    new Gauge({ name: 'visint_worker_restarts', help: 'worker threads stopped (deadline or crash) and replaced since start', registers: [this.registry], collect() {
      this.set(pool.restarts);
    } });
  }
}
