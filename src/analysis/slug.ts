import { MAX_ID_LENGTH } from './limits.js';

/** Latin letters that Unicode decomposition leaves alone, spelled the way slugs usually do. */
const TRANSLITERATION: Record<string, string> = {
  ø: 'o', æ: 'ae', œ: 'oe', ß: 'ss', đ: 'd', ð: 'd', þ: 'th', ł: 'l', ı: 'i', ħ: 'h', ŋ: 'n',
};

/**
 * `"Weaken OpenAI & Google"` → `"weaken-openai-google"`, `"Société Générale"` → `"societe-generale"`.
 * Lowercase a–z, 0–9 and single hyphens, at most 80 characters; `''` when nothing Latin is left
 * (a CJK label, say) — callers pick a fallback.
 */
export function slugify(text: string): string {
  const folded = text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[øæœßđðþłıħŋ]/g, (ch) => TRANSLITERATION[ch] ?? ch);
  return folded
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, MAX_ID_LENGTH)
    .replace(/-+$/, '');
}
