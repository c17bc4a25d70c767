import LineBreaker from 'linebreak';
import { syllables } from './hyphenate.js';

/**
 * A unit of line filling: text between two free break opportunities (white space, or between
 * CJK characters). `space`: white space separates it from the previous word (else they touch).
 * `points`: offsets inside the word where UAX #14 allows an emergency break without a hyphen
 * (after a hard hyphen, a slash, …), used only when the word cannot fit whole.
 */
export interface Word {
  text: string;
  space: boolean;
  points: number[];
}

/** One piece of a word split at its break points; `hyphen`: a line ending here shows an added "-". */
export interface Piece {
  text: string;
  hyphen: boolean;
}

/** Han, kana, Hangul and CJK punctuation: lines break between any two of them (UAX #14 class ID). */
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303f\uff00-\uffef]/u;
const SPACE = /\s/u;

function lastChar(s: string): string {
  return [...s].pop() ?? '';
}

/** Segmentations by text: layout searches fit the same labels hundreds of times. Cleared when full (bounded memory). */
const segmented = new Map<string, Word[]>();
const MAX_CACHED = 4096;

/** Splits text at the break opportunities of the Unicode line breaking algorithm (UAX #14). */
export function segmentWords(text: string): Word[] {
  let words = segmented.get(text);
  if (!words) {
    if (segmented.size >= MAX_CACHED) segmented.clear();
    words = segment(text);
    segmented.set(text, words);
  }
  return words;
}

function segment(text: string): Word[] {
  const words: Word[] = [];
  let current: Word | null = null;
  let spaceBefore = false;
  const breaker = new LineBreaker(text);
  let last = 0;
  for (let bk = breaker.nextBreak(); bk; bk = breaker.nextBreak()) {
    const seg = text.slice(last, bk.position);
    last = bk.position;
    const body = seg.replace(/\s+$/u, '');
    const lead = body.length - body.replace(/^\s+/u, '').length;
    const core = body.slice(lead);
    if (lead > 0) spaceBefore = true;
    if (core.length > 0) {
      if (current === null) current = { text: core, space: spaceBefore && words.length > 0, points: [] };
      else {
        current.points.push(current.text.length);
        current.text += core;
      }
    }
    const trailingSpace = body.length < seg.length;
    const next = text.slice(bk.position, bk.position + 2);
    const free = trailingSpace || bk.required || next.length === 0 || CJK.test(lastChar(core)) || CJK.test([...next][0] ?? '') || SPACE.test(next[0] ?? '');
    if (free && current) {
      words.push(current);
      current = null;
      spaceBefore = false;
    }
    if (trailingSpace) spaceBefore = true;
  }
  if (current) words.push(current);
  return words;
}

/** URLs, paths and e-mail addresses break after / : . and are never hyphenated. */
function looksLikeAddress(word: string): boolean {
  return /[/\\@]|:\/\/|^www\./iu.test(word) || /\w\.\w+\.\w/u.test(word);
}

/**
 * A compound's own parts, split where UAX #14 breaks inside it (after a hard hyphen, a dash, a
 * slash between words): the pieces a typesetter breaks at before shrinking the type. None for an
 * address (its breaks after / : . are a last resort) or a word with no such point.
 */
export function hardParts(word: Word): Piece[] | null {
  if (word.points.length === 0 || looksLikeAddress(word.text)) return null;
  return splitAt(word.text, word.points).map((text) => ({ text, hyphen: false }));
}

/** `text` cut at the given offsets (any order; those at its ends or repeated are ignored). */
function splitAt(text: string, cuts: Iterable<number>): string[] {
  const parts: string[] = [];
  let from = 0;
  for (const at of [...cuts].sort((a, b) => a - b)) {
    if (at > from && at < text.length) parts.push(text.slice(from, at));
    from = Math.max(from, at);
  }
  parts.push(text.slice(from));
  return parts;
}

/**
 * The word split at every emergency break: its UAX #14 points, after / : . in an address, and at
 * the hyphenation points of `lang` inside each run of letters (those pieces show a hyphen). A
 * part between two UAX #14 points that `whole` accepts is not hyphenated: "magasins-entrepôts"
 * breaks after its own hyphen before "maga-sins" is ever split.
 */
export function wordPieces(word: Word, lang: string, whole: (part: string) => boolean = () => false): Piece[] {
  const address = looksLikeAddress(word.text);
  const cuts = new Set(word.points);
  if (address) {
    [...word.text].reduce((at, ch) => {
      const end = at + ch.length;
      if ('/:.'.includes(ch) && end < word.text.length) cuts.add(end);
      return end;
    }, 0);
  }
  const out: Piece[] = [];
  for (const part of splitAt(word.text, cuts)) {
    const syl = address || whole(part) ? [part] : syllables(part, lang);
    syl.forEach((s, i) => out.push({ text: s, hyphen: i < syl.length - 1 }));
  }
  return out;
}
