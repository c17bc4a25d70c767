import type { Analysis, ValidationIssue } from '../analysis/types.js';
import { validateText } from '../analysis/validate.js';
import { themeForAnalysis, type ThemeLookup } from '../io/themes.js';
import { rendererFor } from '../render/default-renderer.js';
import type { RenderedDiagram } from '../render/render.js';
import { outputSetFor } from './registry.js';
import { isVisintError, VisintError } from '../errors.js';
import { DEFAULT_RENDER_BUDGET_MS, withBudget } from '../render/budget.js';
import { selectDiagrams } from '../render/render.js';
import { checkSize } from '../render/sizes.js';
import { findDiagram } from '../diagrams/registry.js';
import type { DiagramFailure, OutputFile, OutputOptions } from './types.js';

/**
 * A render of one analysis. Diagrams are drawn one by one: one that fails is reported in
 * `failures` (with its reason) and the others are still rendered; `skipped` lists named
 * diagrams whose section the analysis lacks when `missing: 'skip'`.
 */
export type OutputsResult =
  | { ok: true; id: string; files: OutputFile[]; rendered: RenderedDiagram[]; failures: DiagramFailure[]; skipped: string[] }
  | { ok: false; errors: ValidationIssue[] };

function failureOf(diagram: string, e: unknown): DiagramFailure {
  if (isVisintError(e)) return { diagram, kind: e.kind, message: e.message, ...(e.stack ? { stack: e.stack } : {}) };
  const err = e instanceof Error ? e : new Error(String(e));
  return { diagram, kind: 'render-failed', message: err.message, ...(err.stack ? { stack: err.stack } : {}) };
}

/** The diagrams to draw: every one the analysis has data for, or the named ones (unknown names throw; missing sections throw or are skipped). */
function chooseDiagrams(analysis: Analysis, opts: OutputOptions): { names: string[]; skipped: string[] } {
  if (opts.diagrams === 'all' || opts.missing !== 'skip') return { names: selectDiagrams(analysis, opts.diagrams).map((d) => d.name), skipped: [] };
  const skipped = opts.diagrams.filter((name) => findDiagram(name)?.available(analysis) === false);
  const names = opts.diagrams.filter((name) => !skipped.includes(name));
  selectDiagrams(analysis, names); // unknown names still throw
  return { names, skipped };
}

/** Validates and renders one analysis text into its output files, in memory; nothing is written here. */
export function renderOutputsFromText(text: string, opts: OutputOptions): OutputsResult {
  const v = validateText(text);
  if (!v.ok) return { ok: false, errors: v.errors };
  return renderOutputs(v.analysis, opts);
}

/** Renders an already validated analysis into the files of its output set (standard or a profile). */
export function renderOutputs(analysis: Analysis, opts: OutputOptions): Extract<OutputsResult, { ok: true }> {
  const theme = themeForAnalysis(analysis.theme, opts.theme, themeLookup(opts));
  const set = outputSetFor(opts);
  // an invalid size or scale is the caller's mistake for every diagram alike: thrown, not a per-diagram failure
  checkSize(opts.size);
  const scale = opts.scale ?? opts.size.scale ?? 1;
  if (!Number.isInteger(scale) || scale < 1 || scale > 4) throw new VisintError('unsupported-size', `scale must be a whole number from 1 to 4, got ${scale}`);
  const { names, skipped } = chooseDiagrams(analysis, opts);
  const rendered: RenderedDiagram[] = [];
  const failures: DiagramFailure[] = [];
  // one work budget for the whole analysis; running out of it ends the render rather than one diagram
  withBudget(opts.deadline ?? DEFAULT_RENDER_BUDGET_MS, () => {
    for (const name of names) {
      try {
        rendered.push(
          ...rendererFor(theme).render(analysis, {
            theme,
            size: opts.size,
            diagrams: [name],
            formats: set.formats(opts.formats),
            ...(opts.scale !== undefined ? { scale: opts.scale } : {}),
            ...(opts.heroDiagram !== undefined ? { heroDiagram: opts.heroDiagram } : {}),
            ...(opts.maxBytes !== undefined ? { maxBytes: opts.maxBytes } : {}),
          }),
        );
      } catch (e) {
        if (isVisintError(e) && e.kind === 'timeout') throw e;
        failures.push(failureOf(name, e));
      }
    }
  });
  return { ok: true, id: analysis.id, ...set.files(rendered, analysis, opts), failures, skipped };
}

/** The theme folders and default theme of the options (set from visint.config.json by the CLI). */
export function themeLookup(opts: Pick<OutputOptions, 'themeDirs' | 'defaultTheme'>): ThemeLookup {
  return { ...(opts.themeDirs ? { themeDirs: opts.themeDirs } : {}), ...(opts.defaultTheme ? { defaultTheme: opts.defaultTheme } : {}) };
}
