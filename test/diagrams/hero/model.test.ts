import { describe, expect, it } from 'vitest';
import { findDiagram } from '../../../src/diagrams/registry.js';
import { chooseMain, HeroChoiceError } from '../../../src/diagrams/hero/model.js';
import { fixtures, mustValidate } from '../../helpers/render-kit.js';

const hero = findDiagram('hero')!;
const meta = fixtures().find((f) => f.name === 'meta-llama.json')!.analysis;

describe('hero main diagram choice', () => {
  it('prefers the strategy map, then the flywheel, then the chain', () => {
    expect(chooseMain(meta, findDiagram)!.name).toBe('strategy-map');
    const noMap = { ...meta, strategyMap: undefined };
    const second = chooseMain(noMap, findDiagram);
    if (findDiagram('flywheel')) expect(second!.name).toBe('flywheel');
  });

  it('takes --hero-diagram when the analysis has the section, and refuses otherwise', () => {
    if (findDiagram('flywheel')) expect(chooseMain(meta, findDiagram, 'flywheel')!.name).toBe('flywheel');
    expect(() => chooseMain(meta, findDiagram, 'hero')).toThrow(HeroChoiceError);
    expect(() => chooseMain(meta, findDiagram, 'no-such-diagram')).toThrow(/not a diagram/);
    const bare = mustValidate({ version: 1, title: 'Only a title', strategyMap: { center: 'Hub', nodes: ['A'] } });
    if (findDiagram('flywheel')) expect(() => chooseMain(bare, findDiagram, 'flywheel')).toThrow(/needs a section/);
  });

  it('is available only when a main diagram is', () => {
    expect(hero.available(meta)).toBe(true);
    expect(hero.available(mustValidate({ version: 1, title: 'Only a title' }))).toBe(false);
  });

  it('alt text leads with the headline and carries the diagram\'s message', () => {
    const model = hero.model(meta);
    const alt = hero.alt(model);
    expect(alt.short.startsWith(meta.title)).toBe(true);
    expect(alt.short).toContain('Open Source = Competitive Weapon');
    expect(alt.long).toContain('Developer Ecosystem');
  });
});
