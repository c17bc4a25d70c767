import type { Analysis } from '../../src/analysis/types.js';
import type { DiagramType } from '../../src/diagrams/types.js';
import type { CanvasSize } from '../../src/render/sizes.js';
import { sceneFromLayout } from '../../src/scene/from-layout.js';
import { layoutProblems, sceneContrastProblems } from './invariants.js';
import { fixtures, lightTheme, renderer, theme } from './render-kit.js';

/** The canvases every card diagram is checked at. */
export const CARD_SIZES: CanvasSize[] = [
  { width: 1200, height: 630 },
  { width: 1080, height: 1350 },
  { width: 1080, height: 1080 },
  { width: 600, height: 400 },
  { width: 1920, height: 1080 },
];

/** Property runs; raise with CARDS_RUNS=500 for a deeper local search. */
export const CARD_RUNS = Number(process.env.CARDS_RUNS ?? 30);

export const metaAnalysis = (): Analysis => fixtures().find((f) => f.name === 'meta-llama.json')!.analysis;

/** Every problem of one render: layout invariants, then text contrast in both bundled themes. */
export function renderProblems(d: DiagramType<any>, a: Analysis, size: CanvasSize): string[] {
  const { layout, alt, ctx } = renderer.layout(a, d, theme, size);
  const paint = (t: typeof theme) => (d.scene ? d.scene(layout, t, ctx, alt) : sceneFromLayout(layout, t, alt));
  return [...layoutProblems(layout), ...sceneContrastProblems(paint(theme)), ...sceneContrastProblems(paint(lightTheme))];
}
