import type { FastifyInstance } from 'fastify';
import { validateText } from '../../analysis/validate.js';
import { diagramNames } from '../../diagrams/registry.js';
import { listThemes } from '../../io/themes.js';
import { selectDiagrams } from '../../render/render.js';
import { sendError } from '../http-errors.js';
import { sizePresets } from '../params.js';
import { bodyText } from './render.js';

/**
 * POST /validate: 200 with the diagrams the analysis can draw, or 422 with every error at
 * its JSON path (what `visint validate` prints). GET /api/options: what the pickers offer.
 */
export function validateRoutes(app: FastifyInstance): void {
  app.post('/validate', async (req, reply) => {
    try {
      const v = validateText(bodyText(req.body));
      reply.header('cache-control', 'no-store');
      if (!v.ok) return reply.code(422).send({ ok: false, errors: v.errors });
      return reply.send({ ok: true, id: v.analysis.id, diagrams: selectDiagrams(v.analysis, 'all').map((d) => d.name), warnings: v.warnings });
    } catch (e) {
      return sendError(reply, e);
    }
  });
  app.get('/api/options', async (_req, reply) => reply.send({ diagrams: diagramNames(), sizes: sizePresets(), themes: listThemes(), formats: ['svg', 'png'] }));
}
