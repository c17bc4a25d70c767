import { validateText } from '../analysis/validate.js';
import type { Analysis, ValidationIssue } from '../analysis/types.js';
import { defaultRenderer } from '../index.js';
import { themeForAnalysis } from '../io/themes.js';
import type { RenderedDiagram } from '../render/render.js';
import type { RenderCliOptions } from './options.js';
import { heroMetaJson } from '../diagrams/hero/meta.js';
import { emailFiles } from '../render/email/profile.js';

/** One output file, named relative to OUT/<id>/. */
export interface OutputFile {
  name: string;
  diagram: string;
  format: 'svg' | 'png' | 'layout' | 'html' | 'meta';
  data: string | Uint8Array;
}

export type FileRender =
  | { ok: true; id: string; files: OutputFile[]; rendered: RenderedDiagram[] }
  | { ok: false; errors: ValidationIssue[] };

/** The file names a render writes: `<diagram>.svg`, `<diagram>.png`, `<diagram>.layout.json`. */
export function outputFiles(rendered: RenderedDiagram[]): OutputFile[] {
  return rendered.flatMap((r) => [
    ...(r.svg !== undefined ? [{ name: `${r.diagram}.svg`, diagram: r.diagram, format: 'svg' as const, data: r.svg }] : []),
    ...(r.png !== undefined ? [{ name: `${r.diagram}.png`, diagram: r.diagram, format: 'png' as const, data: r.png }] : []),
    ...(r.layout !== undefined ? [{ name: `${r.diagram}.layout.json`, diagram: r.diagram, format: 'layout' as const, data: JSON.stringify(r.layout, null, 2) + '\n' }] : []),
    ...(r.diagram === 'hero' && r.png !== undefined ? [{ name: 'hero.meta.json', diagram: r.diagram, format: 'meta' as const, data: heroMetaJson({ ...r, png: r.png }) }] : []),
  ]);
}

/** The email profile's files (`<d>@2x.png`, `<d>.svg`, `<d>.html`, plus layout.json when asked); its warnings join the diagram's. */
function emailOutput(rendered: RenderedDiagram[]): { files: OutputFile[]; rendered: RenderedDiagram[] } {
  const files: OutputFile[] = [];
  const out = rendered.map((r) => {
    const e = emailFiles(r);
    files.push(...e.files, ...outputFiles([{ ...r, svg: undefined }]));
    return { ...r, warnings: [...r.warnings, ...e.warnings] };
  });
  return { files, rendered: out };
}

/** Validates and renders one analysis text entirely in memory; nothing is written here. */
export function renderText(text: string, opts: RenderCliOptions): FileRender {
  const v = validateText(text);
  if (!v.ok) return { ok: false, errors: v.errors };
  return renderAnalysis(v.analysis, opts);
}

/** Renders an already validated analysis into its output files, in memory. */
export function renderAnalysis(analysis: Analysis, opts: RenderCliOptions): Extract<FileRender, { ok: true }> {
  const theme = themeForAnalysis(analysis.theme, opts.theme);
  const email = opts.profile === 'email';
  const formats = email ? (['svg', ...opts.formats.filter((f) => f === 'layout')] as const) : opts.formats;
  const rendered = defaultRenderer().render(analysis, { theme, size: opts.size, diagrams: opts.diagrams, formats: [...formats], ...(opts.scale !== undefined ? { scale: opts.scale } : {}), ...(opts.heroDiagram !== undefined ? { heroDiagram: opts.heroDiagram } : {}) });
  if (email) return { ok: true, id: analysis.id, ...emailOutput(rendered) };
  return { ok: true, id: analysis.id, files: outputFiles(rendered), rendered };
}
