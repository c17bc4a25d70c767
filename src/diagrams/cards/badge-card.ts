import type { Box } from '../../layout/box.js';
import type { LayoutNode, NodeRole } from '../../layout/types.js';
import { TextEngine } from '../../text/engine.js';
import type { PlacedText } from '../../text/place.js';
import type { DiagramContext } from '../types.js';
import { fitAtSize, fitWithCut } from './fit-text.js';
import { patternTag } from './words.js';

/** A numbered mental model drawn as a card: number badge, name, optional note. */
export interface BadgeCardItem {
  key: string;
  number: number;
  name: string;
  note?: string;
  field: string;
}

/**
 * Where the badge sits: `row` left of the text column; `stack` left of the name with the
 * note under both; `column` centred above name and note (pillars, tall cells).
 */
export type BadgeTemplate = 'row' | 'stack' | 'column';

export interface BadgeCardSpec {
  template: BadgeTemplate;
  nameSize: number;
  withNotes: boolean;
  cardW: number;
  maxH: number;
  /** last resort: cut names with an ellipsis instead of failing */
  cut?: boolean;
  /** tighter padding and a number no larger than the name: for long lists in short cells */
  compact?: boolean;
  /** names grown past their usual largest size by this factor (a tall canvas with room): notes grow with them */
  grown?: number;
}

export interface BadgeCards {
  spec: BadgeCardSpec;
  /** content height of the tallest card, padding included */
  contentH: number;
  /** content width of the widest card, padding included (cards may shrink to it) */
  contentW: number;
  pad: number;
  badgeD: number;
  numbers: PlacedText[];
  names: PlacedText[];
  notes: (PlacedText | undefined)[];
}

const NAME_LINES = { row: 3, stack: 2, column: 3 } as const;

function numberTexts(items: BadgeCardItem[], size: number, ctx: DiagramContext): PlacedText[] {
  const s = ctx.metrics.style('badge');
  return items.map((it, i) => ctx.text.block({ role: 'badge', text: patternTag(it.number), field: `${it.field}.id`, style: { ...s, size }, lineHeightRatio: 1.2, maxWidth: 1e6, maxLines: 1, minSize: size, align: 'middle', x: 0, top: 0 }));
}

/** Fits every card at one name size (so a grid of cards shares one type size); null when one does not fit. */
export function fitBadgeCards(items: BadgeCardItem[], spec: BadgeCardSpec, ctx: DiagramContext): BadgeCards | null {
  const { metrics: m, theme, text } = ctx;
  const pad = theme.spacing.padding * m.unit * (spec.compact ? 0.7 : spec.template === 'row' ? 1 : 1.1);
  const inner = spec.cardW - 2 * pad;
  const numSize = Math.max(m.minFont, spec.nameSize * (spec.compact ? 0.95 : 1.1));
  const numbers = numberTexts(items, numSize, ctx);
  // one badge diameter for all cards (the numbers line up like tabular figures), wide enough
  // that the corners of the widest number's ink clear the circle
  const widest = Math.max(...numbers.map((t) => t.box.width));
  const tall = Math.max(...numbers.map((t) => t.box.height));
  const badgeD = Math.max(numSize * (spec.compact ? 1.7 : 2), Math.hypot(widest, tall) + numSize * (spec.compact ? 0.3 : 0.5));
  const gapIn = 12 * m.unit;
  const nameStyle = { ...m.style('node'), weight: 700, size: spec.nameSize };
  const noteStyle = { ...m.style('note'), size: Math.max(m.minFont, Math.min(m.style('note').size * Math.max(1, spec.grown ?? 1), spec.nameSize * 0.78)) };
  const nameW = spec.template === 'column' ? inner : inner - badgeD - gapIn;
  const budget = spec.maxH - 2 * pad - (spec.template === 'column' ? badgeD + gapIn : 0);
  if (nameW < spec.nameSize * 3 || budget <= 0) return null;
  const align = spec.template === 'column' ? 'middle' : 'start';
  const names: PlacedText[] = [];
  const notes: (PlacedText | undefined)[] = [];
  let contentH = 0;
  let contentW = 0;
  for (const it of items) {
    const f = { role: 'node', text: it.name, field: `${it.field}.name`, style: nameStyle, lineHeightRatio: 1.18, maxWidth: nameW, maxHeight: budget, maxLines: NAME_LINES[spec.template], align } as const;
    const name = fitAtSize(text, f) ?? (spec.cut ? fitWithCut(text, f) : null);
    if (!name) return null;
    // by ink as well as line boxes (stacked combining marks can reach below the last line box)
    const nameH = TextEngine.extent(name);
    let h = spec.template === 'column' ? badgeD + gapIn + nameH : spec.template === 'stack' ? Math.max(badgeD, nameH) : nameH;
    let note: PlacedText | undefined;
    if (spec.withNotes && it.note) {
      const noteW = spec.template === 'stack' ? inner : nameW;
      const noteGap = 6 * m.unit;
      const left = spec.maxH - 2 * pad - h - noteGap;
      note = fitAtSize(text, { role: 'note', text: it.note, field: `${it.field}.note`, style: noteStyle, lineHeightRatio: 1.25, maxWidth: noteW, maxHeight: left, maxLines: 5, align }) ?? undefined;
      if (!note) return null;
      h += noteGap + TextEngine.extent(note);
    }
    if (spec.template === 'row') h = Math.max(h, badgeD);
    names.push(name);
    notes.push(note);
    contentH = Math.max(contentH, h + 2 * pad);
    const textW = Math.max(TextEngine.width(name), note ? TextEngine.width(note) : 0);
    contentW = Math.max(contentW, 2 * pad + (spec.template === 'column' ? Math.max(badgeD, textW) : spec.template === 'stack' ? Math.max(badgeD + gapIn + TextEngine.width(name), note ? TextEngine.width(note) : 0) : badgeD + gapIn + textW));
  }
  if (contentH > spec.maxH + 1e-6) return null;
  return { spec, contentH, contentW, pad, badgeD, numbers, names, notes };
}

