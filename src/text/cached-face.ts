import type { Face, OutlineCommand } from './face.js';

/**
 * Characters whose metrics are precomputed at build time: ASCII, Latin-1 and common
 * typographic punctuation. Everything else is read from the font on demand.
 */
export const CACHED_CHARS: number[] = [
  ...Array.from({ length: 0x7f - 0x20 }, (_, i) => 0x20 + i),
  ...Array.from({ length: 0x100 - 0xa0 }, (_, i) => 0xa0 + i),
  ...[...'‘’“”–—…•€™′″'].map((c) => c.codePointAt(0)!),
];

/** The serialised cache: per character [advance, bbox | null, outline path]; kerning by "a,b". */
export interface FaceCacheData {
  unitsPerEm: number;
  capHeight: number;
  glyphs: Record<string, [number, [number, number, number, number] | null, string]>;
  kern: Record<string, number>;
}

const LETTER: Record<string, OutlineCommand['command']> = { M: 'moveTo', L: 'lineTo', Q: 'quadraticCurveTo', C: 'bezierCurveTo', Z: 'closePath' };

export function encodeOutline(cmds: OutlineCommand[]): string {
  const short = Object.fromEntries(Object.entries(LETTER).map(([k, v]) => [v, k]));
  return cmds.map((c) => short[c.command] + c.args.map((n) => Math.round(n * 100) / 100).join(',')).join('');
}

function decodeOutline(s: string): OutlineCommand[] {
  return [...s.matchAll(/([MLQCZ])([^MLQCZ]*)/g)].map((m) => ({ command: LETTER[m[1]!]!, args: m[2] ? m[2].split(',').map(Number) : [] }));
}

/** Metrics from the build-time cache: no font parsing, no fontkit import. */
export class CachedFace implements Face {
  private readonly outlines = new Map<number, OutlineCommand[]>();
  readonly unitsPerEm: number;
  readonly capHeight: number;

  constructor(private readonly data: FaceCacheData) {
    this.unitsPerEm = data.unitsPerEm;
    this.capHeight = data.capHeight;
  }

  has(cp: number): boolean {
    return this.data.glyphs[cp] !== undefined;
  }

  advance(cp: number): number {
    return this.data.glyphs[cp]![0];
  }

  kern(a: number, b: number): number {
    return this.data.kern[`${a},${b}`] ?? 0;
  }

  outline(cp: number): OutlineCommand[] {
    let o = this.outlines.get(cp);
    if (!o) this.outlines.set(cp, (o = decodeOutline(this.data.glyphs[cp]![2])));
    return o;
  }

  bbox(cp: number): [number, number, number, number] | null {
    return this.data.glyphs[cp]![1];
  }
}

/** Builds the cache from a face (fontkit at build time): the numbers the runtime then reads. */
export function buildFaceCache(face: Face, chars: number[] = CACHED_CHARS): FaceCacheData {
  const present = chars.filter((cp) => face.has(cp));
  const glyphs: FaceCacheData['glyphs'] = {};
  for (const cp of present) glyphs[cp] = [face.advance(cp), face.bbox(cp), encodeOutline(face.outline(cp))];
  const kern: Record<string, number> = {};
  for (const a of present) for (const b of present) {
    const k = face.kern(a, b);
    if (k !== 0) kern[`${a},${b}`] = k;
  }
  return { unitsPerEm: face.unitsPerEm, capHeight: face.capHeight, glyphs, kern };
}
