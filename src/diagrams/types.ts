import type { Analysis } from '../analysis/types.js';
import type { CanvasMetrics } from '../layout/metrics.js';
import type { DiagramLayout } from '../layout/types.js';
import type { Theme } from '../theme/schema.js';
import type { TextEngine } from '../text/engine.js';
import type { Scene } from '../scene/types.js';

export interface DiagramContext {
  metrics: CanvasMetrics;
  theme: Theme;
  text: TextEngine;
  /**
   * 'none': lay out without the frame texts (title, thesis, caption, wordmark); the whole
   * canvas inside the margin is the diagram's. Set when a composition (the hero) draws its own.
   */
  frame?: 'none';
  /** the hero's main diagram, by name (`--hero-diagram`); unset = its default choice */
  heroDiagram?: string;
}

export type { AltText } from '../scene/types.js';
import type { AltText } from '../scene/types.js';

/**
 * One kind of diagram: a record of stage functions (Vega's mark records). Adding a diagram
 * means adding a folder and one line in the registry.
 */
export interface DiagramType<M = unknown> {
  name: string;
  description: string;
  /** the analysis has the section this diagram draws from */
  available(a: Analysis): boolean;
  model(a: Analysis, ctx?: DiagramContext): M;
  layout(model: M, ctx: DiagramContext): DiagramLayout;
  alt(model: M): AltText;
  /** its layout draws the shared frame (layoutFrame), which can tighten to give the diagram room (metrics.tightFrame) */
  framed?: true;
  /** optional custom scene; the default paints nodes, edges, panels and texts from the theme */
  scene?(layout: DiagramLayout, theme: Theme, ctx: DiagramContext, alt?: AltText): Scene;
}
