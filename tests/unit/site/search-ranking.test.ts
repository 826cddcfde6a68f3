import { describe, expect, it } from 'vitest';
import { exactNamesFirst, excerptFromTerms, namesMatch } from '../../../src/site/search-ranking.ts';

describe('exact names first', () => {
  it('moves a page whose title or name equals the query to the top, keeping the rest in order', () => {
    const results = [
      { title: 'Utrechtse Heuvelrug' },
      { title: 'Utrecht', namen: 'Utrecht|Gemeente Utrecht' },
      { title: 'Bunnik' },
      { title: 'Provincie Utrecht', namen: 'Utrecht' },
    ];
    expect(exactNamesFirst('Utrecht', results)).toEqual([1, 3, 0, 2]);
    expect(exactNamesFirst('Bunnik', results)).toEqual([2, 0, 1, 3]);
    expect(exactNamesFirst('Amersfoort', results)).toEqual([0, 1, 2, 3]);
  });

  it("matches official and common names however they are spelled ('s-Gravenhage, Súdwest-Fryslân)", () => {
    const denHaag = { title: 'Den Haag', namen: "Den Haag|'s-Gravenhage|Gemeente 's-Gravenhage" };
    expect(namesMatch("'s-Gravenhage", denHaag)).toBe(true);
    expect(namesMatch('s gravenhage', denHaag)).toBe(true);
    expect(namesMatch('den haag', denHaag)).toBe(true);
    expect(namesMatch('Haag', denHaag)).toBe(false);
    expect(namesMatch('Sudwest Fryslan', { title: 'Súdwest-Fryslân' })).toBe(true);
    expect(namesMatch('Gent', { title: 'Gent (gemeente)' })).toBe(true);
    expect(namesMatch('', { title: 'Gent' })).toBe(false);
  });
});

describe('excerpts from the hidden search terms', () => {
  it('are recognised when they lie wholly inside the terms, marks and ellipsis aside', () => {
    const terms = 'Zoektermen: Groningen Garmerwolde Glimmen Haren Haren Gn HarenGn gemeente raad';
    expect(excerptFromTerms('Garmerwolde <mark>Glimmen</mark> Haren…', terms)).toBe(true);
    expect(
      excerptFromTerms('De gemeenteraad van <mark>Groningen</mark> telt 45 zetels', terms),
    ).toBe(false);
    expect(excerptFromTerms('Glimmen', undefined)).toBe(false);
  });
});
