import type { PlacedText } from '../../text/place.js';
import { shownWhole } from '../../text/whole.js';

/**
 * What the settings search has seen: label fits by their parameters (many settings differ only
 * in the ring's aspect cap), and which label layouts were already placed.
 */
export class Tried {
  private readonly fits = new Map<string, PlacedText[] | null>();
  private readonly placed = new Set<string>();

  /**
   * Every text fitted by `fit(i)`, or null as soon as one is not shown whole (unless `cut`);
   * the longest texts go first, as they are the ones that fail.
   */
  labels(key: string, texts: string[], fit: (i: number) => PlacedText, cut: boolean, fits: (text: string) => boolean = () => true): PlacedText[] | null {
    if (this.fits.has(key)) return this.fits.get(key)!;
    const order = texts.map((_, i) => i).sort((a, b) => texts[b]!.length - texts[a]!.length || a - b);
    const out: PlacedText[] = [];
    let ok = true;
    for (const i of order) {
      if (!cut && !fits(texts[i]!)) {
        ok = false;
        break;
      }
      const t = fit(i);
      if (!cut && !shownWhole(t)) {
        ok = false;
        break;
      }
      out[i] = t;
    }
    const result = ok ? out : null;
    this.fits.set(key, result);
    return result;
  }

  /**
   * True when a setting that lays out the same lines (same mode, size and ring cap) was already
   * placed; records it otherwise. Label width and line limits only matter through the lines
   * they give, except for notes, which wrap to the label width.
   */
  repeats(s: { textWidth: number; maxLines: number; notes?: boolean }, labels: PlacedText[]): boolean {
    const { textWidth, maxLines: _, ...rest } = s;
    const key = JSON.stringify([rest, s.notes ? textWidth : 0, labels.map((l) => l.lines)]);
    if (this.placed.has(key)) return true;
    this.placed.add(key);
    return false;
  }
}
