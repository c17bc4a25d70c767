import { boxAround, inflate, overlaps, type Box } from '../../layout/box.js';
import type { DiagramContext } from '../types.js';
import type { Attempt } from './attempt.js';
import type { MapItem } from './model.js';
import { fitEvenIn, type Geometry, type RingCache } from './placement.js';
import { arrowStyle } from './edges.js';
import { splitWords } from '../../text/measure.js';

/** The hub's size at a type size (it grows with the satellites' type); `widen`: wider and more lines before its label is cut (fitHub). */
export type HubAt = (size: number, share: number, widen?: boolean) => { w: number; h: number; circle: boolean; label: { truncated: boolean } };

/** Shapes for many cards: rounded rectangles hold rows of cards, ellipses suit a few, two columns give long labels long lines. */
const SHAPES: Geometry[] = [{ kind: 'even', exponent: 5 }, { kind: 'even', exponent: 3 }, { kind: 'even', exponent: 8 }, { kind: 'sides' }];
/** A wrapped line is rarely as full as the measure: leave this much slack in the prediction. */
const WRAP_SLACK = 0.9;
const MAX_LINES = 5;
/** Crowded cards keep less padding round their text (a share of the theme's). */
export const ROOMY_PAD = 0.6;

/**
 * True when n cards of w×h fit the shape in `area` clear of each other (by `gap`) and of the
 * hub (by `reach`, room for a spoke that reads as an arrow): the checks placeNodes and the
 * strict router make.
 */
function holds(n: number, area: Box, w: number, h: number, gap: number, reach: number, g: Geometry, hub: { w: number; h: number; circle: boolean }, aroundHub: boolean, rings: RingCache): boolean {
  if (g.kind === 'sides') {
    const rows = Math.ceil(n / 2);
    return rows * h + (rows - 1) * gap <= area.height && 2 * w + hub.w + 2 * reach <= area.width && hub.h <= area.height;
  }
  if (g.kind !== 'even') return false;
  const placed = fitEvenIn(rings, n, area, w, h, gap, g.exponent, undefined, true, aroundHub ? hub : undefined);
  if (!placed) return false;
  const hubBox = boxAround(placed.hub, hub.w, hub.h);
  if (hubBox.x < area.x || hubBox.y < area.y || hubBox.x + hubBox.width > area.x + area.width || hubBox.y + hubBox.height > area.y + area.height) return false;
  return placed.centers.every((c) => {
    const b = boxAround(c, w, h);
    if (hub.circle) {
      const dx = Math.max(b.x - placed.hub.x, 0, placed.hub.x - (b.x + b.width));
      const dy = Math.max(b.y - placed.hub.y, 0, placed.hub.y - (b.y + b.height));
      return Math.hypot(dx, dy) >= hub.w / 2 + reach;
    }
    return !overlaps(inflate(b, reach / 2), inflate(hubBox, reach / 2));
  });
}

interface Candidate {
  attempt: Attempt;
  /** every label is predicted to fit whole */
  whole: boolean;
  /** the hub's label fits whole at the attempt's type size */
  hubWhole: boolean;
  /** predicted share of the text kept (1 = nothing cut) */
  kept: number;
}

/** Share of a label's characters that greedy wrapping into `lines` lines of `inner` px keeps (words at the token size, scaled). */
function keptShare(words: { w: number; chars: number }[], space: number, scale: number, inner: number, lines: number): number {
  let line = 1;
  let x = 0;
  let kept = 0;
  let total = 0;
  for (const word of words) total += word.chars + 1;
  for (const word of words) {
    const w = word.w * scale;
    const next = x === 0 ? w : x + space * scale + w;
    if (next <= inner) x = next;
    else if (line < lines && w <= inner) [line, x] = [line + 1, w];
    else break;
    kept += word.chars + 1;
  }
  return kept / total;
}

/** The largest x in [lo, hi] where `ok` holds (ok(lo) true), by a few bisection steps. */
function widest(lo: number, hi: number, ok: (x: number) => boolean): number {
  if (ok(hi)) return hi;
  for (let i = 0; i < 6; i++) {
    const mid = (lo + hi) / 2;
    if (ok(mid)) lo = mid;
    else hi = mid;
  }
  return lo;
}

/**
 * Card settings sized to the room, for maps whose labels do not fit the usual settings: for
 * each shape, hub width, number of lines and type size, the widest card the shape still holds
 * (bisection); the labels' wrap into it is predicted from word widths measured once, so only
 * the few best settings are fitted for real. Best first: every label whole at the largest
 * type, else the most text kept at the floor. `whole`: the best is predicted to keep every label whole.
 * `wideHub`: a hub label that would be cut at a type size is fitted wider (fitHub's `widen`) and
 * the cards sized round that hub; among settings that keep every card whole, a whole hub comes first.
 */
