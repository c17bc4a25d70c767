import { LRUCache } from 'lru-cache';
import { VisintError } from '../errors.js';
import type { RenderPool } from '../run/pool.js';
import type { ErrorIssue } from '../errors.js';
import { renderEtag } from './fingerprint.js';
import type { ServeMetrics } from './metrics.js';
import type { RenderParams } from './params.js';

/** A rendered image, as cached and served. */
export interface Picture {
  etag: string;
  contentType: string;
  data: Buffer;
  /** the diagram's short alt text, for the <img> snippet */
  alt: string;
}

/** A render whose input is wrong (422 and the like): the JSON paths of every problem. */
export class RenderRejected extends VisintError {}

/**
 * Renders on the pool behind an ETag and a byte-bounded LRU: the same request is answered
 * from memory, and identical requests in flight share one render.
 */
export class RenderService {
  readonly #cache: LRUCache<string, Picture>;
  readonly #inFlight = new Map<string, Promise<Picture>>();

  constructor(
    private readonly pool: RenderPool,
    private readonly metrics: ServeMetrics,
    private readonly assets: string,
    cacheBytes: number,
    private readonly stall?: { marker: string; ms: number },
  ) {
    this.#cache = new LRUCache<string, Picture>({ maxSize: Math.max(1, cacheBytes), sizeCalculation: (p) => Math.max(1, p.data.length) });
  }

  etag(text: string, p: RenderParams): string {
    return renderEtag(this.assets, text, p);
  }

  cached(etag: string): Picture | undefined {
    return this.#cache.get(etag);
  }

  /** The picture for this text and these parameters, from the cache or rendered now. */
  async picture(text: string, p: RenderParams, etag = this.etag(text, p)): Promise<Picture> {
    const hit = this.#cache.get(etag);
    if (hit) {
      this.metrics.cache.inc({ result: 'memory' });
      return hit;
    }
    let pending = this.#inFlight.get(etag);
    if (!pending) {
      this.metrics.cache.inc({ result: 'render' });
      pending = this.#render(text, p, etag).finally(() => this.#inFlight.delete(etag));
      this.#inFlight.set(etag, pending);
    }
    return pending;
  }

  async #render(text: string, p: RenderParams, etag: string): Promise<Picture> {
    const end = this.metrics.renderSeconds.startTimer({ diagram: p.diagram, format: p.format });
    const res = await this.pool.run({
      text,
      opts: { diagrams: [p.diagram], formats: [p.format], size: p.size, ...(p.scale !== undefined ? { scale: p.scale } : {}), ...(p.theme !== undefined ? { theme: p.theme } : {}) },
      ...(this.stall && text.includes(this.stall.marker) ? { stallMs: this.stall.ms } : {}),
    });
    end();
    if (!res.ok) throw new RenderRejected(res.kind, res.errors.map(issueText).join('; '), res.errors as ErrorIssue[]);
    const f = res.files.find((x) => x.format === p.format);
    if (!f) {
      // the pool skips a diagram whose section is missing and reports one that could not be drawn
      if (res.skipped.includes(p.diagram)) throw new RenderRejected('missing-section', `diagram "${p.diagram}" needs a section this analysis does not have`, []);
      const failure = res.diagramFailures.find((x) => x.diagram === p.diagram);
      throw new RenderRejected('render-failed', failure ? `${p.diagram} could not be drawn: ${failure.message}` : `${p.diagram}: no ${p.format} output`, []);
    }
    const picture: Picture = { etag, contentType: f.contentType, data: Buffer.from(f.data.buffer, f.data.byteOffset, f.data.byteLength), alt: f.alt.short };
    this.#cache.set(etag, picture);
    return picture;
  }
}

const issueText = (i: { path: string; message: string }): string => (i.path ? `${i.path}: ${i.message}` : i.message);
