import type { Analysis, ValidationIssue } from '../analysis/types.js';
import { validateText } from '../analysis/validate.js';
import { themeForAnalysis } from '../io/themes.js';
import { defaultRenderer } from '../render/default-renderer.js';
import type { RenderedDiagram } from '../render/render.js';
import { outputSetFor } from './registry.js';
import type { OutputFile, OutputOptions } from './types.js';

export type OutputsResult =
  | { ok: true; id: string; files: OutputFile[]; rendered: RenderedDiagram[] }
  | { ok: false; errors: ValidationIssue[] };

/** Validates and renders one analysis text into its output files, in memory; nothing is written here. */
export function renderOutputsFromText(text: string, opts: OutputOptions): OutputsResult {
  const v = validateText(text);
  if (!v.ok) return { ok: false, errors: v.errors };
  return renderOutputs(v.analysis, opts);
}

/** Renders an already validated analysis into the files of its output set (standard or a profile). */
export function renderOutputs(analysis: Analysis, opts: OutputOptions): Extract<OutputsResult, { ok: true }> {
  const theme = themeForAnalysis(analysis.theme, opts.theme);
  const set = outputSetFor(opts);
  const rendered = defaultRenderer().render(analysis, {
    theme,
    size: opts.size,
    diagrams: opts.diagrams,
    formats: set.formats(opts.formats),
    ...(opts.scale !== undefined ? { scale: opts.scale } : {}),
    ...(opts.heroDiagram !== undefined ? { heroDiagram: opts.heroDiagram } : {}),
    ...(opts.maxBytes !== undefined ? { maxBytes: opts.maxBytes } : {}),
  });
  return { ok: true, id: analysis.id, ...set.files(rendered, analysis, opts) };
}
