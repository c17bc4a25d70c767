import type { DiagramType } from '../types.js';
import { heroAlt } from './alt.js';
import { layoutHero, type HeroLayout } from './layout.js';
import { chooseMain, heroModel, type DiagramLookup, type HeroModel } from './model.js';
import { heroScene } from './scene.js';

/**
 * The article hero: kicker, title (and subtitle), the main diagram, thesis and wordmark,
 * composed for the canvas's shape. Built with the registry's lookup so it can embed any
 * registered diagram without importing the registry (no cycle).
 */
export function heroDiagram(lookup: DiagramLookup): DiagramType<HeroModel> {
  return {
    name: 'hero',
    description: 'article hero image: title, the main diagram, thesis and wordmark, for social sizes',
    available: (a) => chooseMain(a, lookup) !== undefined,
    model: (a, ctx) => heroModel(a, lookup, ctx),
    layout: layoutHero,
    alt: heroAlt,
    scene: (layout, theme, ctx, alt) => heroScene(layout as HeroLayout, theme, ctx, alt),
  };
}
