import type { FastifyReply } from 'fastify';
import { httpStatusFor, isVisintError, type ErrorIssue } from '../errors.js';
import { DeadlineError, QueueFullError } from '../run/pool.js';

/** The JSON body of every error answer: a message, the error kind, and the problems with their JSON paths. */
export interface ErrorBody {
  error: string;
  kind?: string;
  errors?: ErrorIssue[];
}

/** A request refused by the service itself (size limits, signatures, missing files): a status and a message. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
    this.name = 'HttpError';
  }
}

/** Answers any failure: a VisintError by its kind, the pool's refusals with Retry-After, anything else as 500. */
export function sendError(reply: FastifyReply, e: unknown): FastifyReply {
  reply.header('cache-control', 'no-store');
  if (e instanceof HttpError) return reply.code(e.status).headers(e.headers).send({ error: e.message } satisfies ErrorBody);
  if (e instanceof QueueFullError) return reply.code(429).header('retry-after', '1').send({ error: e.message, kind: 'busy' } satisfies ErrorBody);
  if (e instanceof DeadlineError) return reply.code(503).header('retry-after', '5').send({ error: e.message, kind: e.kind } satisfies ErrorBody);
  if (isVisintError(e)) return reply.code(httpStatusFor(e.kind)).send({ error: e.message, kind: e.kind, errors: e.issues } satisfies ErrorBody);
  reply.log.error({ err: e }, 'internal error');
  return reply.code(500).send({ error: 'internal error' } satisfies ErrorBody);
}
