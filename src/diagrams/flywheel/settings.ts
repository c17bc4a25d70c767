import type { Box } from '../../layout/box.js';
import type { DiagramContext } from '../types.js';
import type { CardsSetting } from './cards.js';
import type { DotsSetting } from './dots.js';
import type { FlywheelModel } from './model.js';
import { wantsTrack, type TrackSetting } from './track.js';

export type Setting = CardsSetting | DotsSetting | TrackSetting;

/** Sizes from `from` down to `to` in steps of 2 design px, `to` included. */
export function sizesBetween(from: number, to: number, unit: number): number[] {
  const out: number[] = [];
  for (let s = from; s > to + 1e-6; s -= 2 * unit) out.push(Math.round(s * 100) / 100);
  out.push(to);
  return out;
}

/** Caps on the ring's width / height (either way): a readable ellipse, never a needle (bounded eccentricity). */
const ASPECTS = [1.6, 1.9, 2.4, 3];
/** Label widths in design px, the style guide's ~220 px card first. */
const CARD_WIDTHS = [188, 220, 160, 250, 136, 112, 96];
/** Label widths when the cards carry notes: wider, so a note of a sentence fits in three lines. */
const NOTE_WIDTHS = [188, 250, 320];
const DOT_WIDTHS = [220, 180, 150, 120, 96, 80];
/**
 * Label widths on a track: along a wide row the roomier cards (fewer lines); in a tall column
 * two cards and the hub share the width (one column of three steps has it to itself).
 */
const TRACK_WIDTHS = { wide: [250, 320, 188], tall: [188, 160, 136], column: [250, 220, 188] };
/** Lines a track label may take: a wide row has the room to keep them few. */
const TRACK_LINES = { wide: [2, 3], tall: [2, 3, 4] };

function cards(sizes: number[], widths: number[], notes: boolean): CardsSetting[] {
  const out: CardsSetting[] = [];
  for (const size of sizes) for (const maxLines of [2, 3, 4]) for (const textWidth of widths) ASPECTS.forEach((aspect, k) => out.push({ mode: 'cards', size, maxLines, textWidth, aspect, looser: ASPECTS[k - 1] ?? 0, notes }));
  return out;
}

/** Label widths in one column of more than three steps, as shares of the area's width. */
const COLUMN_SHARE = [0.6, 0.5];
/** Lines a one-column label may take: the column has the width to keep it short. */
const COLUMN_LINES = [2, 3];

function track(sizes: number[], lines: number[], widths: number[], notes: boolean, column = false): TrackSetting[] {
  const out: TrackSetting[] = [];
  for (const size of sizes) for (const maxLines of lines) for (const textWidth of widths) out.push({ mode: 'track', size, maxLines, textWidth, notes, ...(column ? { column } : {}) });
  return out;
}

function dots(sizes: number[], widths: number[]): DotsSetting[] {
  const out: DotsSetting[] = [];
  for (const size of sizes) for (const maxLines of [2, 3, 4, 5]) for (const textWidth of widths) ASPECTS.forEach((aspect, k) => out.push({ mode: 'dots', size, maxLines, textWidth, aspect, looser: ASPECTS[k - 1] ?? 0 }));
  return out;
}

/**
 * Every setting to try, best first: cards with notes (wider cards, down to a readable floor), then
 * cards down to a readable floor, then dots (labels outside, free to be larger), then the
 * smallest cards; on a stretched area (track.ts) each kind of cards is tried on a track before
 * a ring. The first setting that keeps every invariant wins.
 */
export function settings(model: FlywheelModel, ctx: DiagramContext, area: Box): Setting[] {
  const { metrics: m } = ctx;
  const u = m.unit;
  const n = model.steps.length;
  const base = m.style('node').size * (n <= 4 ? 1.1 : 1);
  const floor = Math.max(m.minFont, 20 * u);
  const all = sizesBetween(base, m.minFont, u);
  const high = all.filter((s) => s >= floor - 0.01);
  const low = all.filter((s) => s < floor - 0.01);
  const cardWidths = CARD_WIDTHS.map((w) => w * u).filter((w) => w <= area.width * 0.42);
  const dotWidths = DOT_WIDTHS.map((w) => w * u).filter((w) => w <= area.width * 0.36);
  const noteWidths = NOTE_WIDTHS.map((w) => w * u).filter((w) => w <= area.width * 0.42);
  const hasNotes = model.steps.some((s) => s.note);
  // on a stretched area the steps go on a track first (two rows or two columns); on a tall one
  // two cards and the hub share the width (three steps make one column, beside the hub)
  // a track has room along its rows: its labels may first grow (two steps above the base size),
  // staying well under the title so the title still leads
  const grown = [1.4, 1.2].map((k) => Math.round(base * k * 100) / 100).filter((size) => size <= 0.75 * m.style('title').size);
  const trackSizes = [...grown, ...high];
  const wide = area.width > area.height;
  const trackWidths = !wantsTrack(area) ? [] : wide ? TRACK_WIDTHS.wide.map((w) => w * u) : (n === 3 ? TRACK_WIDTHS.column : TRACK_WIDTHS.tall).map((w) => w * u).filter((w) => w <= area.width * (n === 3 ? 0.5 : 0.34));
  const trackLines = wide ? TRACK_LINES.wide : TRACK_LINES.tall;
  // more than three steps on a tall area: one column of wide cards, when two columns fail
  // (labels up to 3/5 of the width, the rest for the hub and the way back)
  const columnWidths = wide || n === 3 || !wantsTrack(area) ? [] : COLUMN_SHARE.map((k) => Math.round(area.width * k * 100) / 100);
  // grow, then shrink, then drop: the notes stay while any readable size and width holds them
  return [
    ...(hasNotes ? track(trackSizes, trackLines, trackWidths, true) : []),
    ...(hasNotes ? cards(high, noteWidths, true) : []),
    ...track(trackSizes, trackLines, trackWidths, false),
    // one column only when no two-column track holds the labels (a two-column loop reads as a wheel)
    ...(hasNotes ? track(trackSizes, COLUMN_LINES, columnWidths, true, true) : []),
    ...track(trackSizes, COLUMN_LINES, columnWidths, false, true),
    ...cards(high, cardWidths, false),
    ...dots(all, dotWidths),
    ...cards(low, cardWidths, false),
  ];
}

/** Last resort, labels cut with an ellipsis: the smallest text and narrowest labels. */
export function lastResort(ctx: DiagramContext): Setting[] {
  const f = ctx.metrics.minFont;
  const u = ctx.metrics.unit;
  return [...dots([f], [96 * u, 72 * u, 56 * u]), ...cards([f], [96 * u, 72 * u], false)];
}
