import type { Analysis } from '../analysis/types.js';
import type { RenderedDiagram, Format } from '../render/render.js';
import type { CanvasSize } from '../render/sizes.js';
import type { Theme, ThemeFile } from '../theme/schema.js';
import type { ErrorKind } from '../errors.js';

/** A diagram that could not be drawn; the others of the same analysis are still rendered. */
export interface DiagramFailure {
  diagram: string;
  kind: ErrorKind;
  message: string;
  /** the stack of an unexpected error, for --debug */
  stack?: string;
}

/** One output file of a render, named relative to `<out>/<analysis id>/`. */
export interface OutputFile {
  name: string;
  diagram: string;
  format: 'svg' | 'png' | 'webp' | 'jpeg' | 'layout' | 'html' | 'meta';
  /** MIME type, for front ends that serve the bytes */
  contentType: string;
  data: string | Uint8Array;
}

/** What every front end (CLI, batch, HTTP service, queue worker) asks of the output layer. */
export interface OutputOptions {
  diagrams: string[] | 'all';
  formats: Format[];
  /** theme name, theme file path, or a Theme object; default: the analysis's theme */
  theme?: string | Theme | ThemeFile;
  size: CanvasSize;
  /** PNG density 1–4 */
  scale?: number;
  /** the hero's main diagram */
  heroDiagram?: string;
  /** work budget of the render in ms (default 60 000); over it: VisintError 'timeout' */
  deadline?: number;
  /** 'email': the newsletter file set */
  profile?: 'email';
  /**
   * A named diagram whose section the analysis lacks: 'error' (default) refuses the whole
   * render; 'skip' leaves it out and lists it in `skipped` (batch over mixed analyses).
   */
  missing?: 'error' | 'skip';
  /** folders searched for themes by name before the bundled ones (from visint.config.json) */
  themeDirs?: string[];
  /** the theme when neither `theme` nor the analysis names one */
  defaultTheme?: string;
  /** where the images will be hosted: the email snippets' src becomes `<baseUrl>/<analysis id>/<file>` */
  baseUrl?: string;
  /** PNG byte budget (default for the email profile: EMAIL_TARGET_BYTES) */
  maxBytes?: number;
}

/**
 * An output set: turns the rendered diagrams into files. One file per set under outputs/; the
 * registry picks the set by the options (the standard set, or a profile).
 */
export interface OutputSet {
  name: string;
  /** the formats the renderer must produce for this set, given the formats asked for */
  formats(asked: Format[]): Format[];
  files(rendered: RenderedDiagram[], analysis: Analysis, opts: OutputOptions): { files: OutputFile[]; rendered: RenderedDiagram[] };
}
