import type { FastifyInstance } from 'fastify';
import type { ServeMetrics } from '../metrics.js';

/** Liveness, readiness (false once shutting down) and Prometheus metrics. */
export function healthRoutes(app: FastifyInstance, metrics: ServeMetrics, ready: () => boolean): void {
  app.get('/healthz', async (_req, reply) => reply.header('cache-control', 'no-store').send({ status: 'ok' }));
  app.get('/readyz', async (_req, reply) => {
    const ok = ready();
    return reply.code(ok ? 200 : 503).header('cache-control', 'no-store').send({ status: ok ? 'ready' : 'shutting down' });
  });
  app.get('/metrics', async (_req, reply) => reply.header('content-type', metrics.registry.contentType).header('cache-control', 'no-store').send(await metrics.registry.metrics()));
}
