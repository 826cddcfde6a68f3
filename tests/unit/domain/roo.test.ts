// The register rules of DATA.md §8 as pure functions: salutation, organisation id, province,
// one count per person per board and the waarnemend rule.
import { describe, expect, it } from 'vitest';
import {
  countOrganisation,
  genderFromSalutation,
  identifierConflict,
  organisationId,
  provinceFromAddresses,
  readSalutation,
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

  it.each([
    ['Dhr./Mw. J. Jansen'],
    ['Mw./Dhr. J. Jansen'],
    ['Mw. / Dhr. A. Bakker'],
    ['Dhr. en Mw. K. Kok'],
    ['Mw. Dhr. P. Smit'],
    ['Mw.Dhr. P. Smit'],
    ['Mw.Jansen'],
    ['Dhr.-Smit'],
  ])('cannot decide %s: two salutations, or one glued to a name', (name) => {
    expect(readSalutation(name)).toBe('onleesbaar');
  });

  it('reads a woman called De Heer, a repeated salutation and initials glued to the dot', () => {
    expect(readSalutation('Mw. De Heer')).toBe('vrouw');
    expect(readSalutation('Mw./Mevr. A. Bos')).toBe('vrouw');
    expect(readSalutation('Dhr.J.A. Smit')).toBe('man');
    expect(readSalutation('Mw. Dhruv Patel')).toBe('vrouw');
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

  it('refuses an id of another kind of organisation, or a code and URI that disagree', () => {
    const uri = (kind: string, code: string) =>
      `https://identifier.overheid.nl/tooi/id/${kind}/${code}`;
    expect(identifierConflict('Gemeente', '', uri('gemeente', 'gm0363'))).toBeNull();
    expect(identifierConflict('Gemeente', '', uri('provincie', 'pv27'))).toMatch(/provincie/);
    expect(identifierConflict('Gemeente', '', uri('waterschap', 'ws0155'))).toMatch(/waterschap/);
    expect(identifierConflict('Gemeente', 'pv27', '')).toMatch(/begint met gm/);
    expect(identifierConflict('Gemeente', 'gm0363', uri('gemeente', 'gm0344'))).toMatch(
      /andere organisatie/,
    );
    expect(identifierConflict('Zelfstandig bestuursorgaan', 'oorg123', '')).toBeNull();
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
  rol: null,
} as const;
const RULES: Record<string, FunctionRule> = {
  Raadslid: { seat: true, gremium_type: 'raad', gremium: 'Raad', voorzitter: false, rol: null },
  Burgemeester: { ...COLLEGE, voorzitter: true, rol: 'burgemeester' },
  'Burgemeester waarnemend': { ...COLLEGE, voorzitter: true, rol: 'burgemeester' },
  Wethouder: COLLEGE,
  Fractievoorzitter: { seat: false, rol: 'fractievoorzitter' },
  'Woo-contactpersoon': { seat: false, rol: null },
};
const ROLES = ['burgemeester', 'fractievoorzitter', 'griffier'];
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
        { naam: 'Team Woo', functie: 'Woo-contactpersoon' },
      ],
      BOARDS,
      (f) => RULES[f],
      ROLES,
    );
    expect(c.boards[0]).toMatchObject({ vrouwen: 1, mannen: 0, x: 1, personen: 2 });
    expect(c.boards[1]).toMatchObject({ personen: 0 });
    expect(c.dubbel).toBe(1);
    expect(c.geenZetel.get('Woo-contactpersoon')).toBe(1);
    // Every row but the repeated one and the Woo contact counts somewhere.
    expect(c.gebruikt).toBe(3);
  });

  it('counts roles beside boards: every role of the type, once per person', () => {
    const c = countOrganisation(
      [
        { naam: 'Mw. A. Aap', functie: 'Fractievoorzitter' },
        { naam: 'Mw.  A. Aap', functie: 'Fractievoorzitter' },
        { naam: 'Dhr. B. Beer', functie: 'Fractievoorzitter' },
        { naam: 'C. Cavia', functie: 'Fractievoorzitter' },
        { naam: 'Dhr. H. Haas', functie: 'Burgemeester' },
      ],
      BOARDS,
      (f) => RULES[f],
      ROLES,
    );
    expect(c.rollen.get('fractievoorzitter')).toMatchObject({ vrouwen: 1, mannen: 1, x: 1 });
    expect(c.rollen.get('burgemeester')).toEqual({
      vrouwen: 0,
      mannen: 1,
      x: 0,
      leden: ['Dhr. H. Haas'],
    });
    // A role nobody is registered for is a row with no seats, not a missing row.
    expect(c.rollen.get('griffier')).toEqual({ vrouwen: 0, mannen: 0, x: 0, leden: [] });
    expect(c.boards[1]).toMatchObject({ mannen: 1 });
  });

  it('groups council members by party, without a party as its own group', () => {
    const c = countOrganisation(
      [
        { naam: 'Mw. A. Aap', functie: 'Raadslid', partij: 'Groen  Links' },
        { naam: 'Dhr. B. Beer', functie: 'Raadslid', partij: 'VVD' },
        { naam: 'C. Cavia', functie: 'Raadslid', partij: 'VVD' },
        { naam: 'Mw. D. Das', functie: 'Raadslid', partij: null },
        { naam: 'Mw. D. Das', functie: 'Fractievoorzitter', partij: 'CDA' },
      ],
      BOARDS,
      (f) => RULES[f],
      ROLES,
    );
    expect(Object.fromEntries(c.raadPerPartij)).toEqual({
      'Groen Links': { vrouwen: 1, mannen: 0, x: 0 },
      VVD: { vrouwen: 0, mannen: 1, x: 1 },
      '': { vrouwen: 1, mannen: 0, x: 0 },
    });
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
      ROLES,
    );
    expect(c.boards[1]).toMatchObject({ vrouwen: 1, mannen: 1, x: 0 });
    expect(c.boards[0]).toMatchObject({ mannen: 1 });
    expect(c.voorzitters).toEqual({ vrouwen: 1, mannen: 0, x: 0 });
    // The role follows the same rule: the acting mayor is the burgemeester.
    expect(c.rollen.get('burgemeester')).toMatchObject({ vrouwen: 1, mannen: 0, x: 0 });
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
