// Demo mandatendatabank extracts in the official 28-column format for every Flemish
// municipality, with fictional persons and the quirks of real exports (DATA.md §3.1).
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Municipality } from '../../src/domain/municipalities.ts';
import { existsOn } from '../../src/domain/municipalities.ts';
import { MANDATEN_COLUMNS } from '../../src/pipeline/read-mandaten.ts';
import type { Random } from './random.ts';

const FUNCTIE_URI = 'http://data.vlaanderen.be/id/concept/BestuursfunctieCode/';
const FUNCTIES = {
  burgemeester: ['Burgemeester', `${FUNCTIE_URI}5ab0e9b8a3b2ca7c5e000013`, 'Burgemeester'],
  schepen: [
    'Schepen',
    `${FUNCTIE_URI}5ab0e9b8a3b2ca7c5e000014`,
    'College van Burgemeester en Schepenen',
  ],
  toegevoegd: [
    'Toegevoegde schepen',
    `${FUNCTIE_URI}59a90e03-4f22-4bb9-8c91-132618db4b38`,
    'College van Burgemeester en Schepenen',
  ],
  raadslid: ['Gemeenteraadslid', `${FUNCTIE_URI}5ab0e9b8a3b2ca7c5e000011`, 'Gemeenteraad'],
  voorzitter: [
    'Voorzitter van de gemeenteraad',
    `${FUNCTIE_URI}5ab0e9b8a3b2ca7c5e000012`,
    'Gemeenteraad',
  ],
  bcsd: [
    'Voorzitter van het Bijzonder Comité voor de Sociale Dienst',
    `${FUNCTIE_URI}5ab0e9b8a3b2ca7c5e00001a`,
    'Bijzonder Comité voor de Sociale Dienst',
  ],
  district: ['Districtsschepen', `${FUNCTIE_URI}5ab0e9b8a3b2ca7c5e00001e`, 'Districtscollege'],
} as const;
type FunctieKey = keyof typeof FUNCTIES;

const STATUS = {
  Effectief:
    'http://data.vlaanderen.be/id/concept/MandatarisStatusCode/21063a5b-912c-4241-841c-cc7fb3c73e75',
  Waarnemend:
    'http://data.vlaanderen.be/id/concept/MandatarisStatusCode/e1ca6edd-55e1-4288-92a5-53f4cf71946a',
  Verhinderd:
    'http://data.vlaanderen.be/id/concept/MandatarisStatusCode/c301248f-0199-45ca-b3e5-4c596731d5fe',
  Titelvoerend:
    'http://data.vlaanderen.be/id/concept/MandatarisStatusCode/aacb3fed-b51d-4e0b-a411-f3fa641da1b3',
} as const;

// Beleidsdomein labels of the official code list (public reference data).
const DOMEINEN = [
  'Financiën',
  'Ruimtelijke ordening',
  'Mobiliteit',
  'Onderwijs',
  'Cultuur',
  'Sport',
  'Jeugd',
  'Senioren',
  'Welzijn',
  'Lokale economie',
  'Landbouw',
  'Leefmilieu',
  'Openbare Werken',
  'Personeel',
  'Communicatie',
  'Toerisme',
  'Wonen',
  'Erfgoed',
  'Burgerlijke Stand',
  'Veiligheid',
  'Ontwikkelingssamenwerking',
  'Dierenwelzijn',
  'Duurzaamheid',
  'Kinderopvang',
  'Diversiteit',
  'Armoedebestrijding',
  'Patrimonium',
  'Digitalisering',
];
// The spellings the registry has been seen to hold for the same competence.
const GK_VARIANTS = [
  'Gelijke Kansen',
  'gelijke kansen',
  'Emancipatie-gelijke kansen',
  'Gelijkekansenbeleid',
  'Gelijke-kansen',
  'GELIJKE KANSEN en diversiteit',
  'Armoede en Gelijke  Kansen',
  'Gelijke kansen/integratie',
];

