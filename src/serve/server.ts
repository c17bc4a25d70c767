import Fastify, { type FastifyInstance } from 'fastify';
import { RenderPool } from '../run/pool.js';
import { assetsFingerprint } from './fingerprint.js';
import { HttpError, sendError } from './http-errors.js';
import { ServeMetrics } from './metrics.js';
import { defaultServeOptions, type ServeOptions } from './options.js';
import { RenderService } from './render-service.js';
import { editorRoutes } from './routes/editor.js';
import { healthRoutes } from './routes/health.js';
import { renderRoutes } from './routes/render.js';
import { validateRoutes } from './routes/validate.js';

export interface RunningServer {
  app: FastifyInstance;
  /** http://host:port */
  url: string;
  pool: RenderPool;
  /** stops taking requests, finishes those in flight (renders included), then stops the workers */
  close(): Promise<void>;
}

/** Builds the service (not listening yet): routes, limits, metrics, logs. */
export function buildServer(opts: Partial<ServeOptions> = {}): { app: FastifyInstance; pool: RenderPool; options: ServeOptions; shutdown: () => Promise<void> } {
  const o = defaultServeOptions(opts);
  const pool = new RenderPool({ threads: o.workers, deadlineMs: o.deadlineMs, maxQueue: o.maxQueue });
  const metrics = new ServeMetrics(pool);
  const svc = new RenderService(pool, metrics, assetsFingerprint(), o.cacheBytes, o.stall);
  let closing = false;
  const app = Fastify({
    logger: o.logLevel === false ? false : { level: o.logLevel },
    bodyLimit: o.maxBodyBytes,
    // Node answers 431 past its own header limit; ours (maxUrlBytes) is checked first, below
    routerOptions: { maxParamLength: o.maxUrlBytes },
    return503OnClosing: true,
  });
  // the analysis is read as text: its JSON is parsed (with line and column in errors) by the validator
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', { parseAs: 'string' }, (_req, body, done) => done(null, body));

  app.addHook('onRequest', async (req, reply) => {
    if (req.url.length > o.maxUrlBytes) return sendError(reply, new HttpError(414, `the URL is longer than ${o.maxUrlBytes} bytes; POST the analysis to /render/<diagram>.<svg|png> instead`));
  });
  app.addHook('onResponse', async (req, reply) => {
    metrics.requests.inc({ route: req.routeOptions.url ?? 'unmatched', status: String(reply.statusCode) });
  });
  // a keep-alive connection answered during shutdown must end, or close() waits on it forever
  app.addHook('onSend', async (_req, reply, payload) => {
    if (closing) reply.header('connection', 'close');
    return payload;
  });
  app.setErrorHandler((err, _req, reply) => {
    const e = err as { code?: string; statusCode?: number; message: string };
    if (e.code === 'FST_ERR_CTP_BODY_TOO_LARGE') return sendError(reply, new HttpError(413, `the body is larger than ${o.maxBodyBytes} bytes`));
    if (e.statusCode && e.statusCode < 500) return sendError(reply, new HttpError(e.statusCode, e.message));
    return sendError(reply, err);
  });
  app.setNotFoundHandler((req, reply) => sendError(reply, new HttpError(404, `no route ${req.method} ${req.url.split('?')[0]}`)));

  renderRoutes(app, svc, o);
  healthRoutes(app, metrics, () => !closing);
  if (o.signingKeys.length === 0 || o.editor) {
    validateRoutes(app);
    editorRoutes(app);
  }
  const shutdown = async (): Promise<void> => {
    closing = true;
    // Keep-alive connections that fall idle during the close are closed as they do; a connection
    // still open once every render could have finished (e.g. a client that never finished
    // sending a refused body) is cut, so shutdown always ends.
    const idle = setInterval(() => app.server.closeIdleConnections(), 100);
    const hard = setTimeout(() => app.server.closeAllConnections(), o.deadlineMs + 2_000);
    try {
      await app.close();
    } finally {
      clearInterval(idle);
      clearTimeout(hard);
    }
    // every request in flight is answered, so no render is left: the threads can stop at once
    await pool.destroy();
  };
  return { app, pool, options: o, shutdown };
}

/** Builds the service and listens (127.0.0.1 unless told otherwise; port 0 picks a free one). */
export async function startServer(opts: Partial<ServeOptions> = {}): Promise<RunningServer> {
  const { app, pool, options, shutdown } = buildServer(opts);
  await app.listen({ host: options.host, port: options.port });
  const addr = app.server.address();
  const port = typeof addr === 'object' && addr ? addr.port : options.port;
  const host = options.host.includes(':') ? `[${options.host}]` : options.host;
  return { app, url: `http://${host}:${port}`, pool, close: shutdown };
}
