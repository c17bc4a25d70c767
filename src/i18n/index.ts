import { de } from './de.js';
import { en } from './en.js';
import { es } from './es.js';
import { fr } from './fr.js';
import { it } from './it.js';
import { nl } from './nl.js';
import { pt } from './pt.js';
import type { Words } from './words.js';

export type { AltWords, Words } from './words.js';

const BY_LANGUAGE: Record<string, Words> = { en, fr, de, es, it, nl, pt };

/** The default language of an analysis without `lang`. */
export const DEFAULT_LANG = 'en';

/** Languages with built-in words (by primary subtag). */
export const LANGUAGES = Object.keys(BY_LANGUAGE);

function primary(lang: string): string {
  return lang.split(/[-_]/u)[0]!.toLowerCase();
}

/** True when the built-in words exist in the language of `lang` ("de-CH" → German). */
export function hasWords(lang: string): boolean {
  return primary(lang) in BY_LANGUAGE;
}

/** The built-in words for `lang`; English for a language without its own (validation warns about it). */
export function wordsFor(lang: string | undefined): Words {
  return BY_LANGUAGE[primary(lang ?? DEFAULT_LANG)] ?? en;
}
