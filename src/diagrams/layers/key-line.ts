/** Longest key line kept whole before it is cut back to its first clause. */
const MAX_KEY = 110;

/** "The structure says Meta is …" → "Meta is …": the band's kicker already names the voice. */
export function stripLead(text: string): string {
  const s = text.replace(/^the (narrative|structure|story|reality)\s+(says|is)\s+(that\s+)?/i, '');
  return s ? s[0]!.toUpperCase() + s.slice(1) : text;
}

/**
 * The key line of a long text, for the one-band summary: its first sentence; if that is still
 * long, its first clause (up to an em dash, semicolon or colon). The full text stays in the
 * long alt text; a key line that still does not fit is cut with an ellipsis and a warning.
 */
export function keyLine(text: string): string {
  const sentences = text.trim().split(/(?<=[.!?][”’"']?)\s+(?=[A-Z0-9“‘"'])/u);
  const first = sentences[0] ?? text;
  if (first.length <= MAX_KEY) return first;
  const clause = /^(.{25,}?)(\s+[—–]\s+|;\s+|:\s+)/u.exec(first);
  return clause && clause[1]!.length <= MAX_KEY ? clause[1]!.replace(/[,;:]$/u, '') : first;
}
