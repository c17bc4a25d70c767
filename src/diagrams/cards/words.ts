import type { Analysis } from '../../analysis/types.js';

const WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];

/** "five" for 5; digits beyond twelve. */
export const countWord = (n: number): string => WORDS[n] ?? String(n);

export const capitalise = (s: string): string => (s ? s[0]!.toUpperCase() + s.slice(1) : s);

/** "one pattern", "five patterns". */
export const counted = (n: number, noun: string, plural = `${noun}s`): string => `${countWord(n)} ${n === 1 ? noun : plural}`;

/** The mental model's number as printed: "#45". */
export const patternTag = (id: number): string => `#${id}`;

/** Names of the analysis's patterns by number, for references from moat and synthesis. */
export function patternNames(a: Analysis): Map<number, string> {
  return new Map((a.patterns ?? []).map((p) => [p.id, p.name]));
}

/** A kicker with the subject appended: "Layer 3 · Moat · Meta". */
export function kickerText(base: string, a: Analysis): string {
  return a.subject ? `${base} · ${a.subject}` : base;
}

/**
 * Text for an uppercase style, upper-cased before it is fitted: the wrapper measures the
 * text as given, so a mixed-case string would be measured narrower than it is drawn.
 */
export const upper = (s: string): string => s.toUpperCase();
