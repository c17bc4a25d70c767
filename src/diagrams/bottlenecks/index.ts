import { NO_ALT } from '../cards/scene.js';
import type { DiagramType } from '../types.js';
import { bottlenecksAlt } from './alt.js';
import { layoutBottlenecks } from './layout.js';
import { bottlenecksModel, type BottlenecksModel } from './model.js';
import { bottlenecksScene } from './scene.js';

export const bottlenecks: DiagramType<BottlenecksModel> = {
  name: 'bottlenecks',
  description: 'active vs emerging bottlenecks as tabbed cards (Layer 3)',
  available: (a) => (a.bottlenecks?.length ?? 0) > 0,
  model: bottlenecksModel,
  layout: layoutBottlenecks,
  alt: bottlenecksAlt,
  scene: (layout, theme, _ctx, alt) => bottlenecksScene(layout, theme, alt ?? NO_ALT),
};
