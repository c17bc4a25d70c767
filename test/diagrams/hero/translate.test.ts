import { describe, expect, it } from 'vitest';
import { shiftPath } from '../../../src/diagrams/hero/translate.js';

describe('shiftPath(d, shift)', () => {
  const s = { dx: 10, dy: 100 };

  it('moves absolute coordinates of every command', () => {
    expect(shiftPath('M1 2L3 4Q5 6 7 8C1 2 3 4 5 6Z', s)).toBe('M11 102L13 104Q15 106 17 108C11 102 13 104 15 106Z');
    expect(shiftPath('M0,0H5V7T1,1S2 2 3 3', s)).toBe('M10 100H15V107T11 101S12 102 13 103');
  });

  it('moves only the end point of an arc, never its radii, rotation or flags', () => {
    expect(shiftPath('M0 0A50 40 0 1 1 20 30', s)).toBe('M10 100A50 40 0 1 1 30 130');
  });

  it('leaves relative commands alone except an opening relative moveto', () => {
    expect(shiftPath('m1 2l3 4h5v6a1 1 0 0 1 2 2z', s)).toBe('m11 102l3 4h5v6a1 1 0 0 1 2 2z');
    expect(shiftPath('M1 2m3 4', s)).toBe('M11 102m3 4');
  });

  it('reads compact numbers (signs, leading dots, exponents) and rounds to 0.01', () => {
    expect(shiftPath('M-1.5.5L1e1-2', { dx: 0.333, dy: 0 })).toBe('M-1.17 0.5L10.33 -2');
  });
});