/** Places card i of a fitted set into `box` (content centred vertically). */
export function placeBadgeCard(f: BadgeCards, i: number, item: BadgeCardItem, box: Box, role: NodeRole, ctx: DiagramContext): LayoutNode {
  const { text, metrics: m } = ctx;
  const { pad, badgeD } = f;
  const gapIn = 12 * m.unit;
  const name = f.names[i]!;
  const note = f.notes[i];
  const nameH = TextEngine.extent(name);
  const noteGap = note ? 6 * m.unit : 0;
  const noteH = note ? TextEngine.extent(note) : 0;
  const t = f.spec.template;
  const r = badgeD / 2;
  let center: { x: number; y: number };
  let placedName: PlacedText;
  let placedNote: PlacedText | undefined;
  if (t === 'column') {
    // the tallest card's content block sets the top for all, so badges line up across a row
    const top = box.y + (box.height - (f.contentH - 2 * pad)) / 2;
    const cx = box.x + box.width / 2;
    center = { x: cx, y: top + r };
    placedName = text.moveTo(name, cx, top + badgeD + gapIn);
    if (note) placedNote = text.moveTo(note, cx, top + badgeD + gapIn + nameH + noteGap);
  } else if (t === 'stack') {
    const head = Math.max(badgeD, nameH);
    const top = box.y + (box.height - (head + noteGap + noteH)) / 2;
    center = { x: box.x + pad + r, y: top + head / 2 };
    placedName = text.moveTo(name, box.x + pad + badgeD + gapIn, top + (head - nameH) / 2);
    if (note) placedNote = text.moveTo(note, box.x + pad, top + head + noteGap);
  } else {
    const textH = nameH + noteGap + noteH;
    const top = box.y + (box.height - textH) / 2;
    center = { x: box.x + pad + r, y: box.y + box.height / 2 };
    placedName = text.moveTo(name, box.x + pad + badgeD + gapIn, top);
    if (note) placedNote = text.moveTo(note, box.x + pad + badgeD + gapIn, top + nameH + noteGap);
  }
  const num = f.numbers[i]!;
  const badgeText = text.moveTo(num, center.x, center.y - TextEngine.height(num) / 2);
  return {
    id: item.key,
    role,
    shape: 'rect',
    box,
    label: placedName,
    ...(placedNote ? { note: placedNote } : {}),
    badge: { value: item.number, center, radius: r, text: badgeText },
  };
}
