import type { DiagramType } from '../types.js';
import { flywheelAlt } from './alt.js';
import { layoutFlywheel } from './layout.js';
import { flywheelModel, type FlywheelModel } from './model.js';
import { flywheelScene } from './scene.js';

export const flywheel: DiagramType<FlywheelModel> = {
  name: 'flywheel',
  description: 'steps on a ring with clockwise arrows, the hub text in the middle',
  available: (a) => a.flywheel !== undefined,
  model: flywheelModel,
  layout: layoutFlywheel,
  alt: flywheelAlt,
  framed: true,
  scene: flywheelScene,
};
