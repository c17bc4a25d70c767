import { VisintError } from '../errors.js';
import { diagramNames } from '../diagrams/registry.js';
import { listThemes } from '../io/themes.js';
import { parseSize, SIZE_PRESETS, type CanvasSize } from '../render/sizes.js';

/** What one render URL asks for. */
export interface RenderParams {
  diagram: string;
  format: 'svg' | 'png';
  size: CanvasSize;
  scale?: number;
  /** a bundled theme name (never a path: the service reads no file a request names) */
  theme?: string;
}

const FILE = /^([a-z][a-z-]*)\.(svg|png)$/;

/** Parses `<diagram>.<svg|png>` and the size, scale and theme query parameters; mistakes are 400s. */
export function parseRenderParams(file: string, query: Record<string, unknown>): RenderParams {
  const m = FILE.exec(file);
  if (!m) throw new VisintError('unknown-name', `"${file}" is not <diagram>.svg or <diagram>.png`);
  const diagram = m[1]!;
  if (!diagramNames().includes(diagram)) throw new VisintError('unknown-name', `unknown diagram "${diagram}"; known: ${diagramNames().join(', ')}`);
  const out: RenderParams = { diagram, format: m[2] as 'svg' | 'png', size: { width: 1200, height: 630 } };
  const size = one(query, 'size');
  if (size !== undefined) {
    try {
      out.size = parseSize(size);
    } catch (e) {
      throw new VisintError('unsupported-size', `size: ${(e as Error).message}`);
    }
  }
  const scale = one(query, 'scale');
  if (scale !== undefined) {
    if (!/^[1-4]$/.test(scale)) throw new VisintError('unsupported-size', `scale: must be a whole number from 1 to 4, got "${scale}"`);
    out.scale = Number(scale);
  }
  const theme = one(query, 'theme');
  if (theme !== undefined) {
    const known = listThemes();
    if (!known.includes(theme)) throw new VisintError('unknown-name', `theme: unknown theme "${theme}"; known: ${known.join(', ')}`);
    out.theme = theme;
  }
  return out;
}

function one(query: Record<string, unknown>, name: string): string | undefined {
  const v = query[name];
  if (v === undefined) return undefined;
  if (typeof v !== 'string') throw new VisintError('usage', `${name}: give it once`);
  return v;
}

export const sizePresets = (): string[] => Object.keys(SIZE_PRESETS);
