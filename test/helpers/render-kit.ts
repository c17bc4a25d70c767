import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { Renderer, bundledFontLoader, loadTheme } from '../../src/index.js';
import { validateText, validateAnalysis } from '../../src/analysis/validate.js';
import type { Analysis } from '../../src/analysis/types.js';

/** One renderer for a test file: fonts parsed once, as in a real process. */
export const renderer = new Renderer(bundledFontLoader());
export const theme = loadTheme('business-engineer');
export const lightTheme = loadTheme('business-engineer-light');

export const SIZES = [
  { width: 1200, height: 630 },
  { width: 1080, height: 1080 },
  { width: 1080, height: 1350 },
  { width: 1920, height: 1080 },
  { width: 600, height: 400 },
  { width: 400, height: 400 },
];

/** The canvas shapes issue 10 asks every diagram to hold: og, square, portrait, small square and the two extremes (4:1, 3:8). */
export const SHAPES = [
  { width: 1200, height: 630 },
  { width: 1080, height: 1080 },
  { width: 1080, height: 1350 },
  { width: 400, height: 400 },
  { width: 2400, height: 600 },
  { width: 600, height: 1600 },
];

export const FIXTURES_DIR = join(import.meta.dirname, '..', '..', 'fixtures');

/** Every valid fixture, validated. */
export function fixtures(): { name: string; analysis: Analysis }[] {
  return readdirSync(FIXTURES_DIR)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((name) => {
      const v = validateText(readFileSync(join(FIXTURES_DIR, name), 'utf8'));
      if (!v.ok) throw new Error(`fixture ${name} is invalid: ${JSON.stringify(v.errors)}`);
      return { name, analysis: v.analysis };
    });
}

/** One fixture by file name, validated. */
export function fixture(name: string): Analysis {
  const found = fixtures().find((f) => f.name === name);
  if (!found) throw new Error(`no fixture ${name}`);
  return found.analysis;
}

export function mustValidate(value: unknown): Analysis {
  const v = validateAnalysis(value);
  if (!v.ok) throw new Error(`generated analysis is invalid: ${JSON.stringify(v.errors.slice(0, 3))}`);
  return v.analysis;
}

const WORDS = ['AI', 'data', 'Developer', 'Ecosystem', 'commoditize', 'network', 'effects', 'pricing', 'power', 'Société', 'Générale', 'Ünïcode', 'Ωmega', 'Данные', 'growth', 'flywheel', 'internationalization', 'platform', 'Recruitment', '3.3B', 'users', '&', 'retail', 'cloud', 'Über', 'mañana', 'x', 'supercalifragilistic'];

/** Labels of 1–120 characters built from real-looking words (some long, some accented or non-Latin). */
export const labelArb = fc
  .array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 18 })
  .map((ws) => ws.join(' ').slice(0, 120).trim())
  .filter((s) => s.length > 0);

export const sizeArb = fc.constantFrom(...SIZES);
