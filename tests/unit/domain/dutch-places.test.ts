// Page addresses of Dutch municipalities: a published address stays with its municipality, the
// code alias is never taken for the page itself, and a Flemish page's address is never taken.
import { describe, expect, it } from 'vitest';
import {
  dutchMunicipalities,
  dutchProvinces,
  shortName,
} from '../../../src/domain/dutch-places.ts';

const org = (id: string, name: string, peildatum = '2026-04-15') => ({
  instelling_id: id,
  instelling: `Gemeente ${name}`,
  provincie: 'Zuid-Holland',
  peildatum,
});

describe('Dutch municipality addresses', () => {
  it('names a municipality without "Gemeente" and after its latest export', () => {
    expect(shortName('Gemeente Amsterdam')).toBe('Amsterdam');
    const [m] = dutchMunicipalities(
      [
        org('gm0363', 'Amsterdam', '2023-10-10'),
        { ...org('gm0363', 'Amsterdam'), provincie: 'Noord-Holland' },
      ],
      new Map(),
      new Set(),
      new Map(),
    );
    expect(m).toMatchObject({ naam: 'Amsterdam', slug: 'amsterdam', provincie: 'Noord-Holland' });
  });

  it('gives a name a Flemish page holds a suffix, and keeps a published address', () => {
    const taken = new Set(['zwijndrecht']);
    const fresh = dutchMunicipalities([org('gm0642', 'Zwijndrecht')], new Map(), taken, new Map());
    expect(fresh[0]!.slug).toBe('zwijndrecht-nl');
    // Published before under another address: it keeps that one, not its code's alias.
    const published = new Map([
      ['gm0642', 'gemeente:gm0642'],
      ['zwijndrecht-nl', 'gemeente:gm0642'],
    ]);
    expect(
      dutchMunicipalities([org('gm0642', 'Zwijndrecht')], new Map(), taken, published)[0]!.slug,
    ).toBe('zwijndrecht-nl');
  });

  it('never lets a new municipality take an address another one published', () => {
    const published = new Map([['rijswijk', 'gemeente:gm9999']]);
    const [m] = dutchMunicipalities([org('gm0603', 'Rijswijk')], new Map(), new Set(), published);
    expect(m!.slug).toBe('rijswijk-nl');
  });

  it('adds the names readers search for, and gives Limburg a suffix beside the Flemish province', () => {
    const names = new Map([
      ['gm0518', { naam: "'s-Gravenhage", aliassen: ['Den Haag'], plaatsen: ['Scheveningen'] }],
    ]);
    const [m] = dutchMunicipalities([org('gm0518', "'s-Gravenhage")], names, new Set(), new Map());
    expect(m!.aliassen).toEqual(['Den Haag']);
    expect(m!.plaatsen).toEqual(['Scheveningen']);
    const provinces = dutchProvinces(
      new Set(['limburg', 'antwerpen']),
      new Map([['FR', ['Friesland']]]),
    );
    expect(provinces.find((p) => p.afkorting === 'LB')!.slug).toBe('limburg-nl');
    expect(provinces.find((p) => p.afkorting === 'FR')).toMatchObject({
      slug: 'fryslan',
      aliassen: ['Friesland'],
    });
  });
});
