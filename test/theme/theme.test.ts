import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listThemes, loadTheme } from '../../src/io/themes.js';
import { contrastRatio } from '../../src/theme/contrast.js';
import { validateTheme } from '../../src/theme/validate.js';

describe('themes', () => {
  it('ships the default teal theme and a light/print theme, both valid', () => {
    expect(listThemes()).toEqual(expect.arrayContaining(['business-engineer', 'business-engineer-light']));
    for (const name of listThemes()) expect(loadTheme(name).name).toBe(name);
    expect(loadTheme('business-engineer').colors.canvas[0]).toBe('#0D7377');
    expect(loadTheme('business-engineer').wordmark).toBe('THE BUSINESS ENGINEER');
  });

  it('computes WCAG contrast (white on #0D7377 is 5.62:1)', () => {
    expect(contrastRatio('#FFFFFF', '#0D7377')).toBeCloseTo(5.62, 2);
    expect(contrastRatio('#000000', '#FFFFFF')).toBeCloseTo(21, 5);
  });

  it('rejects a theme whose text fails 4.5:1 against the worst gradient stop', () => {
    const t = structuredClone(loadTheme('business-engineer'));
    t.colors.canvas = ['#0D7377', '#32E0C4'];
    const r = validateTheme(t);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.map((e) => e.path)).toContain('colors.text');
  });

  it('rejects CSS or markup in a colour field', () => {
    const t = structuredClone(loadTheme('business-engineer')) as unknown as { colors: Record<string, string> };
    t.colors.card = 'red;}</style><script>';
    expect(validateTheme(t).ok).toBe(false);
  });

  it('keeps colour literals out of src/ (colours live in themes/)', () => {
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const f of readdirSync(dir)) {
        const p = join(dir, f);
        if (statSync(p).isDirectory()) walk(p);
        else if (p.endsWith('.ts')) files.push(p);
      }
    };
    walk(join(import.meta.dirname, '..', '..', 'src'));
    const offenders = files.filter((f) => /['"`]#[0-9A-Fa-f]{3,8}['"`]|\brgba?\(/.test(readFileSync(f, "utf8")));
    expect(offenders).toEqual([]);
  });
});
