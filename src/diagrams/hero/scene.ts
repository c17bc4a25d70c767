import { round2 } from '../../layout/box.js';
import { sceneFromLayout, sceneOf } from '../../scene/from-layout.js';
import type { Scene, SceneItem } from '../../scene/types.js';
import { worstContrast } from '../../theme/contrast.js';
import type { Theme } from '../../theme/schema.js';
import type { AltText, DiagramContext } from '../types.js';
import type { Embedded } from './embed.js';
import type { HeroLayout } from './layout.js';
import { shiftItems } from './translate.js';

/** The embedded diagram's own scene (its custom painter if it has one), moved into the hero's canvas. */
function diagramItems(e: Embedded, theme: Theme, hero: DiagramContext): SceneItem[] {
  const { layout, ctx, main } = e;
  // the default painter sizes strokes and radii from the canvas's short side; give it the
  // side that matches the slot's design scale, so the diagram looks as it does on its own
  const side = ctx.metrics.unit * 630;
  const scene = main.type.scene ? main.type.scene(layout, theme, ctx, main.alt) : sceneFromLayout({ ...layout, width: side, height: side }, theme, main.alt);
  return shiftItems(scene.items, e.shift, hero.text, 'diagram-');
}

/** Frame: accent bar and kicker, title, subtitle, wordmark on the canvas; thesis on the highlight pill. */
function frameItems(l: HeroLayout, theme: Theme, unit: number): SceneItem[] {
  const c = theme.colors;
  const items: SceneItem[] = [];
  const frameTexts = l.texts.filter((t) => ['kicker', 'title', 'subtitle', 'brand'].includes(t.role));
  const kicker = frameTexts.find((t) => t.role === 'kicker');
  if (kicker) {
    const h = Math.max(3, Math.round(4 * unit));
    const cy = kicker.box.y + kicker.box.height / 2;
    items.push({ type: 'rect', id: 'hero-accent', x: l.margin, y: round2(cy - h / 2), width: Math.round(28 * unit), height: h, rx: round2(h / 2), fill: c.edge });
  }
  for (const t of frameTexts) {
    const muted = t.role === 'subtitle' || t.role === 'kicker';
    items.push({ type: 'text', id: `hero-${t.role}`, text: t, fill: muted ? c.textMuted : c.text, on: [...c.canvas] });
  }
  for (const p of l.panels.filter((x) => x.role === 'thesis' && x.id === 'thesis')) {
    const b = p.box;
    // on light themes the pill barely differs from the canvas: give it a border so it still reads
    const border = worstContrast(c.highlight, c.canvas) < 1.5 ? { stroke: c.highlightText, strokeWidth: round2(theme.stroke.border * Math.max(1, unit * 0.75)) } : {};
    items.push({ type: 'rect', id: 'hero-thesis', x: round2(b.x), y: round2(b.y), width: round2(b.width), height: round2(b.height), rx: round2(p.shape === 'pill' ? b.height / 2 : theme.radius.card * unit), fill: c.highlight, ...border });
    items.push({ type: 'text', id: 'hero-thesis-text', text: p.text, fill: c.highlightText, on: [c.highlight] });
  }
  return items;
}

/** The whole hero as one flat scene: diagram first, frame on top, canvas and shadow of the theme. */
export function heroScene(layout: HeroLayout, theme: Theme, ctx: DiagramContext, alt: AltText = { short: 'Article hero', long: '' }): Scene {
  const unit = ctx.metrics.unit;
  const items = [...(layout.embedded ? diagramItems(layout.embedded, theme, ctx) : []), ...frameItems(layout, theme, unit)];
  return sceneOf(layout, theme, unit, alt, items);
}
