import { diagramNames } from '../diagrams/registry.js';
import type { Format } from '../render/render.js';
import { checkScale, parseSize, type CanvasSize } from '../render/sizes.js';
import { UsageError } from './exit-codes.js';
import type { OutputOptions } from '../outputs/types.js';

/** Options shared by `render` and `batch`, as commander hands them over (strings). */
export interface RawRenderOptions {
  diagram?: string;
  format?: string;
  theme?: string;
  size?: string;
  scale?: string;
  out?: string;
  heroDiagram?: string;
  profile?: string;
  maxBytes?: string;
}

/** The output layer's options plus what only the CLI has: the size's name and the output folder. */
export interface RenderCliOptions extends OutputOptions {
  theme?: string;
  sizeName: string;
  out: string;
}

const FORMATS: Format[] = ['svg', 'png', 'webp', 'jpeg', 'layout'];

function list(value: string): string[] {
  return value.split(',').map((s) => s.trim()).filter(Boolean);
}

/** Turns flag strings into checked options; every mistake is a UsageError naming the flag. */
export function parseRenderOptions(raw: RawRenderOptions): RenderCliOptions {
  const known = diagramNames();
  const d = raw.diagram === undefined || raw.diagram === 'all' ? 'all' : [...new Set(list(raw.diagram))];
  if (d !== 'all' && d.length === 0) throw new UsageError(`--diagram: give at least one diagram name, or "all"; known: ${known.join(', ')}`);
  if (d !== 'all') for (const name of d) if (!known.includes(name)) throw new UsageError(`--diagram: unknown diagram "${name}"; known: ${known.join(', ')}, all`);
  const formats = list(raw.format ?? 'svg,png');
  for (const f of formats) if (!FORMATS.includes(f as Format)) throw new UsageError(`--format: unknown format "${f}"; known: ${FORMATS.join(', ')}`);
  if (formats.length === 0) throw new UsageError('--format: give at least one format');
  const sizeName = raw.size ?? 'og';
  let size: CanvasSize;
  try {
    size = parseSize(sizeName);
  } catch (e) {
    throw new UsageError(`--size: ${(e as Error).message}`);
  }
  let scale: number | undefined;
  if (raw.scale !== undefined) {
    scale = Number(raw.scale);
    if (!/^\d+$/.test(raw.scale) || scale < 1 || scale > 4) throw new UsageError(`--scale: must be a whole number from 1 to 4, got "${raw.scale}"`);
  }
  if (formats.includes('png')) {
    try {
      checkScale(scale ?? size.scale ?? 1, size);
    } catch (e) {
      throw new UsageError(`--scale: ${(e as Error).message}`);
    }
  }
  if (raw.out !== undefined && raw.out.trim() === '') throw new UsageError('--out: the output folder name is empty; give a folder, or "-" for standard output');
  if (raw.theme !== undefined && raw.theme.trim() === '') throw new UsageError('--theme: the theme name is empty');
  const extra = parseHeroAndProfile(raw, sizeName, scale);
  if (raw.maxBytes !== undefined) extra.maxBytes = parseMaxBytes(raw.maxBytes);
  return { diagrams: d, formats: [...new Set(formats)] as Format[], ...(raw.theme ? { theme: raw.theme } : {}), size, sizeName, ...(scale !== undefined ? { scale } : {}), out: raw.out ?? 'output', ...extra };
}

/** `--max-bytes N`: a PNG byte budget, a whole number of at least 1000 (K and M suffixes allowed: 100K). */
function parseMaxBytes(raw: string): number {
  const m = /^(\d+)([kKmM]?)$/.exec(raw.trim());
  const n = m ? Number(m[1]) * (m[2] ? (/k/i.test(m[2]) ? 1000 : 1_000_000) : 1) : NaN;
  if (!(n >= 1000)) throw new UsageError(`--max-bytes: must be a whole number of bytes, at least 1000 (or like 100K), got "${raw}"`);
  return n;
}

/** `--hero-diagram` names a diagram the hero can embed; `--profile` is "email" (implied by `-s newsletter`). */
function parseHeroAndProfile(raw: RawRenderOptions, sizeName: string, scale: number | undefined): Pick<RenderCliOptions, 'heroDiagram' | 'profile' | 'maxBytes'> {
  const out: Pick<RenderCliOptions, 'heroDiagram' | 'profile' | 'maxBytes'> = {};
  if (raw.heroDiagram !== undefined) {
    const embeddable = diagramNames().filter((n) => n !== 'hero');
    if (!embeddable.includes(raw.heroDiagram)) throw new UsageError(`--hero-diagram: unknown diagram "${raw.heroDiagram}"; known: ${embeddable.join(', ')}`);
    out.heroDiagram = raw.heroDiagram;
  }
  const profile = raw.profile ?? (sizeName === 'newsletter' ? 'email' : undefined);
  if (profile !== undefined && profile !== 'email') throw new UsageError(`--profile: unknown profile "${profile}"; known: email`);
  if (profile === 'email' && scale !== undefined && scale !== 2) throw new UsageError('--scale: the email profile always draws at 2x a 600 px slot');
  if (profile) out.profile = profile;
  return out;
}
