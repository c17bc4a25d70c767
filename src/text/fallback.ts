/**
 * A font family beyond Inter, split by the package into Unicode-range subsets (fontsource's
 * unicode.json): the subset holding a character is found by range, and loaded on first use.
 */
export interface FallbackFamily {
  /** subset key ("[12]", "latin", …) whose ranges contain the code point, if any */
  subsetFor(cp: number): string | undefined;
  load(weight: number, subset: string): Uint8Array | undefined;
}

/** Parses fontsource's `{ "[12]": "U+4e00-4e3f,U+4e45,…" }` into sorted ranges. */
export function parseUnicodeRanges(map: Record<string, string>): { lo: number; hi: number; subset: string }[] {
  const out: { lo: number; hi: number; subset: string }[] = [];
  for (const [subset, spec] of Object.entries(map)) {
    for (const part of spec.split(',')) {
      const m = /^\s*U\+([0-9a-f]+)(?:-([0-9a-f]+))?\s*$/i.exec(part);
      if (!m) continue;
      const lo = parseInt(m[1]!, 16);
      out.push({ lo, hi: m[2] ? parseInt(m[2], 16) : lo, subset });
    }
  }
  return out.sort((a, b) => a.lo - b.lo);
}

/** Binary search of sorted, non-overlapping ranges. */
export function findRange(ranges: { lo: number; hi: number; subset: string }[], cp: number): string | undefined {
  let lo = 0, hi = ranges.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const r = ranges[mid]!;
    if (cp < r.lo) hi = mid - 1;
    else if (cp > r.hi) lo = mid + 1;
    else return r.subset;
  }
  return undefined;
}
