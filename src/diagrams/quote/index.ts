import { NO_ALT } from '../cards/scene.js';
import type { DiagramType } from '../types.js';
import { quoteAlt } from './alt.js';
import { layoutQuote } from './layout.js';
import { quoteModel, type QuoteModel } from './model.js';
import { quoteScene } from './scene.js';

export const quote: DiagramType<QuoteModel> = {
  name: 'quote',
  description: 'the synthesis as a pull-quote card with the frameworks applied (Layer 4)',
  available: (a) => a.synthesis !== undefined,
  model: quoteModel,
  layout: layoutQuote,
  alt: quoteAlt,
  scene: (layout, theme, _ctx, alt) => quoteScene(layout, theme, alt ?? NO_ALT),
};