const VOORNAMEN_V = [
  'An',
  'Els',
  'Katrien',
  'Sofie',
  'Lien',
  'Nele',
  'Inge',
  'Marijke',
  'Hilde',
  'Sara',
  'Fatima',
  'Leen',
  'Ann-Sophie',
  'Griet',
  'Liesbeth',
  'Yasmina',
  'Eva',
  'Kristel',
  'Ines',
  'Joke',
];
const VOORNAMEN_M = [
  'Jan',
  'Peter',
  'Koen',
  'Bart',
  'Wim',
  'Tom',
  'Dirk',
  'Stijn',
  'Geert',
  'Luc',
  'Mohamed',
  'Pieter',
  'Jeroen',
  'Kris',
  'Filip',
  'Ahmed',
  'Wouter',
  'Joris',
  'Hans',
  'Dries',
];
const ACHTERNAMEN = [
  'Verbruggen',
  'Van Damme',
  'De Smet',
  'Claes',
  'Peeters',
  'Maes',
  'Wouters',
  'Goossens',
  'Hermans',
  'Lemmens',
  'Van Acker',
  'Desmet',
  'Willems',
  'Jacobs',
  'Mertens',
  'Vermeulen',
  'El Idrissi',
  'Aerts',
  'Dewulf',
  'Van den Broeck',
  'Segers',
  'Cools',
  'Pauwels',
  'Ceulemans',
  'Öztürk',
  'Dhondt',
];
const FRACTIES = [
  'Lijst Vooruit',
  'Samen Sterk',
  'Dorpsbelang',
  'Open Gemeente',
  'Groen Plus',
  'Burgerlijst',
  'Nieuw Dorp',
];

/** Local midnight of an ISO date as the registry stores it: 23:00Z (22:00Z in summer) the day before. */
export function storedMidnight(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  const month = d.getUTCMonth() + 1;
  const summer = month > 3 && month < 11; // close enough for demo dates, none near the switch
  d.setUTCHours(d.getUTCHours() - (summer ? 2 : 1));
  return d.toISOString().replace('.000Z', 'Z');
}

interface Person {
  uri: string;
  voornaam: string;
  achternaam: string;
  geslacht: 'vrouw' | 'man';
}

interface MandatarisPlan {
  uri: string;
  person: Person;
  functie: FunctieKey;
  status: keyof typeof STATUS;
  start: string;
  eind: string;
  domeinen: string[];
  eenheid: 'Gemeente' | 'OCMW' | 'District';
  rangorde: string;
}

export interface Legislature {
  start: string;
  end: string;
  label: string;
}

export interface MunicipalityPlan {
  municipality: Municipality;
  mandatarissen: MandatarisPlan[];
}

function newPerson(random: Random, pWomen: number): Person {
  const vrouw = random.chance(pWomen);
  return {
    uri: `http://data.lblod.info/id/personen/${random.hex(32)}`,
    voornaam: random.pick(vrouw ? VOORNAMEN_V : VOORNAMEN_M),
    achternaam: random.pick(ACHTERNAMEN),
    geslacht: vrouw ? 'vrouw' : 'man',
  };
}

/**
 * One legislature of one municipality: a burgemeester, schepenen with competences and a council.
 * `changesAfter` adds mid-term events (a schepen replaced, a burgemeester verhinderd) after it.
 */
