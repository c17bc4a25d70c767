import { round2 } from '../../layout/box.js';
import type { DiagramLayout } from '../../layout/types.js';
import { sceneFromLayout } from '../../scene/from-layout.js';
import type { Scene } from '../../scene/types.js';
import type { Theme } from '../../theme/schema.js';
import type { AltText, DiagramContext } from '../types.js';

/**
 * The default painter, with the ring's arcs at the theme's arc width (4 design px) rather than
 * the spoke width: on a flywheel the arrows are the wheel, and carry the most ink.
 */
export function flywheelScene(layout: DiagramLayout, theme: Theme, ctx: DiagramContext, alt?: AltText): Scene {
  const unit = ctx.metrics.unit;
  // the painter sizes strokes from the short side; give it the one that matches this layout's scale
  const side = unit * 630;
  const scene = sceneFromLayout({ ...layout, width: side, height: side }, theme, alt ?? { short: 'Flywheel', long: '' });
  const arcs = new Set(layout.edges.map((e) => e.id));
  const width = round2(Math.max(2, theme.stroke.arc * unit));
  return {
    ...scene,
    width: layout.width,
    height: layout.height,
    items: scene.items.map((it) => (it.type === 'path' && arcs.has(it.id) ? { ...it, strokeWidth: width } : it)),
  };
}
