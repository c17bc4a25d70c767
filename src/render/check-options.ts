import { diagramNames } from '../diagrams/registry.js';
import { VisintError } from '../errors.js';
import type { Format, RenderOptions } from './render.js';
import { checkScale, checkSize, parseSize, type CanvasSize } from './sizes.js';

const FORMATS: readonly Format[] = ['svg', 'png', 'webp', 'jpeg', 'layout'];

/** What `render()` of the library accepts besides the theme, as given by a caller (unchecked). */
export interface RawLibraryOptions {
  diagrams?: unknown;
  formats?: unknown;
  size?: unknown;
  scale?: unknown;
  heroDiagram?: unknown;
  deadline?: unknown;
}

const quote = (v: unknown): string => (typeof v === 'string' ? JSON.stringify(v.slice(0, 40)) : v === null ? 'null' : Array.isArray(v) ? 'an array' : typeof v);

/**
 * The library's options, checked before any work: every mistake is a VisintError whose kind
 * maps to an exit code or HTTP status ('unknown-name', 'unsupported-size', 'usage'), never a
 * TypeError from deep inside the pipeline.
 */
export function checkRenderOptions(o: RawLibraryOptions): Omit<RenderOptions, 'theme'> {
  if (o === null || typeof o !== 'object') throw new VisintError('usage', `options must be an object, got ${quote(o)}`);
  const known = diagramNames();
  let diagrams: string[] | 'all' = 'all';
  if (o.diagrams !== undefined && o.diagrams !== 'all') {
    if (!Array.isArray(o.diagrams) || o.diagrams.length === 0) throw new VisintError('unknown-name', `diagrams must be "all" or a non-empty list of names (${known.join(', ')}), got ${quote(o.diagrams)}`);
    for (const d of o.diagrams) if (typeof d !== 'string' || !known.includes(d)) throw new VisintError('unknown-name', `unknown diagram ${quote(d)}; known: ${known.join(', ')}`);
    diagrams = [...new Set(o.diagrams as string[])];
  }
  let formats: Format[] = ['svg', 'png'];
  if (o.formats !== undefined) {
    if (!Array.isArray(o.formats) || o.formats.length === 0) throw new VisintError('unknown-name', `formats must be a non-empty list of ${FORMATS.join(', ')}, got ${quote(o.formats)}`);
    for (const f of o.formats) if (!FORMATS.includes(f as Format)) throw new VisintError('unknown-name', `unknown format ${quote(f)}; known: ${FORMATS.join(', ')}`);
    formats = [...new Set(o.formats as Format[])];
  }
  const size = sizeOf(o.size);
  if (o.scale !== undefined) checkScale(o.scale, ['png', 'webp', 'jpeg'].some((f) => formats.includes(f as Format)) ? size : { width: 1, height: 1 });
  else if (['png', 'webp', 'jpeg'].some((f) => formats.includes(f as Format))) checkScale(size.scale ?? 1, size);
  if (o.heroDiagram !== undefined && (typeof o.heroDiagram !== 'string' || !known.includes(o.heroDiagram) || o.heroDiagram === 'hero')) {
    throw new VisintError('unknown-name', `unknown hero diagram ${quote(o.heroDiagram)}; known: ${known.filter((n) => n !== 'hero').join(', ')}`);
  }
  if (o.deadline !== undefined && !(typeof o.deadline === 'number' && Number.isFinite(o.deadline) && o.deadline > 0)) throw new VisintError('usage', `deadline must be a positive number of milliseconds, got ${quote(o.deadline)}`);
  return {
    size,
    diagrams,
    formats,
    ...(o.scale !== undefined ? { scale: o.scale as number } : {}),
    ...(o.heroDiagram !== undefined ? { heroDiagram: o.heroDiagram as string } : {}),
    ...(o.deadline !== undefined ? { deadline: o.deadline as number } : {}),
  };
}

function sizeOf(size: unknown): CanvasSize {
  if (size === undefined) return parseSize('og');
  if (typeof size === 'string') return parseSize(size);
  if (size === null || typeof size !== 'object' || Array.isArray(size)) throw new VisintError('unsupported-size', `size must be a preset name, "WxH" or { width, height }, got ${quote(size)}`);
  const s = size as Record<string, unknown>;
  const out: CanvasSize = { width: s.width as number, height: s.height as number };
  checkSize(out);
  if (s.scale !== undefined) {
    checkScale(s.scale, { width: 1, height: 1 });
    out.scale = s.scale as number;
  }
  return out;
}
