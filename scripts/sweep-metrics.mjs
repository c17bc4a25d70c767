// Per-diagram metrics of the sweep (scripts/sweep.mjs). One entry per metric: a name, what it
// measures on one render, and how renders of one diagram kind combine (sum or max). Add a metric
// by adding an entry here; the sweep prints and writes every entry it finds.

/** Every text a layout draws (mirrors src/layout/texts.ts, read from the layout object). */
export function layoutTexts(l) {
  return [
    ...l.nodes.flatMap((n) => [n.label, ...(n.note ? [n.note] : []), ...(n.badge ? [n.badge.text] : [])]),
    ...l.edges.flatMap((e) => (e.label ? [e.label] : [])),
    ...l.texts,
    ...l.panels.map((p) => p.text),
  ];
}

/** Boxes of everything drawn: nodes, badges, texts, panels, edge label chips, edge polylines and heads. */
export function drawnBoxes(l) {
  const pts = (ps) => {
    const xs = ps.map((p) => p.x);
    const ys = ps.map((p) => p.y);
    return { x: Math.min(...xs), y: Math.min(...ys), width: Math.max(...xs) - Math.min(...xs), height: Math.max(...ys) - Math.min(...ys) };
  };
  return [
    ...l.nodes.map((n) => n.box),
    ...l.nodes.flatMap((n) => (n.badge ? [{ x: n.badge.center.x - n.badge.radius, y: n.badge.center.y - n.badge.radius, width: 2 * n.badge.radius, height: 2 * n.badge.radius }] : [])),
    ...layoutTexts(l).filter((t) => t.box.width > 0).map((t) => t.box),
    ...l.panels.map((p) => p.box),
    ...l.edges.flatMap((e) => (e.labelBox ? [e.labelBox] : [])),
    // an edge as the boxes of its segments, so a long diagonal does not fill the whole band it spans
    ...l.edges.flatMap((e) => e.samples.slice(1).map((p, i) => pts([e.samples[i], p]))),
    ...l.edges.map((e) => pts(e.head)),
  ];
}

/** Longest stretch of [lo, hi] that no interval covers. */
function largestGap(intervals, lo, hi) {
  const sorted = intervals.map(([a, b]) => [Math.max(a, lo), Math.min(b, hi)]).filter(([a, b]) => b > a).sort((p, q) => p[0] - q[0]);
  let best = 0;
  let at = lo;
  for (const [a, b] of sorted) {
    best = Math.max(best, a - at);
    at = Math.max(at, b);
  }
  return Math.max(best, hi - at);
}

/**
 * Largest fully empty horizontal or vertical strip of the canvas inside the margins, as a
 * percentage of that side (a horizontal band as % of the height, a vertical one as % of the width).
 */
export function largestEmptyBand(l) {
  const inner = { x: l.margin, y: l.margin, width: l.width - 2 * l.margin, height: l.height - 2 * l.margin };
  const boxes = drawnBoxes(l);
  const h = largestGap(boxes.map((b) => [b.y, b.y + b.height]), inner.y, inner.y + inner.height) / inner.height;
  const v = largestGap(boxes.map((b) => [b.x, b.x + b.width]), inner.x, inner.x + inner.width) / inner.width;
  return Math.round(Math.max(h, v) * 1000) / 10;
}

const leftOut = /left out|drawn without|dropped|not shown/i;

export const METRICS = [
  { name: 'cuts', description: 'texts cut with an ellipsis', combine: 'sum', measure: (l) => layoutTexts(l).filter((t) => t.truncated).length },
  { name: 'dropped', description: 'warnings saying content was left out', combine: 'sum', measure: (l) => l.warnings.filter((w) => leftOut.test(w.message)).length },
  { name: 'legend', description: 'edge labels or edges moved to a legend', combine: 'sum', measure: (l) => l.warnings.filter((w) => /legend/.test(w.message) && !leftOut.test(w.message)).length },
  { name: 'emptyBandMaxPct', description: 'largest empty band, % of that side (worst render)', combine: 'max', measure: largestEmptyBand },
  { name: 'minFontPx', description: 'smallest text size drawn (smallest render)', combine: 'min', measure: (l) => Math.min(...layoutTexts(l).map((t) => t.style.size)) },
];

export function combine(kind, a, b) {
  if (a === undefined) return b;
  if (kind === 'sum') return a + b;
  if (kind === 'max') return Math.max(a, b);
  return Math.min(a, b);
}

/** A problem or warning sentence without its specifics (quoted text, ids, numbers), to count by kind. */
export function kindOf(message) {
  return message
    .replace(/"[^]*"/g, '"…"')
    .replace(/\b(edge|edges|node|nodes|panel|of|and|label of edge|text of panel|badge of|marker)\s+[\w-]+/g, '$1 X')
    .replace(/-?\d+(\.\d+)?(px|x\d+)?/g, 'N');
}
