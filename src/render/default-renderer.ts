import { bundledFontLoader } from '../io/bundled-fonts.js';
import { fontFilesKey, themedFontLoader, themeFonts } from '../io/theme-fonts.js';
import type { FontRole, Theme } from '../theme/schema.js';
import { Renderer } from './render.js';
import { ThemedTextEngine } from './themed-text.js';

let shared: Renderer | undefined;
/** One renderer per process (or worker thread): fonts are parsed once and shaped words are cached. */
export function defaultRenderer(): Renderer {
  return (shared ??= new Renderer(bundledFontLoader()));
}

/** Renderers for themes with their own fonts, by font files; a few at most in one process. */
const themed = new Map<string, Renderer>();
const MAX_THEMED = 8;

/** The renderer that draws this theme: the shared one, or one with the theme's fonts. */
export function rendererFor(theme: Theme): Renderer {
  const files = themeFonts(theme);
  if (!files) return defaultRenderer();
  const key = fontFilesKey(files);
  let r = themed.get(key);
  if (!r) {
    if (themed.size >= MAX_THEMED) themed.delete(themed.keys().next().value!);
    const loader = themedFontLoader(bundledFontLoader(), files);
    const roles = new Set(Object.keys(files).filter((k) => files[k as FontRole] !== undefined) as FontRole[]);
    themed.set(key, (r = new Renderer(loader, new ThemedTextEngine(loader, roles))));
  }
  return r;
}
