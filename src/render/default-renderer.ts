import { bundledFontLoader } from '../io/bundled-fonts.js';
import { fontFilesKey, themedFontLoader, themeFonts } from '../io/theme-fonts.js';
import type { FontRole, Theme } from '../theme/schema.js';
import { Renderer } from './render.js';
import { loadLogo } from '../io/theme-logo.js';
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
  const files = themeFonts(theme) ?? {};
  if (!themeFonts(theme) && !theme.logo) return defaultRenderer();
  const logo = theme.logo ? loadLogo(theme.logo) : undefined;
  const aspect = logo ? logo.viewBox[2] / logo.viewBox[3] : undefined;
  const key = `${fontFilesKey(files)}|${aspect ?? ''}`;
  let r = themed.get(key);
  if (!r) {
    if (themed.size >= MAX_THEMED) themed.delete(themed.keys().next().value!);
    const loader = Object.keys(files).length ? themedFontLoader(bundledFontLoader(), files) : bundledFontLoader();
    const roles = new Set(Object.keys(files).filter((k) => files[k as FontRole] !== undefined) as FontRole[]);
    themed.set(key, (r = new Renderer(loader, new ThemedTextEngine(loader, roles, aspect))));
  }
  return r;
}
