import { createHash } from 'node:crypto';

/**
 * The ids of one SVG. Every id is `<prefix>-<escaped raw id>`, the prefix a short hash of what
 * was rendered (analysis id, diagram, size, theme), so any number of our SVGs can share one HTML
 * page without one's `url(#canvas)` or `aria-labelledby` picking up another's element.
 *
 * Raw ids are escaped injectively (anything outside [A-Za-z0-9-] becomes `_hex_`), and a raw id
 * met twice (e.g. the edges `a-b`→`c` and `a`→`b-c`, both `edge-a-b-c`) gets `-2`, `-3`… in
 * drawing order, so two elements never share an id and the numbering is deterministic.
 */
export class SvgIds {
  private readonly used = new Set<string>();

  constructor(readonly prefix: string) {}

  /** A fresh, unique id for an element whose model id is `raw`. */
  fresh(raw: string): string {
    const base = `${this.prefix}-${escapeId(raw)}`;
    let id = base;
    for (let n = 2; this.used.has(id); n++) id = `${base}-${n}`;
    this.used.add(id);
    return id;
  }
}

export function escapeId(raw: string): string {
  return raw.replace(/[^A-Za-z0-9-]/gu, (ch) => `_${ch.codePointAt(0)!.toString(16)}_`);
}

/** What makes one render distinct; its hash prefixes every id of the SVG. */
export interface RenderIdentity {
  analysisId: string;
  diagram: string;
  width: number;
  height: number;
  /** the theme, as JSON (two different themes of one name still differ) */
  theme: unknown;
}

/** `v` + 8 hex digits of SHA-256 (an id must start with a letter). */
export function idPrefixFor(r: RenderIdentity): string {
  const key = JSON.stringify([r.analysisId, r.diagram, r.width, r.height, r.theme]);
  return `v${createHash('sha256').update(key).digest('hex').slice(0, 8)}`;
}
