import { wordsFor } from '../../i18n/index.js';
import type { Box } from '../../layout/box.js';
import type { LayoutNode, Warning } from '../../layout/types.js';
import { TextEngine } from '../../text/engine.js';
import type { PlacedText } from '../../text/place.js';
import { flowRows, sizeSteps } from '../cards/grid.js';
import { whole } from '../cards/fit-text.js';
import { patternTag, upper } from '../cards/words.js';
import type { DiagramContext } from '../types.js';
import type { FrameworkChip } from './model.js';

export interface ChipRow {
  nodes: LayoutNode[];
  label: PlacedText;
  height: number;
  warnings: Warning[];
}

interface Sized {
  texts: PlacedText[];
  keys: FrameworkChip[];
  chipH: number;
  padX: number;
  padY: number;
}

function sized(chips: FrameworkChip[], labels: string[], size: number, ctx: DiagramContext, maxW: number): Sized | null {
  const { metrics: m, text } = ctx;
  const style = { ...m.style('caption'), weight: 600, size };
  const padX = 0.6 * size;
  const padY = 0.3 * size;
  const texts: PlacedText[] = [];
  for (const [i, c] of chips.entries()) {
    const t = text.block({ role: 'chip', text: labels[i]!, field: c.field, style, lineHeightRatio: 1.25, maxWidth: maxW - 2 * padX, maxLines: 1, minSize: size, align: 'start', x: 0, top: 0 });
    if (!whole(t)) return null;
    texts.push(t);
  }
  return { texts, keys: chips, chipH: size * 1.25 + 2 * padY, padX, padY };
}

/**
 * The frameworks as a flex-wrapped row of pills after a "FRAMEWORKS APPLIED" label, left
 * aligned, no taller than `maxH`. Named chips ("#1 Network Effects") at the largest size that
 * fits, else (or when asked: `numbersOnly`) numbers only ("#1"); if even those overflow, the last chip reads "+k more" and a
 * warning names the field. Returns a placer that puts the block's top at `top`.
 */
export function layoutChips(chips: FrameworkChip[], ctx: DiagramContext, area: Box, maxH: number, numbersOnly = false): ((top: number) => ChipRow) | null {
  const { metrics: m, text } = ctx;
  const ls = m.style('brand');
  const label = text.block({ role: 'chips-label', text: upper(wordsFor(text.lang).frameworksApplied), field: 'synthesis.frameworks', style: ls, lineHeightRatio: ls.lineHeight, maxWidth: area.width, maxLines: 1, minSize: m.minFont, align: 'start', x: 0, top: 0 });
  const gap = 10 * m.unit;
  const sizes = sizeSteps(m.style('caption').size, m.minFont, 2 * m.unit);
  const named = chips.map((c) => c.label);
  const numbers = chips.map((c) => patternTag(c.number));
  const warnings: Warning[] = [];
  let pick: { s: Sized; rows: number[][] } | undefined;
  for (const labels of numbersOnly ? [numbers] : [named, numbers]) {
    for (const size of sizes) {
      const s = sized(chips, labels, size, ctx, area.width);
      if (!s) continue;
      const rows = flowRows([TextEngine.width(label), ...s.texts.map((t) => TextEngine.width(t) + 2 * s.padX)], gap, area.width);
      if (rows.length * s.chipH + (rows.length - 1) * gap <= maxH) {
        pick = { s, rows };
        break;
      }
    }
    if (pick) break;
  }
  if (!pick) {
    // numbers at the minimum size, as many as fit, then "+k more"
    const fitRows = Math.floor((maxH + gap) / (m.minFont * 1.25 + 0.6 * m.minFont + gap));
    if (fitRows < 1) return null;
    for (let keep = chips.length - 1; keep >= 0 && !pick; keep--) {
      const kept = chips.slice(0, keep);
      const more = { key: 'framework-more', number: 0, label: wordsFor(text.lang).more(chips.length - keep), field: 'synthesis.frameworks' };
      const s = sized([...kept, more], [...numbers.slice(0, keep), more.label], m.minFont, ctx, area.width)!;
      const rows = flowRows([TextEngine.width(label), ...s.texts.map((t) => TextEngine.width(t) + 2 * s.padX)], gap, area.width);
      if (rows.length <= fitRows) pick = { s, rows };
    }
    if (!pick) return null;
    warnings.push({ field: 'synthesis.frameworks', message: `too many frameworks for the space; ${pick.s.keys.length - 1} of ${chips.length} shown` });
  }
  const { s, rows } = pick;
  const height = rows.length * s.chipH + (rows.length - 1) * gap;
  return (top: number) => {
    const nodes: LayoutNode[] = [];
    let placedLabel = label;
    rows.forEach((row, r) => {
      let x = area.x;
      const y = top + r * (s.chipH + gap);
      for (const k of row) {
        if (k === 0) {
          placedLabel = text.moveTo(label, x, y + (s.chipH - TextEngine.height(label)) / 2);
          x += TextEngine.width(label) + gap;
          continue;
        }
        const t = s.texts[k - 1]!;
        const w = TextEngine.width(t) + 2 * s.padX;
        const chip = s.keys[k - 1]!;
        nodes.push({ id: chip.key, role: 'step', shape: 'pill', box: { x, y, width: w, height: s.chipH }, label: text.moveTo(t, x + s.padX, y + s.padY) });
        x += w + gap;
      }
    });
    return { nodes, label: placedLabel, height, warnings };
  };
}
