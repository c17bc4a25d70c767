import { createRequire } from 'node:module';

/** Languages with bundled hyphenation patterns (the `hyphen` package, TeX patterns); module name by primary subtag. */
const PATTERNS: Record<string, string> = {
  en: 'hyphen/en-us',
  fr: 'hyphen/fr',
  de: 'hyphen/de-1996',
  es: 'hyphen/es',
  it: 'hyphen/it',
  pt: 'hyphen/pt',
  nl: 'hyphen/nl',
};

type HyphenateSync = (text: string, options?: { hyphenChar?: string; minWordLength?: number }) => string;

const require = createRequire(import.meta.url);
const loaded = new Map<string, HyphenateSync>();
const SOFT = '\u00AD';

/** Primary language subtag of a BCP 47 tag, lower case ("de-CH" → "de"). */
export function primaryLanguage(lang: string): string {
  return lang.split(/[-_]/u)[0]!.toLowerCase();
}

/** True when hyphenation patterns are bundled for the language of `lang`. */
export function hasPatterns(lang: string): boolean {
  return primaryLanguage(lang) in PATTERNS;
}

/** The patterns are loaded on first use of a language (German's take ~0.2 s), then kept. */
function hyphenator(lang: string): HyphenateSync | undefined {
  const key = primaryLanguage(lang);
  const id = PATTERNS[key];
  if (!id) return undefined;
  let h = loaded.get(key);
  if (!h) {
    h = (require(id) as { hyphenateSync: HyphenateSync }).hyphenateSync;
    loaded.set(key, h);
  }
  return h;
}

/**
 * A word cut at its hyphenation points ("authorization" → ["au", "tho", "riza", "tion"]) by the
 * patterns of `lang` (Liang's algorithm, as TeX does); one piece when the language has no
 * patterns or the word has no point. Joining the pieces gives the word back.
 */
export function syllables(word: string, lang: string): string[] {
  const h = hyphenator(lang);
  if (!h || word.includes(SOFT)) return [word];
  const parts = h(word, { hyphenChar: SOFT, minWordLength: 5 }).split(SOFT);
  return parts.join('') === word ? parts.filter((p) => p.length > 0) : [word];
}
