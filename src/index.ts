/**
 * visual-intelligence: analysis JSON → branded diagrams (SVG, PNG, layout.json).
 *
 *   import { render, validate } from 'visual-intelligence';
 *   const [map] = render(analysisJson, { diagrams: ['strategy-map'], size: 'og' });
 */
import { VisintError } from './errors.js';
import { validateAnalysis, validateText } from './analysis/validate.js';
import type { Analysis, ValidationIssue, ValidationResult } from './analysis/types.js';
import { themeForAnalysis } from './io/themes.js';
import type { RenderedDiagram } from './render/render.js';
import type { AnalysisInput, DiagramName, Format, SizePreset, SizeSpec } from './api-types.js';
import { rendererFor } from './render/default-renderer.js';
import type { CanvasSize } from './render/sizes.js';
import { checkRenderOptions } from './render/check-options.js';
import type { Theme, ThemeFile } from './theme/schema.js';

export type { Analysis, AnalysisInput, ValidationIssue, ValidationResult, Theme, ThemeFile, RenderedDiagram, Format, CanvasSize, DiagramName, SizePreset, SizeSpec };
export { DIAGRAM_NAMES, SIZE_PRESET_NAMES, FORMATS } from './api-types.js';
export { Renderer, RenderError } from './render/render.js';
export { VisintError, isVisintError, exitCodeFor, httpStatusFor, isRetryable, type ErrorKind, type ErrorIssue } from './errors.js';
export { ThemeError } from './io/themes.js';
export { SizeError } from './render/sizes.js';
export { ConfigError, loadConfig, findConfig, type Config } from './config/config.js';
export { InputError, OutputError } from './cli/io.js';
export { UsageError } from './cli/exit-codes.js';
export { HeroChoiceError } from './diagrams/hero/model.js';
export { EmailCheckError } from './render/email/profile.js';
export { diagrams, diagramNames } from './diagrams/registry.js';
export { SIZE_PRESETS, parseSize } from './render/sizes.js';
export { loadTheme, listThemes } from './io/themes.js';
export { validateTheme } from './theme/validate.js';
export { bundledFontLoader } from './io/bundled-fonts.js';
export { svgToPng } from './render/png.js';
export { defaultRenderer, rendererFor } from './render/default-renderer.js';
export { renderOutputs, renderOutputsFromText, outputSets, outputSetFor, standardFiles, type OutputFile, type OutputOptions, type OutputSet, type OutputsResult } from './outputs/index.js';

/** Thrown by render() when the analysis is invalid; `issues` name JSON paths. */
export class AnalysisError extends VisintError {
  constructor(issues: ValidationIssue[]) {
    super('invalid-input', `invalid analysis:\n${issues.map((i) => `  ${i.path || '(root)'}: ${i.message}`).join('\n')}`, issues);
    this.name = 'AnalysisError';
  }
}

/** Validates analysis JSON given as text or as a parsed value. */
export function validate(input: string | AnalysisInput | unknown): ValidationResult {
  return typeof input === 'string' ? validateText(input) : validateAnalysis(input);
}

export interface RenderApiOptions {
  diagrams?: DiagramName[] | 'all';
  formats?: Format[];
  /** theme name (from themes/), path to a theme file, or a theme object (validated like a file; may `extends`) */
  theme?: string | Theme | ThemeFile;
  /** preset name (og, square, …), 'WxH', or a size object */
  size?: SizeSpec | CanvasSize;
  scale?: number;
  /** the hero's main diagram (default: strategy-map, else flywheel, else chain) */
  heroDiagram?: Exclude<DiagramName, 'hero'>;
  /** work budget in milliseconds (default 60 000): past it, render() throws VisintError kind 'timeout' */
  deadline?: number;
  /** theme folders searched by name before the bundled themes */
  themeDirs?: string[];
}


/** Renders an analysis (text, parsed JSON or validated Analysis) into the chosen diagrams. */
export function render(input: string | AnalysisInput | unknown, options: RenderApiOptions = {}): RenderedDiagram[] {
  const checked = checkRenderOptions(options);
  // the theme object's contents are checked by the theme layer; here only its type
  if (options.theme !== undefined && (options.theme === null || (typeof options.theme !== 'string' && typeof options.theme !== 'object'))) throw new VisintError('invalid-theme', `theme must be a theme name, a theme file path or a Theme object, got ${options.theme === null ? 'null' : typeof options.theme}`);
  const v = validate(input);
  if (!v.ok) throw new AnalysisError(v.errors);
  const analysis: Analysis = v.analysis;
  const theme = themeForAnalysis(analysis.theme, options.theme, options.themeDirs ? { themeDirs: options.themeDirs } : {});
  return rendererFor(theme).render(analysis, { theme, ...checked });
}
export { renderAsync, closeRenderWorker } from './render-async.js';
