import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { InputError, readInput } from '../../cli/io.js';
import { HttpError, sendError } from '../http-errors.js';
import type { ServeOptions } from '../options.js';
import { parseRenderParams, type RenderParams } from '../params.js';
import type { RenderService } from '../render-service.js';
import { decodeAnalysisParam, matchesEtag } from '../request-input.js';
import { checkSignature } from '../signing.js';

/** Content-addressed URLs never change their bytes: caches may keep them for a year. */
const IMMUTABLE = 'public, max-age=31536000, immutable';
/** /analyses/<id> URLs change when the file does: caches revalidate (cheap: 304 by ETag). */
const REVALIDATE = 'public, max-age=60, must-revalidate';

type Req = FastifyRequest<{ Params: { file: string; id?: string }; Querystring: Record<string, unknown> }>;

/** Refuses an unsigned, tampered or expired URL when signing keys are set. */
function requireSignature(req: FastifyRequest, o: ServeOptions): void {
  if (o.signingKeys.length === 0) return;
  const check = checkSignature(req.url, o.signingKeys);
  if (!check.ok) throw new HttpError(403, check.reason === 'expired' ? 'this signed URL has expired' : check.reason === 'missing' ? 'this service needs signed URLs (exp and sig)' : 'the URL signature does not match');
}

/** 304 when the client has these bytes, else the picture (from cache or rendered now). */
async function answer(svc: RenderService, req: FastifyRequest, reply: FastifyReply, text: string, p: RenderParams, cacheControl: string): Promise<FastifyReply> {
  const etag = svc.etag(text, p);
  reply.header('etag', etag).header('cache-control', cacheControl);
  if (matchesEtag(req.headers['if-none-match'], etag)) return reply.code(304).send();
  const pic = await svc.picture(text, p, etag);
  return reply.header('content-type', pic.contentType).header('x-visint-alt', encodeURIComponent(pic.alt)).send(pic.data);
}

export function renderRoutes(app: FastifyInstance, svc: RenderService, o: ServeOptions): void {
  const postAllowed = o.signingKeys.length === 0 || o.editor;

  app.get('/render/:file', async (req: Req, reply) => {
    try {
      requireSignature(req, o);
      const p = parseRenderParams(req.params.file, req.query);
      return await answer(svc, req, reply, decodeAnalysisParam(req.query.a), p, IMMUTABLE);
    } catch (e) {
      return sendError(reply, e);
    }
  });

  app.post('/render/:file', async (req: Req, reply) => {
    try {
      if (!postAllowed) throw new HttpError(403, 'this service renders signed GET URLs only');
      const p = parseRenderParams(req.params.file, req.query);
      return await answer(svc, req, reply, bodyText(req.body), p, 'private, no-cache');
    } catch (e) {
      return sendError(reply, e);
    }
  });

  app.get('/analyses/:id/:file', async (req: Req, reply) => {
    try {
      requireSignature(req, o);
      if (!o.analysesDir) throw new HttpError(404, 'no analyses folder is configured (visint serve --analyses DIR)');
      const id = req.params.id!;
      if (!/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(id) || id.includes('..')) throw new HttpError(404, `no analysis "${id}"`);
      const path = join(o.analysesDir, `${id}.json`);
      if (!existsSync(path)) throw new HttpError(404, `no analysis "${id}"`);
      const p = parseRenderParams(req.params.file, req.query);
      let text: string;
      try {
        text = readInput(path);
      } catch (e) {
        if (e instanceof InputError) throw new HttpError(e.kind === 'too-large' ? 413 : 404, e.message.replace(o.analysesDir, '<analyses>'));
        throw e;
      }
      return await answer(svc, req, reply, text, p, REVALIDATE);
    } catch (e) {
      return sendError(reply, e);
    }
  });
}

export function bodyText(body: unknown): string {
  if (typeof body === 'string') return body;
  if (Buffer.isBuffer(body)) return body.toString('utf8');
  throw new HttpError(400, 'send the analysis JSON as the request body');
}
