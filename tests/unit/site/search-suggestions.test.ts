import { describe, expect, it } from 'vitest';
import { editDistance, nearestNames } from '../../../src/site/search-suggestions.ts';

const names = [
  { naam: 'Gent', pad: '/gemeenten/gent/' },
  { naam: 'Genk', pad: '/gemeenten/genk/' },
  { naam: 'Kessel-Lo', pad: '/gemeenten/leuven/' },
  { naam: 'Onderwijs', pad: '/sectoren/onderwijs/' },
];

describe('search suggestions', () => {
  it('counts a swap of neighbours as one edit', () => {
    expect(editDistance('gnet', 'gent')).toBe(1);
    expect(editDistance('ondewrijs', 'onderwijs')).toBe(1);
    expect(editDistance('abcdef', 'uvwxyz')).toBeGreaterThan(2);
  });
  it('suggests the nearest names, ignoring case, accents, dashes', () => {
    // Four letters allow one edit: Genk is two away from "gnet".
    expect(nearestNames('gnet', names).map((s) => s.naam)).toEqual(['Gent']);
    expect(nearestNames('kessello', names).map((s) => s.pad)).toEqual(['/gemeenten/leuven/']);
    expect(nearestNames('ondrewijs', names).map((s) => s.naam)).toEqual(['Onderwijs']);
    expect(nearestNames('xy', names)).toEqual([]);
  });
});
