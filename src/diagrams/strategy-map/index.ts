import type { DiagramType } from '../types.js';
import { strategyMapAlt } from './alt.js';
import { layoutStrategyMap } from './layout.js';
import { strategyMapModel, type StrategyMapModel } from './model.js';

export const strategyMap: DiagramType<StrategyMapModel> = {
  name: 'strategy-map',
  description: 'hub, satellites and arrows, with title, thesis, caption and wordmark',
  available: (a) => a.strategyMap !== undefined,
  model: strategyMapModel,
  layout: layoutStrategyMap,
  alt: strategyMapAlt,
  framed: true,
};
