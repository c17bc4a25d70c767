import { heroMetaJson } from '../diagrams/hero/meta.js';
import type { RenderedDiagram } from '../render/render.js';
import type { OutputFile, OutputSet } from './types.js';

/** `<diagram>.svg`, `<diagram>.png`, `.webp`, `.jpg`, `<diagram>.layout.json`, and `hero.meta.json` beside a hero PNG. */
export function standardFiles(rendered: RenderedDiagram[]): OutputFile[] {
  return rendered.flatMap((r) => [
    ...(r.svg !== undefined ? [{ name: `${r.diagram}.svg`, diagram: r.diagram, format: 'svg' as const, contentType: 'image/svg+xml', data: r.svg }] : []),
    ...(r.png !== undefined ? [{ name: `${r.diagram}.png`, diagram: r.diagram, format: 'png' as const, contentType: 'image/png', data: r.png }] : []),
    ...(r.webp !== undefined ? [{ name: `${r.diagram}.webp`, diagram: r.diagram, format: 'webp' as const, contentType: 'image/webp', data: r.webp }] : []),
    ...(r.jpeg !== undefined ? [{ name: `${r.diagram}.jpg`, diagram: r.diagram, format: 'jpeg' as const, contentType: 'image/jpeg', data: r.jpeg }] : []),
    ...(r.layout !== undefined ? [{ name: `${r.diagram}.layout.json`, diagram: r.diagram, format: 'layout' as const, contentType: 'application/json', data: JSON.stringify(r.layout, null, 2) + '\n' }] : []),
    ...(r.diagram === 'hero' && r.png !== undefined ? [{ name: 'hero.meta.json', diagram: r.diagram, format: 'meta' as const, contentType: 'application/json', data: heroMetaJson({ ...r, png: r.png }) }] : []),
  ]);
}

export const standardSet: OutputSet = {
  name: 'standard',
  formats: (asked) => asked,
  files: (rendered) => ({ files: standardFiles(rendered), rendered }),
};
