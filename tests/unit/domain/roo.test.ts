// The register rules of DATA.md §8 as pure functions: salutation, organisation id, province,
// one count per person per board and the waarnemend rule.
import { describe, expect, it } from 'vitest';
import {
  countOrganisation,
  genderFromSalutation,
  organisationId,
  provinceFromAddresses,
  seatCheck,
  type FunctionRule,
} from '../../../src/domain/roo.ts';

describe('gender from the registered salutation', () => {
  it.each([
    ['Mw. M.G.W. Neesen', 'vrouw'],
    ['Mw M. Jansen', 'vrouw'],
    ['mevr. A. de Boer', 'vrouw'],
    ['Mevrouw A. de Boer', 'vrouw'],
    ['  Mw.ing. H.M. Rossingh-van Os', 'vrouw'],
    ['Dhr. I. Berghuis', 'man'],
    ['DHR K. Kok', 'man'],
    ['De heer J. Bijl', 'man'],
    ['Hr. P. Smit', 'man'],
  ])('%s -> %s', (name, gender) => {
    expect(genderFromSalutation(name)).toBe(gender);
  });

  it('never guesses: initials, bare names and look-alike names are x', () => {
    for (const name of ['J. Hulzebos', 'Dijksman', 'Mwangi M.', 'Dhrupad S.', 'Heer B.', ''])
      expect(genderFromSalutation(name), name).toBe('x');
  });
});

describe('organisation id', () => {
  it('is the code in lower case, else the last segment of the TOOi URI', () => {
    expect(organisationId('GM0363', 'https://identifier.overheid.nl/tooi/id/gemeente/gm0363')).toBe(
      'gm0363',
    );
    expect(organisationId('', 'https://identifier.overheid.nl/tooi/id/gemeente/gm1966/')).toBe(
      'gm1966',
    );
    expect(organisationId(' ', 'geen uri')).toBeNull();
    expect(organisationId('', '')).toBeNull();
  });
});

describe('province from the address list', () => {
  it('takes the first address that names one', () => {
    expect(
      provinceFromAddresses(
        'adresType: Postadres, postbus: 93;adresType: Bezoekadres, provincieAfkorting: DR, x: 1;adresType: Woo, provincieAfkorting: GR',
      ),
    ).toEqual({ afkorting: 'DR', naam: 'Drenthe' });
    expect(provinceFromAddresses('adresType: Postadres, postbus: 93')).toEqual({
      afkorting: null,
      naam: null,
    });
    expect(provinceFromAddresses('provincieAfkorting: XX').naam).toBeNull();
  });
});

const COLLEGE = {
  seat: true,
  gremium_type: 'college',
  gremium: 'College',
  voorzitter: false,
} as const;
const RULES: Record<string, FunctionRule> = {
  Raadslid: { seat: true, gremium_type: 'raad', gremium: 'Raad', voorzitter: false },
  Burgemeester: { ...COLLEGE, voorzitter: true },
  'Burgemeester waarnemend': { ...COLLEGE, voorzitter: true },
  Wethouder: COLLEGE,
  Fractievoorzitter: { seat: false },
};
const BOARDS = [
  { gremium_type: 'raad', gremium: 'Raad' },
  { gremium_type: 'college', gremium: 'College' },
] as const;

describe('counting one organisation', () => {
  it('counts a person once per board, whatever the spacing of the name', () => {
    const c = countOrganisation(
      [
        { naam: 'Mw. A. Aap', functie: 'Raadslid' },
        { naam: ' Mw.  A. Aap', functie: 'Raadslid' },
        { naam: 'Mw. A. Aap', functie: 'Fractievoorzitter' },
        { naam: 'B. Beer', functie: 'Raadslid' },
      ],
      BOARDS,
      (f) => RULES[f],
    );
    expect(c.boards[0]).toMatchObject({ vrouwen: 1, mannen: 0, x: 1, personen: 2 });
    expect(c.boards[1]).toMatchObject({ personen: 0 });
    expect(c.dubbel).toBe(1);
    expect(c.geenZetel.get('Fractievoorzitter')).toBe(1);
  });

  it('lets an acting mayor displace the registered mayor, in that board only', () => {
    const c = countOrganisation(
      [
        { naam: 'Dhr. H. Haas', functie: 'Burgemeester' },
        { naam: 'Mw. I. IJsvogel', functie: 'Burgemeester waarnemend' },
        { naam: 'Dhr. J. Jak', functie: 'Wethouder' },
        { naam: 'Dhr. H. Haas', functie: 'Raadslid' },
      ],
      BOARDS,
      (f) => RULES[f],
    );
    expect(c.boards[1]).toMatchObject({ vrouwen: 1, mannen: 1, x: 0 });
    expect(c.boards[0]).toMatchObject({ mannen: 1 });
    expect(c.voorzitters).toEqual({ vrouwen: 1, mannen: 0, x: 0 });
    expect(c.verdrongen).toEqual([
      { functie: 'Burgemeester', door: 'Burgemeester waarnemend', rijen: 1 },
    ]);
  });

  it('reports functions the lookup does not know instead of dropping them silently', () => {
    const c = countOrganisation(
      [{ naam: 'Dhr. K. Kind', functie: 'Kinderburgemeester' }],
      BOARDS,
      (f) => RULES[f],
    );
    expect([...c.onbekend]).toEqual([['Kinderburgemeester', 1]]);
  });

  it('checks counted council members against the registered seats', () => {
    expect(seatCheck({ zetels_register: 39, raad_geteld: 37 })).toBe('afwijking');
    expect(seatCheck({ zetels_register: 37, raad_geteld: 37 })).toBe('gelijk');
    expect(seatCheck({ zetels_register: null, raad_geteld: 37 })).toBeNull();
  });
});
