import { NO_ALT } from '../cards/scene.js';
import type { DiagramType } from '../types.js';
import { layersAlt } from './alt.js';
import { layoutLayers } from './layout.js';
import { hasLayerData, layersModel, type LayersModel } from './model.js';
import { layersScene } from './scene.js';

export const layers: DiagramType<LayersModel> = {
  name: 'layers',
  description: 'the five-layer overview of one analysis: one band per layer with data',
  available: hasLayerData,
  model: layersModel,
  layout: layoutLayers,
  alt: layersAlt,
  scene: (layout, theme, _ctx, alt) => layersScene(layout, theme, alt ?? NO_ALT),
};
