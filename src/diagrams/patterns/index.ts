import type { DiagramType } from '../types.js';
import { patternsAlt } from './alt.js';
import { layoutPatterns } from './layout.js';
import { patternsModel, type PatternsModel } from './model.js';
import { patternsScene } from './scene.js';
import { NO_ALT } from '../cards/scene.js';

export const patterns: DiagramType<PatternsModel> = {
  name: 'patterns',
  description: 'numbered mental-model badges (Layer 1) in a grid',
  available: (a) => (a.patterns?.length ?? 0) > 0,
  model: patternsModel,
  layout: layoutPatterns,
  alt: patternsAlt,
  scene: (layout, theme, _ctx, alt) => patternsScene(layout, theme, alt ?? NO_ALT),
};
