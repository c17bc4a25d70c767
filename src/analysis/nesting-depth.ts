/**
 * Finds where a JSON text first nests arrays/objects deeper than `maxDepth`, without parsing
 * it — so that a hostile `[[[[…` can never reach a recursive parser.
 * Returns the offset of the offending bracket, or -1.
 */
export function findExcessiveNesting(text: string, maxDepth: number): number {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (inString) {
      if (ch === 0x5c /* \ */) i++;
      else if (ch === 0x22 /* " */) inString = false;
    } else if (ch === 0x22) {
      inString = true;
    } else if (ch === 0x5b /* [ */ || ch === 0x7b /* { */) {
      depth++;
      if (depth > maxDepth) return i;
    } else if (ch === 0x5d /* ] */ || ch === 0x7d /* } */) {
      depth = Math.max(0, depth - 1);
    }
  }
  return -1;
}
