import type { Box } from '../../layout/box.js';
import type { LayoutBadge, LayoutNode } from '../../layout/types.js';
import { TextEngine } from '../../text/engine.js';
import type { PlacedText } from '../../text/place.js';
import { canFit, shownWhole } from '../../text/whole.js';
import type { DiagramContext } from '../types.js';
import type { FlywheelModel } from './model.js';
import type { Tried } from './tried.js';

/** What a card setting (on the ring or on the track) says about the step cards' text. */
export interface StepCardText {
  mode: string;
  /** label font size, canvas px */
  size: number;
  maxLines: number;
  /** widest a label line may be, canvas px */
  textWidth: number;
  notes: boolean;
}

/**
 * The step cards of one setting, measured but not yet placed: every label and note fitted
 * (at the origin), one width for all cards, each card's height (taller for its note).
 */
export interface StepCards {
  labels: PlacedText[];
  notes: (PlacedText | undefined)[];
  /** every card's width, canvas px */
  width: number;
  /** the tallest label's height: every card's label area */
  labelH: number;
  /** each card's height */
  heights: number[];
  /** the smallest card's height (no note) */
  base: number;
  /** the number badge's radius */
  rb: number;
  /** between a label and its note */
  noteGap: number;
}

/** A numbered badge: a circle on `center` with the step number measured and centred in it. */
export function badge(ctx: DiagramContext, value: number, center: { x: number; y: number }, radius: number): LayoutBadge {
  const s = ctx.metrics.style('badge');
  const probe = ctx.text.block({ role: 'badge', text: String(value), style: s, lineHeightRatio: s.lineHeight, maxWidth: radius * 4, maxLines: 1, minSize: ctx.metrics.minFont, align: 'middle', x: center.x, top: 0 });
  return { value, center, radius, text: ctx.text.moveTo(probe, center.x, center.y - TextEngine.height(probe) / 2) };
}

/**
 * Lines a step's note may take: three; on a track as many as the setting gives its label (a narrow
 * card in a tall column has the height for a fourth line). Not on a ring: there a fourth line
 * would let a small ring with notes win over a track that fills a tall canvas.
 */
export function noteLines(s: { mode: string; maxLines: number }): number {
  return s.mode === 'track' ? Math.max(3, s.maxLines) : 3;
}

/**
 * Fits every step's label (and, when the setting shows notes, its note) for one setting. The
 * ring's cards and the track's share the fits (same keys in `tried`): the search measures each
 * label once. A string (why) when a label would be cut or broken, the labels repeat a setting
 * already tried, or a note does not fit whole.
 */
export function stepCards(model: FlywheelModel, ctx: DiagramContext, s: StepCardText, allowCut: boolean, tried: Tried): StepCards | string {
  const { metrics: m, text } = ctx;
  const u = m.unit;
  const padX = 16 * u;
  const padY = 10 * u;
  const node = m.style('node');
  const labels = tried.labels(`cards|${s.size}|${s.maxLines}|${s.textWidth}|${allowCut}`, model.steps.map((st) => st.label), (i) => {
    const st = model.steps[i]!;
    return text.block({ role: 'step', text: st.label, field: `${st.field}.label`, style: { ...node, size: s.size }, lineHeightRatio: node.lineHeight, maxWidth: s.textWidth, maxLines: s.maxLines, minSize: allowCut ? m.minFont : s.size, align: 'middle', x: 0, top: 0 });
  }, allowCut, (t) => canFit(text, t, { ...node, size: s.size }, s.textWidth, s.maxLines), { size: s.size, maxLines: s.maxLines, width: s.textWidth });
  if (!labels) return 'labels do not fit';
  if (tried.repeats(s, labels)) return 'same labels as a setting already tried';
  const ns = m.style('note');
  const noteGap = 4 * u;
  const notes: (PlacedText | undefined)[] = model.steps.map((st) => {
    if (!s.notes || !st.note) return undefined;
    const note = st.note;
    // the same note at the same width and lines fits the same way in every setting: fitted once per search
    const lines = noteLines(s);
    return tried.memo(`note|${st.id}|${s.textWidth}|${lines}`, () => text.block({ role: 'note', text: note, field: `${st.field}.note`, style: ns, lineHeightRatio: ns.lineHeight, maxWidth: s.textWidth, maxLines: lines, minSize: ns.size, align: 'middle', x: 0, top: 0 }));
  });
  if (notes.some((n) => n && !shownWhole(n))) return 'notes do not fit';
  const width = Math.max(...[...labels, ...notes].map((l) => (l ? TextEngine.width(l) : 0)), 96 * u) + 2 * padX;
  const labelH = Math.max(...labels.map((l) => TextEngine.height(l)));
  const base = Math.max(labelH + 2 * padY, 56 * u);
  const heights = notes.map((n) => base + (n ? noteGap + TextEngine.height(n) : 0));
  return { labels, notes, width, labelH, heights, base, rb: 16 * u, noteGap };
}

/**
 * Step `i`'s card node in `box`: its label (and note) centred in it as one block, its number
 * badge on the corner `corner` points to (sx: -1 left, 1 right; sy: -1 top, 1 bottom).
 */
export function stepNode(model: FlywheelModel, ctx: DiagramContext, cards: StepCards, i: number, box: Box, corner: { sx: -1 | 1; sy: -1 | 1 }): LayoutNode {
  const { text } = ctx;
  const st = model.steps[i]!;
  const { labelH, noteGap, rb } = cards;
  const note = cards.notes[i];
  const blockH = labelH + (note ? noteGap + TextEngine.height(note) : 0);
  const top = box.y + (box.height - blockH) / 2;
  const cx = box.x + box.width / 2;
  const label = text.moveTo(cards.labels[i]!, cx, top + (labelH - TextEngine.height(cards.labels[i]!)) / 2);
  return {
    id: st.id,
    role: 'step',
    shape: 'rect',
    box,
    label,
    ...(note ? { note: text.moveTo(note, cx, top + labelH + noteGap) } : {}),
    badge: badge(ctx, i + 1, { x: corner.sx < 0 ? box.x : box.x + box.width, y: corner.sy < 0 ? box.y : box.y + box.height }, rb),
  };
}
