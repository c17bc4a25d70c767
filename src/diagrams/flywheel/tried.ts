import type { PlacedText } from '../../text/place.js';
import { shownWhole } from '../../text/whole.js';
import { noteLines } from './step-cards.js';

/** The room a setting gives every step label: type size, lines and line width (canvas px). */
export interface LabelBox {
  size: number;
  maxLines: number;
  width: number;
}

/**
 * What the settings search has seen: label fits by their parameters (many settings differ only
 * in the ring's aspect cap), and which label layouts were already placed.
 */
export class Tried {
  private readonly fits = new Map<string, PlacedText[] | null>();
  private readonly placed = new Set<string>();
  private readonly texts = new Map<string, PlacedText>();
  /** label boxes in which some label was not shown whole (at one width, wrapping is monotone in size and lines) */
  private readonly misses: LabelBox[] = [];

  /** A text fitted once per search by `key` (hub fits: the same for every setting). */
  readonly memo = (key: string, make: () => PlacedText): PlacedText => {
    let t = this.texts.get(key);
    if (!t) {
      t = make();
      this.texts.set(key, t);
    }
    return t;
  };

  /**
   * Every text fitted by `fit(i)`, or null as soon as one is not shown whole (unless `cut`);
   * the longest texts go first, as they are the ones that fail.
   */
  labels(key: string, texts: string[], fit: (i: number) => PlacedText, cut: boolean, fits: (text: string) => boolean = () => true, box?: LabelBox): PlacedText[] | null {
    if (this.fits.has(key)) return this.fits.get(key)!;
    // labels that did not fit a roomier box of the same width (smaller type, more lines) do not fit
    // this one (not across widths: a narrower line may hyphenate a word that a wider one may not)
    if (!cut && box && this.misses.some((m) => m.width === box.width && m.size <= box.size && m.maxLines >= box.maxLines)) {
      this.fits.set(key, null);
      return null;
    }
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
    if (!ok && !cut && box) this.misses.push(box);
    return result;
  }

  /**
   * True when a setting that lays out the same lines (same mode, size and ring cap) was already
   * placed; records it otherwise. Label width and line limits only matter through the lines
   * they give, except for notes, which wrap to the label width and may take as many lines as
   * the label (noteLines).
   */
  repeats(s: { mode: string; textWidth: number; maxLines: number; notes?: boolean }, labels: PlacedText[]): boolean {
    const { textWidth, maxLines: _, ...rest } = s;
    const key = JSON.stringify([rest, s.notes ? [textWidth, noteLines(s)] : 0, labels.map((l) => l.lines)]);
    if (this.placed.has(key)) return true;
    this.placed.add(key);
    return false;
  }
}
