import { NO_ALT } from '../cards/scene.js';
import type { DiagramType } from '../types.js';
import { moatAlt } from './alt.js';
import { layoutMoat } from './layout.js';
import { moatModel, type MoatModel } from './model.js';
import { moatScene } from './scene.js';

export const moat: DiagramType<MoatModel> = {
  name: 'moat',
  description: 'the moat and the patterns it rests on (Layer 3)',
  available: (a) => a.moat !== undefined,
  model: moatModel,
  layout: layoutMoat,
  alt: moatAlt,
  scene: (layout, theme, _ctx, alt) => moatScene(layout, theme, alt ?? NO_ALT),
};