export function planMunicipality(
  random: Random,
  m: Municipality,
  leg: Legislature,
  changesAfter: string | null,
): MunicipalityPlan {
  const plans: MandatarisPlan[] = [];
  const add = (
    person: Person,
    functie: FunctieKey,
    extra: Partial<MandatarisPlan> = {},
  ): MandatarisPlan => {
    const plan: MandatarisPlan = {
      uri: `http://data.lblod.info/id/mandatarissen/${random.hex(32)}`,
      person,
      functie,
      status: 'Effectief',
      start: leg.start,
      eind: leg.end,
      domeinen: [],
      eenheid: 'Gemeente',
      rangorde: '',
      ...extra,
    };
    plans.push(plan);
    return plan;
  };
  const gkMode = random.next();
  const noCompetences = random.chance(0.04);
  const burgemeester = newPerson(random, leg.start >= '2025' ? 0.22 : 0.16);
  const bm = add(burgemeester, 'burgemeester');
  const nSchepenen = random.int(4, 8);
  const schepenen: MandatarisPlan[] = [];
  for (let i = 0; i < nSchepenen; i += 1) {
    schepenen.push(
      add(
        newPerson(random, leg.start >= '2025' ? 0.4 : 0.34),
        i === nSchepenen - 1 && random.chance(0.05) ? 'toegevoegd' : 'schepen',
        { rangorde: `${i + 1}e schepen` },
      ),
    );
  }
  if (!noCompetences) {
    for (const s of [bm, ...schepenen]) s.domeinen = random.sample(DOMEINEN, random.int(2, 5));
    const gk = random.pick(GK_VARIANTS);
    if (gkMode < 0.42) random.pick(schepenen).domeinen.push(gk);
    else if (gkMode < 0.44) bm.domeinen.push(gk);
    else if (gkMode < 0.47) {
      bm.domeinen.push(gk);
      random.pick(schepenen).domeinen.push(gk);
    }
  }
  // Council: burgemeester and schepenen sit in it as well, plus the other members.
  const councilSize = random.int(15, 41) | 1;
  add(newPerson(random, 0.4), 'voorzitter');
  for (const s of [bm, ...schepenen]) add(s.person, 'raadslid');
  for (let i = 2 + nSchepenen; i < councilSize; i += 1) add(newPerson(random, 0.38), 'raadslid');
  // OCMW rows (read, counted, skipped), and Antwerp's districts.
  add(random.pick(schepenen).person, 'bcsd', { eenheid: 'OCMW' });
  if (m.nis === '11002')
    for (let i = 0; i < 9; i += 1)
      add(newPerson(random, 0.4), 'district', { eenheid: 'District', domeinen: ['Jeugd'] });

  if (changesAfter) {
    const change = random.next();
    if (change < 0.15) {
      // A schepen steps down and is replaced: an old record that ended, a new one that started.
      const leaving = random.pick(schepenen);
      const when = `${changesAfter.slice(0, 4)}-0${random.int(6, 9)}-1${random.int(0, 9)}`;
      leaving.eind = when;
      add(newPerson(random, 0.4), leaving.functie, {
        start: when,
        domeinen: [...leaving.domeinen],
        rangorde: leaving.rangorde,
      });
    } else if (change < 0.2) {
      // The burgemeester is verhinderd; a schepen acts (waarnemend).
      const when = `${changesAfter.slice(0, 4)}-0${random.int(6, 9)}-01`;
      bm.eind = when;
      add(bm.person, 'burgemeester', {
        start: when,
        status: 'Verhinderd',
        domeinen: [...bm.domeinen],
      });
      const acting = random.pick(schepenen);
      add(acting.person, 'burgemeester', {
        start: when,
        status: 'Waarnemend',
        domeinen: [...acting.domeinen],
      });
    } else if (change < 0.25) {
      // A new version of a schepen's record overlaps the old one (same person, two URIs).
      const s = random.pick(schepenen);
      add(s.person, s.functie, {
        start: `${changesAfter.slice(0, 4)}-02-01`,
        domeinen: [...s.domeinen],
        rangorde: s.rangorde,
      });
    } else if (change < 0.33) {
      // Competences are redistributed: the schepen's record is closed and a new one carries
      // Gelijke Kansen (or loses it).
      const s = random.pick(schepenen);
      const when = `${changesAfter.slice(0, 4)}-03-01`;
      s.eind = when;
      const hadGk = s.domeinen.some((d) => /kansen/i.test(d));
      const domeinen = hadGk
        ? s.domeinen.filter((d) => !/kansen/i.test(d))
        : [...s.domeinen, random.pick(GK_VARIANTS)];
      add(s.person, s.functie, { start: when, domeinen, rangorde: s.rangorde });
    } else if (change < 0.35) {
      bm.status = 'Titelvoerend';
      const acting = random.pick(schepenen);
      add(acting.person, 'burgemeester', { status: 'Waarnemend', domeinen: [...acting.domeinen] });
    }
  }
  return { municipality: m, mandatarissen: plans };
}

export interface ExtractOptions {
  peildatum: string;
  stamp: string;
  genderColumn: 'none' | 'labels' | 'uris';
  legislature: Legislature;
}

