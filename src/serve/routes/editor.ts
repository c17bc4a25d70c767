import type { FastifyInstance } from 'fastify';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The editor's files, bundled at build time into dist/web/ (scripts/build-editor.mjs); nothing comes from the internet. */
const WEB_DIR = fileURLToPath(new URL('../../web/', import.meta.url));

const FILES: Record<string, string> = {
  '/': 'editor.html',
  '/editor.js': 'editor.js',
  '/editor.css': 'editor.css',
};
const TYPES: Record<string, string> = { html: 'text/html; charset=utf-8', js: 'text/javascript; charset=utf-8', css: 'text/css; charset=utf-8' };

export function editorRoutes(app: FastifyInstance): void {
  app.get('/favicon.ico', async (_req, reply) => reply.code(204).header('cache-control', 'public, max-age=86400').send());
  for (const [url, name] of Object.entries(FILES)) {
    const path = WEB_DIR + name;
    const body = existsSync(path) ? readFileSync(path) : undefined;
    app.get(url, async (_req, reply) => {
      if (!body) return reply.code(503).send({ error: 'the editor is not built: run npm run build' });
      return reply.header('content-type', TYPES[name.split('.').pop()!]!).header('cache-control', 'no-cache').send(body);
    });
  }
}
