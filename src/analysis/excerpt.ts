/**
 * Short, escaped quotations of input text for messages. The input may not be JSON at all (a
 * file of secrets given by mistake), and a hostile key may be 400 KB: messages quote a few
 * characters, never the text.
 */

/** Characters quoted from text that failed to parse as JSON. */
export const MAX_SYNTAX_EXCERPT = 12;
/** Characters quoted from keys and values of a parsed document. */
export const MAX_VALUE_EXCERPT = 40;

/** `s` as a JSON string literal, cut to `max` characters (code points) with "…" after the quote. */
export function excerpt(s: string, max = MAX_VALUE_EXCERPT): string {
  const head = [...s.slice(0, max * 2 + 2)];
  if (head.length <= max && s.length <= max * 2) return JSON.stringify(s);
  return `${JSON.stringify(head.slice(0, max).join(''))}…`;
}