export function extractRows(
  plans: MunicipalityPlan[],
  options: ExtractOptions,
  random: Random,
): string[][] {
  const rows: string[][] = [];
  for (const { municipality: m, mandatarissen } of plans) {
    // Name variants as the registry spells them.
    const variant = random.chance(0.03)
      ? m.naam.toUpperCase()
      : random.chance(0.03)
        ? m.naam.replace(/-/g, ' ')
        : m.naam;
    for (const p of mandatarissen) {
      const [label, uri, orgaan] = FUNCTIES[p.functie];
      const eenheidLabel = p.eenheid === 'District' ? `${m.naam} District` : m.naam;
      const base: Record<string, string> = {
        mandataris: p.uri,
        start: storedMidnight(p.start),
        eind: p.eind ? storedMidnight(p.eind) : '',
        rangorde: p.rangorde,
        status: STATUS[p.status],
        statusLabel: p.status,
        persoon: p.person.uri,
        voornaam: p.person.voornaam,
        achternaam: p.person.achternaam,
        roepnaam: '',
        mandaat: `http://data.lblod.info/id/mandaten/${m.nis}-${p.functie}`,
        bestuursfunctie: uri,
        bestuursfunctieLabel: label,
        bestuursorgaan: `http://data.lblod.info/id/bestuursorganen/${m.nis}-${p.functie}-${options.legislature.label}`,
        bestuursorgaanLabel: `${orgaan} ${m.naam}`,
        bestuursPeriodeStart: options.legislature.start,
        bestuursPeriodeEinde: options.legislature.end,
        bestuursorgaanClassificatie: '',
        bestuursorgaanClassificatieLabel: orgaan,
        bestuurseenheidLabel: eenheidLabel,
        bestuurseenheidClassificatie: '',
        bestuurseenheidClassificatieLabel: p.eenheid,
        werkingsgebied: `http://data.lblod.info/id/werkingsgebieden/${m.nis}`,
        werkingsgebiedLabel: variant,
        fractie: '',
        fractieNaam: random.pick(FRACTIES),
        beleidsdomein: '',
        beleidsdomeinLabel: '',
      };
      if (options.genderColumn !== 'none') {
        const g = p.person.geslacht;
        base.geslacht =
          options.genderColumn === 'uris'
            ? `http://publications.europa.eu/resource/authority/human-sex/${g === 'vrouw' ? 'FEMALE' : 'MALE'}`
            : g;
      }
      const domeinen =
        p.domeinen.length > 0 &&
        (p.functie === 'burgemeester' || p.functie === 'schepen' || p.functie === 'toegevoegd')
          ? p.domeinen
          : [''];
      for (const d of domeinen)
        rows.push(
          columnsOf(options).map((c) =>
            c === 'beleidsdomeinLabel'
              ? d
              : c === 'beleidsdomein' && d
                ? `http://data.vlaanderen.be/id/concept/BeleidsdomeinCode/demo-${encodeURIComponent(d)}`
                : (base[c] ?? ''),
          ),
        );
    }
  }
  return rows;
}

function columnsOf(options: ExtractOptions): string[] {
  const columns: string[] = [...MANDATEN_COLUMNS];
  if (options.genderColumn !== 'none') columns.splice(10, 0, 'geslacht');
  return columns;
}

function csv(cells: string[]): string {
  return cells.map((c) => (/[",\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(',');
}

export async function writeExtract(
  dir: string,
  rows: string[][],
  options: ExtractOptions,
): Promise<string> {
  await mkdir(dir, { recursive: true });
  const name = `mandaten-${options.stamp}.csv`;
  await writeFile(join(dir, name), [csv(columnsOf(options)), ...rows.map(csv)].join('\n') + '\n');
  await writeFile(
    join(dir, `${name}.bron.json`),
    `${JSON.stringify({ titel: `VOORBEELDDATA mandatendatabank-extract ${options.peildatum} (gegenereerd, fictieve personen)`, url: 'https://voorbeeld.invalid/mandaten', opgehaald: options.peildatum, licentie: 'CC0-1.0', peildatum: options.peildatum, voorbeelddata: true }, null, 2)}\n`,
  );
  return name;
}

/** The same plan as an export taken on an earlier date would show it: later events not yet there. */
export function asOf(plan: MunicipalityPlan, date: string, leg: Legislature): MunicipalityPlan {
  return {
    municipality: plan.municipality,
    mandatarissen: plan.mandatarissen
      .filter((p) => p.start <= date)
      .map((p) => (p.eind && p.eind > date ? { ...p, eind: leg.end } : p)),
  };
}

export function municipalitiesOn(all: Municipality[], date: string): Municipality[] {
  return all.filter((m) => existsOn(m, date));
}
