import { describe, expect, it } from 'vitest';
import {
  classifyFunctie,
  isActiveOn,
  isGelijkeKansen,
  normaliseGeslacht,
  toBrusselsDate,
} from '../../../src/domain/mandaten.ts';

describe('toBrusselsDate', () => {
  it('reads local midnight stored as 23:00Z (winter) and 22:00Z (summer)', () => {
    expect(toBrusselsDate('2018-12-31T23:00:00Z')).toBe('2019-01-01');
    expect(toBrusselsDate('2023-10-22T22:00:00Z')).toBe('2023-10-23');
    expect(toBrusselsDate('2023-10-28T22:00:00Z')).toBe('2023-10-29');
    expect(toBrusselsDate('2023-10-29T23:00:00Z')).toBe('2023-10-30');
    expect(toBrusselsDate('2023-03-25T23:00:00Z')).toBe('2023-03-26');
    expect(toBrusselsDate('2023-03-26T22:00:00Z')).toBe('2023-03-27');
  });
  it('accepts offsets, plain dates and rejects garbage', () => {
    expect(toBrusselsDate('2019-01-01T00:00:00+01:00')).toBe('2019-01-01');
    expect(toBrusselsDate('2019-01-02')).toBe('2019-01-02');
    expect(toBrusselsDate('2019-01-02T10:00:00')).toBe('2019-01-02');
    expect(toBrusselsDate('gisteren')).toBeNull();
    expect(toBrusselsDate('')).toBeNull();
  });
});

describe('isActiveOn', () => {
  const m = { startDate: '2019-01-01', endDate: '2023-10-23', statusLabel: 'Effectief' };
  it('includes the start day and excludes the end day', () => {
    expect(isActiveOn(m, '2019-01-01')).toBe(true);
    expect(isActiveOn(m, '2023-10-22')).toBe(true);
    expect(isActiveOn(m, '2023-10-23')).toBe(false);
    expect(isActiveOn(m, '2018-12-31')).toBe(false);
  });
  it('counts Effectief and Waarnemend only', () => {
    expect(isActiveOn({ ...m, statusLabel: 'Waarnemend' }, '2020-01-01')).toBe(true);
    expect(isActiveOn({ ...m, statusLabel: 'Verhinderd' }, '2020-01-01')).toBe(false);
    expect(isActiveOn({ ...m, statusLabel: 'Titelvoerend' }, '2020-01-01')).toBe(false);
    expect(isActiveOn({ ...m, statusLabel: '' }, '2020-01-01')).toBe(false);
  });
});

describe('isGelijkeKansen', () => {
  const lookup = new Map([
    ['gelijke kansen in onderwijs', '-'],
    ['emancipatie', 'gelijke-kansen'],
  ]);
  it('matches spelling variants by normalised text', () => {
    for (const label of [
      'Gelijke Kansen',
      'gelijke-kansen',
      'Emancipatie-gelijke kansen',
      'Gelijkekansenbeleid',
      'GELIJKE  KANSEN / diversiteit',
      'Gélijke kansen',
    ]) {
      expect(isGelijkeKansen(label, new Map()), label).toBe(true);
    }
    expect(isGelijkeKansen('Diversiteit', new Map())).toBe(false);
    expect(isGelijkeKansen('Gelijke onderwijskansen', new Map())).toBe(false);
  });
  it('lets the lookup include and exclude labels', () => {
    expect(isGelijkeKansen('Gelijke kansen in onderwijs', lookup)).toBe(false);
    expect(isGelijkeKansen('Emancipatie', lookup)).toBe(true);
  });
});

describe('codes', () => {
  it('maps functions and gender values', () => {
    expect(classifyFunctie('Toegevoegde schepen')).toBe('schepen');
    expect(classifyFunctie('Voorzitter van de gemeenteraad')).toBe('raadslid');
    expect(classifyFunctie('Districtsschepen')).toBeNull();
    expect(
      normaliseGeslacht('http://publications.europa.eu/resource/authority/human-sex/FEMALE'),
    ).toBe('vrouw');
    expect(normaliseGeslacht('M')).toBe('man');
    expect(normaliseGeslacht('Vrouwelijk')).toBe('vrouw');
    expect(normaliseGeslacht('x')).toBe('onbekend');
    expect(normaliseGeslacht('')).toBe('onbekend');
  });
});
