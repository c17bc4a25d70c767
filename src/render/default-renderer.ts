import { bundledFontLoader } from '../io/bundled-fonts.js';
import { Renderer } from './render.js';

let shared: Renderer | undefined;
/** One renderer per process (or worker thread): fonts are parsed once and shaped words are cached. */
export function defaultRenderer(): Renderer {
  return (shared ??= new Renderer(bundledFontLoader()));
}
