import { truncationWarnings } from '../../layout/frame.js';
import { layoutProblems } from '../../layout/invariants.js';
import type { DiagramLayout, Warning } from '../../layout/types.js';
import type { DiagramContext } from '../types.js';
import { sideFrame, stackedFrame, type Composition, type FrameTexts, type HeroFrame } from './compose.js';
import { embedMain, type Embedded } from './embed.js';
import type { HeroModel } from './model.js';
import { heroStyles } from './styles.js';
import { shiftLayout } from './translate.js';

/** The hero's layout also carries what its scene step needs: the embedded diagram. */
export interface HeroLayout extends DiagramLayout {
  composition: Composition;
  embedded?: Embedded;
}

/** Smallest diagram slot, as shares of the content box: what we aim for, then what we accept. */
const MIN_SLOT: Record<Composition, { w: number; h: number }[]> = {
  side: [{ w: 0.45, h: 0.9 }],
  stacked: [{ w: 0.9, h: 0.5 }, { w: 0.9, h: 0.36 }],
};
/** Design-scale factors to try for the embedded diagram, roomiest text first. */
const SCALES = [1, 0.85, 0.72];

interface Candidate {
  frame: HeroFrame;
  embedded: Embedded | null;
}

/** How far a diagram layout is from clean: labels cut with an ellipsis, plus broken rules (overlap, text under an arrow, …) weighted heavier. Notes left out are fine. */
function flaws(l: DiagramLayout): number {
  const texts = [...l.nodes.flatMap((n) => [n.label, ...(n.note ? [n.note] : [])]), ...l.edges.flatMap((e) => (e.label ? [e.label] : [])), ...l.texts, ...l.panels.map((p) => p.text)];
  return texts.filter((t) => t.truncated).length + 10 * layoutProblems(l).length;
}

function compositions(ctx: DiagramContext): Composition[] {
  const { width: W, height: H } = ctx.metrics;
  return W / H >= 1.6 ? ['side', 'stacked'] : ['stacked'];
}

function slotBigEnough(f: HeroFrame, ctx: DiagramContext, min: { w: number; h: number }): boolean {
  const { width: W, height: H, margin } = ctx.metrics;
  return f.slot.width >= min.w * (W - 2 * margin) && f.slot.height >= min.h * (H - 2 * margin);
}

/** Most diagram layouts one hero may run: each is a full search of its own, so the worst case stays bounded. */
const MAX_EMBEDS = 4;

/**
 * Tries compositions (side before stacked on wide canvases), each with title sizes from the
 * largest down: the first frame whose title fits in three lines, whose diagram slot is big
 * enough and whose diagram lays out there cleanly wins. A second pass accepts a smaller slot.
 * Otherwise the least flawed diagram that laid out is kept (its warnings go with it), else
 * the smallest stacked title and the tightest scale get a last try.
 */
function search(model: HeroModel, ctx: DiagramContext, texts: FrameTexts): Candidate {
  const s = heroStyles(ctx.metrics, ctx.theme);
  const sizes: number[] = [];
  for (let t = s.title.size; t > s.titleMin; t -= s.titleStep) sizes.push(t);
  sizes.push(s.titleMin);
  const build = (c: Composition, size: number, sub: boolean) => (c === 'side' ? sideFrame : stackedFrame)(ctx, s, texts, size, sub);
  let calls = 0;
  let fallback: (Candidate & { flaws: number }) | undefined;
  const tryEmbed = (frame: HeroFrame, k: number): Candidate | undefined => {
    calls++;
    const embedded = embedMain(model.analysis, model.main, frame.slot, ctx, k);
    if (!embedded) return undefined;
    const n = flaws(embedded.layout);
    if (n === 0) return { frame, embedded };
    if (!fallback || n < fallback.flaws) fallback = { frame, embedded, flaws: n };
    return undefined;
  };
  for (const pass of [0, 1]) {
    for (const c of compositions(ctx)) {
      const min = MIN_SLOT[c][pass];
      if (!min) continue;
      for (const size of sizes) {
        // the subtitle only when the frame still has room for it
        const withSub = texts.subtitle ? build(c, size, true) : undefined;
        const frame = withSub && withSub.titleFits && slotBigEnough(withSub, ctx, min) ? withSub : build(c, size, false);
        if (!frame.titleFits || !slotBigEnough(frame, ctx, min)) continue;
        for (const k of SCALES) {
          if (calls >= MAX_EMBEDS) return fallback ?? lastTry();
          const found = tryEmbed(frame, k);
          if (found) return found;
        }
        break; // a smaller title only grows the slot a little: go to the next composition
      }
    }
  }
  return fallback ?? lastTry();

  // the smallest title, cut to fewer lines (with a warning) when even that leaves no room
  function lastTry(): Candidate {
    let frame = stackedFrame(ctx, s, texts, s.titleMin, false);
    for (let lines = 2; lines >= 1 && frame.slot.height <= 0; lines--) frame = stackedFrame(ctx, s, texts, s.titleMin, false, lines);
    return { frame, embedded: embedMain(model.analysis, model.main, frame.slot, ctx, SCALES[SCALES.length - 1]!) };
  }
}

/** Kicker, title, subtitle, the main diagram, thesis and wordmark, composed for this canvas's shape. */
export function layoutHero(model: HeroModel, ctx: DiagramContext): HeroLayout {
  const { metrics: m, theme } = ctx;
  const texts: FrameTexts = { kicker: model.kicker ?? { text: theme.label, field: 'theme.label' }, title: model.title, brand: theme.wordmark };
  if (model.subtitle) texts.subtitle = model.subtitle;
  if (model.thesis) texts.thesis = model.thesis;
  const { frame, embedded } = search(model, ctx, texts);
  const warnings: Warning[] = truncationWarnings([...frame.texts, ...frame.panels.map((p) => p.text)]);
  const layout: HeroLayout = { diagram: 'hero', width: m.width, height: m.height, margin: m.margin, minFontSize: m.minFont, nodes: [], edges: [], texts: frame.texts, panels: frame.panels, warnings, composition: frame.composition };
  if (!embedded) {
    warnings.push({ field: model.main.type.name, message: `the ${model.main.type.name} does not fit a ${m.width}x${m.height} hero; drawn without it (try a larger --size)` });
    return layout;
  }
  const shifted = shiftLayout(embedded.layout, embedded.shift, ctx.text);
  layout.nodes = shifted.nodes;
  layout.edges = shifted.edges;
  layout.texts = [...frame.texts, ...shifted.texts];
  layout.panels = [...frame.panels, ...shifted.panels];
  layout.warnings = [...warnings, ...embedded.layout.warnings];
  layout.embedded = embedded;
  return layout;
}