export function roomyAttempts(items: MapItem[], ctx: DiagramContext, area: Box, hubAt: HubAt, rectHub: boolean, rings: RingCache, limit = 3, wideHub = false): { attempts: Attempt[]; whole: boolean } {
  const { metrics: m, theme } = ctx;
  const s = m.style('node');
  const pad = theme.spacing.padding * m.unit * ROOMY_PAD;
  const gap = 16 * m.unit;
  const arrow = arrowStyle(ctx);
  // room for a spoke that still reads as an arrow (the router's shortest, with a little line)
  const reach = arrow.length + 10 * m.unit;
  const n = items.length;
  // three type sizes: the token, halfway, the floor
  const sizes = [...new Set([s.size, Math.round(((s.size + m.minFont) / 2) * 100) / 100, m.minFont])];
  const words = items.map((it) => splitWords(it.label).map((w) => ({ w: ctx.text.measurer.wordWidth(w, s), chars: w.length })));
  const space = ctx.text.measurer.spaceWidth(s);
  const narrowest = 3 * m.minFont + 2 * pad;
  const out: Candidate[] = [];
  // a hub two lines wide suits a wide area, a rounder one a tall area
  for (const hubShare of [0.3, 0.2]) {
    // the hub as predicted at the floor size; with `wideHub`, a hub whose label is cut at a type size
    // gets the wider hub placeNodes then fits (hubWide), where that shows it whole
    const small = hubAt(m.minFont, hubShare);
    const hubs = new Map(
      sizes.map((size) => {
        if (!wideHub || !hubAt(size, hubShare).label.truncated) return [size, [{ hub: small, wide: false, whole: true }]];
        const wide = hubAt(size, hubShare, true);
        // the wide hub first, the usual one (its label cut) kept as a fallback
        return [size, [...(wide.label.truncated ? [] : [{ hub: wide, wide: true, whole: true }]), { hub: small, wide: false, whole: false }]];
      }),
    );
    for (const geometry of SHAPES)
      for (let lines = 1; lines <= MAX_LINES; lines++)
        for (const size of sizes) {
          let done = false;
          for (const { hub, wide, whole: hubWhole } of hubs.get(size)!) {
            const fits = (w: number, h: number) => holds(n, area, w, h, gap, reach, geometry, hub, !rectHub, rings);
            const h = lines * size * s.lineHeight + 1.7 * pad;
            if (!fits(narrowest, h)) continue;
            const w = widest(narrowest, area.width * 0.45, (x) => fits(x, h));
            const inner = (w - 2 * pad) * WRAP_SLACK;
            const shares = words.map((ws) => keptShare(ws, space, size / s.size, inner, lines));
            const whole = shares.every((k) => k >= 1);
            const kept = shares.reduce((a, b) => a + b, 0) / n;
            if (whole || size === m.minFont) out.push({ attempt: { size, maxLines: lines, widthShare: w / area.width, geometry, compact: false, hubShare, exactWidth: true, ...(rectHub ? { rectHub } : {}), ...(wide ? { hubWide: true } : {}) }, whole, hubWhole, kept });
            // the largest type that keeps every label whole, and its hub whole: a smaller type may still save a cut hub
            if (whole && hubWhole) done = true;
          }
          if (done) break;
        }
  }
  // whole labels first (with a whole hub first), largest type, fewest lines; else the most text kept
  // (a whole hub is one cut fewer, also where some card labels are cut anyway)
  out.sort((a, b) => Number(b.whole) - Number(a.whole) || Number(b.hubWhole) - Number(a.hubWhole) || (a.whole ? b.attempt.size - a.attempt.size || a.attempt.maxLines - b.attempt.maxLines : b.kept - a.kept || a.attempt.maxLines - b.attempt.maxLines));
  const best = out.slice(0, limit).map((c) => c.attempt);
  // a widened hub is a prediction: the best with the usual hub stays among the settings, after them
  const usual = best.some((a) => a.hubWide) ? out.find((c) => !c.attempt.hubWide && !best.includes(c.attempt)) : undefined;
  // and the best one narrower: wider lanes between the cards for edges that run from card to card
  const airy = best[0] && !out[0]!.whole ? [{ ...best[0], widthShare: best[0].widthShare * 0.8 }] : [];
  return { attempts: [...best, ...airy, ...(usual ? [usual.attempt] : [])], whole: out[0]?.whole ?? false };
}
