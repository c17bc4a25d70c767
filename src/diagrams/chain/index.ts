import type { DiagramType } from '../types.js';
import { chainAlt } from './alt.js';
import { layoutChain } from './layout.js';
import { chainModel, type ChainModel } from './model.js';

export const chain: DiagramType<ChainModel> = {
  name: 'chain',
  description: 'the numbered logic chain of the strategy as a flow of cards',
  available: (a) => a.strategy?.chain !== undefined && a.strategy.chain.length > 0,
  model: chainModel,
  layout: layoutChain,
  alt: chainAlt,
  framed: true,
};
