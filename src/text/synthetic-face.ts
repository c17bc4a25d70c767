import type { CachedFace } from './cached-face.js';
import type { Face, OutlineCommand } from './face.js';

const RIGHT = 0x2192; // →
const LEFT = 0x2190; // ←
const BOTH = 0x2194; // ↔
const HYPHEN = 0x2d;

/**
 * Arrows the bundled Inter subsets lack (→ ← ↔, common in analyses: "Better AI → more
 * revenue"), drawn from the weight's own hyphen so stroke and height match the text.
 * Nothing else is synthesised.
 */
export class SyntheticFace implements Face {
  readonly unitsPerEm: number;
  readonly capHeight: number;
  private readonly width: number;
  private readonly stroke: number;
  private readonly mid: number;

  constructor(base: CachedFace) {
    this.unitsPerEm = base.unitsPerEm;
    this.capHeight = base.capHeight;
    const bb = base.bbox(HYPHEN) ?? [0, base.capHeight * 0.34, base.unitsPerEm * 0.4, base.capHeight * 0.49];
    this.stroke = bb[3] - bb[1];
    this.mid = (bb[1] + bb[3]) / 2;
    this.width = Math.round(base.unitsPerEm * 0.86);
  }

  has(cp: number): boolean {
    return cp === RIGHT || cp === LEFT || cp === BOTH;
  }

  advance(cp: number): number {
    return cp === BOTH ? Math.round(this.width * 1.3) : this.width;
  }

  kern(): number {
    return 0;
  }

  outline(cp: number): OutlineCommand[] {
    const side = this.unitsPerEm * 0.06;
    const [x0, x1] = [side, this.advance(cp) - side];
    const head = this.stroke * 2.8;
    const half = this.stroke * 2.1;
    const t = this.stroke / 2;
    const y = this.mid;
    const poly = (pts: [number, number][]): OutlineCommand[] => [
      { command: 'moveTo', args: pts[0]! },
      ...pts.slice(1).map((p) => ({ command: 'lineTo' as const, args: p })),
      { command: 'closePath', args: [] },
    ];
    const left = cp === LEFT || cp === BOTH;
    const right = cp === RIGHT || cp === BOTH;
    const s0 = left ? x0 + head * 0.9 : x0;
    const s1 = right ? x1 - head * 0.9 : x1;
    // counter-clockwise contours (y up), so the nonzero fill unites shaft and heads
    const out = poly([[s0, y - t], [s1, y - t], [s1, y + t], [s0, y + t]]);
    if (right) out.push(...poly([[x1 - head, y - half], [x1, y], [x1 - head, y + half]]));
    if (left) out.push(...poly([[x0 + head, y + half], [x0, y], [x0 + head, y - half]]));
    return out.map((c) => ({ command: c.command, args: c.args.map((n) => Math.round(n)) }));
  }

  bbox(cp: number): [number, number, number, number] {
    const side = this.unitsPerEm * 0.06;
    const half = this.stroke * 2.1;
    return [Math.round(side), Math.round(this.mid - half), Math.round(this.advance(cp) - side), Math.round(this.mid + half)];
  }
}
