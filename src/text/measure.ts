import type { Shaper } from './shape.js';
import { checkBudget } from '../render/budget.js';

/** Font parameters of one piece of text; sizes in canvas pixels. */
export interface TextStyle {
  size: number;
  weight: number;
  /** extra space after every glyph, in em (the wordmark's +0.14em) */
  tracking?: number;
  uppercase?: boolean;
}

export function applyCase(text: string, style: TextStyle): string {
  return style.uppercase ? text.toUpperCase() : text;
}

/** Splits on runs of white space; the empty string has no words. */
export function splitWords(text: string): string[] {
  return text.split(/\s+/u).filter((w) => w.length > 0);
}

/** Measures words and lines with real glyph advances; the same numbers the outliner draws with. */
export class Measurer {
  constructor(private readonly shaper: Shaper) {}

  /** Width of a word as drawn: the style's case transform is applied first (an uppercase kicker is wider). */
  wordWidth(word: string, style: TextStyle): number {
    // every layout search measures words: the render's work budget is checked here
    checkBudget();
    const shaped = this.shaper.word(applyCase(word, style), style.weight);
    const tracking = (style.tracking ?? 0) * Math.max(0, shaped.clusters - 1);
    return (shaped.advance + tracking) * style.size;
  }

  spaceWidth(style: TextStyle): number {
    return (this.shaper.word(' ', style.weight).advance + 2 * (style.tracking ?? 0)) * style.size;
  }

  lineWidth(line: string, style: TextStyle): number {
    const words = splitWords(line);
    if (words.length === 0) return 0;
    let width = this.spaceWidth(style) * (words.length - 1);
    for (const w of words) width += this.wordWidth(w, style);
    return width;
  }
}
