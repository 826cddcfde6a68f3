// One register written both ways: the same municipalities, office holders and council seats as
// the CSV pair (Gemeenten_<date>.csv + medewerkers_Gemeenten_<date>.csv) and as the full XML
// export (exportOO_<date>.xml). Both through the pipeline must give the same boards, roles and
// seat checks (issue 29: "the XML and CSV readers agree on a fixture written both ways"). Only
// the source address differs; parties exist in the XML alone and are left out here.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runPipeline } from '../../../src/pipeline/run.ts';
import { holdersCsv, organisationsCsv, tooiUri } from '../../support/register-csv.ts';

const projectDir = resolve(import.meta.dirname, '..', '..', '..');
const DATE = '2026-04-15';

interface Municipality {
  code: string;
  naam: string;
  provincie: string;
  zetels: number;
  /** [function, name] pairs, as the register lists them */
  holders: [string, string][];
}

// Salutations of every kind, a name listed twice, an acting mayor beside a mayor, roles, a
// holder without salutation and a name with an ampersand (escaped in XML, plain in CSV).
const MODEL: Municipality[] = [
  {
    code: 'gm9001',
    naam: 'Gemeente Alfa',
    provincie: 'GR',
    zetels: 5,
    holders: [
      ['Raadslid', 'Mw. A. Aap'],
      ['Raadslid', 'Mw.  A.  Aap '],
      ['Raadslid', 'Dhr. B. Beer'],
      ['Raadslid', 'C. Cavia'],
      ['Raadslid', 'De heer D. Das & Zn.'],
      ['Fractievoorzitter', 'Dhr. B. Beer'],
      ['Burgemeester', 'Mevrouw E. Eend'],
      ['Wethouder', 'Hr. F. Fret'],
      ['Wethouder', 'Mevr. G. Gans'],
      ['Gemeentesecretaris', 'Mw. S. Steur'],
      ['Raadsgriffier', 'Dhr. T. Tapir'],
    ],
  },
  {
    code: 'gm9002',
    naam: 'Gemeente Beta',
    provincie: 'LB',
    zetels: 3,
    holders: [
      ['Burgemeester', 'Dhr. H. Haas'],
      ['Burgemeester waarnemend', 'Mw I. Ijsvogel'],
      ['Wethouder', 'Dhr. J. Jak'],
      ['Locoburgemeester', 'Dhr. J. Jak'],
      ['Raadslid', 'Mw. K. Kat'],
      ['Raadslid', 'Dhr. L. Leeuw'],
      ['Raadslid', 'Mwangi M.'],
    ],
  },
  {
    code: 'gm9003',
    naam: 'Gemeente Gamma',
    provincie: 'FR',
    zetels: 4,
    holders: [
      ['Raadslid', 'Mw. O. Otter'],
      ['Raadslid', 'Mw. P. Panda'],
      ['Raadslid', 'Dhr. Q. Quagga'],
      ['Burgemeester', 'Dhr. R. Rund'],
      ['Wethouder', 'Mw. U. Uil'],
    ],
  },
];

function writeCsvPair(dir: string): void {
  writeFileSync(
    join(dir, `Gemeenten_${DATE}.csv`),
    organisationsCsv(
      MODEL.map((m) => ({ naam: m.naam, code: m.code, provincie: m.provincie, zetels: m.zetels })),
    ),
  );
  writeFileSync(
    join(dir, `medewerkers_Gemeenten_${DATE}.csv`),
    holdersCsv(
      MODEL.flatMap((m) =>
        m.holders.map(([functie, naam]) => ({
          organisatie: m.naam,
          naam,
          functie,
          uri: tooiUri(m.code),
        })),
      ),
    ),
  );
}

const xmlText = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function writeXml(dir: string): void {
  let id = 1;
  const orgs = MODEL.map((m) => {
    const functions = [...new Set(m.holders.map(([f]) => f))].map((f) => {
      const people = m.holders
        .filter(([g]) => g === f)
        .map(
          ([, naam]) =>
            `<p:medewerker p:systeemId="${id++}"><p:naam>${xmlText(naam)}</p:naam></p:medewerker>`,
        )
        .join('');
      return `<p:functie p:systeemId="${id++}"><p:naam>${f}</p:naam><p:medewerkers>${people}</p:medewerkers></p:functie>`;
    });
    return `<p:organisatie p:systeemId="${id++}" p:resourceIdentifierTOOI="${tooiUri(m.code)}"><p:naam>${xmlText(m.naam)}</p:naam><p:types><p:type>Gemeente</p:type></p:types><p:adressen><p:adres><p:type>Bezoekadres</p:type><p:plaats>X</p:plaats><p:provincieAfkorting>${m.provincie}</p:provincieAfkorting></p:adres></p:adressen><p:raad><p:totaalZetels>${m.zetels}</p:totaalZetels></p:raad><p:functies>${functions.join('')}</p:functies></p:organisatie>`;
  });
  writeFileSync(
    join(dir, `exportOO_${DATE}.xml`),
    `<?xml version="1.0" encoding="UTF-8"?>\n<p:overheidsorganisaties xmlns:p="https://organisaties.overheid.nl/static/schema/oo/export/2.6.4" p:timestamp="${DATE}T22:00:00.000+02:00"><p:organisaties>${orgs.join('\n')}</p:organisaties></p:overheidsorganisaties>\n`,
  );
}

type Row = Record<string, string>;
const TABLES = ['gremia', 'rollen', 'gemeentebesturen', 'register-organisaties'];
/** Columns that name the source file: the only thing allowed to differ. */
const SOURCE_COLUMNS = new Set(['bron', 'bron_url', 'bronbestand']);

let work = '';
const outputs: Record<'csv' | 'xml', string> = { csv: '', xml: '' };

function table(kind: 'csv' | 'xml', name: string): Row[] {
  const text = readFileSync(join(outputs[kind], 'downloads', `${name}.csv`), 'utf8');
  return Papa.parse<Row>(text, { header: true, skipEmptyLines: true }).data.map((row) =>
    Object.fromEntries(Object.entries(row).filter(([k]) => !SOURCE_COLUMNS.has(k))),
  );
}

describe('the register read from CSV and from XML', () => {
  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'roo-beide-'));
    for (const kind of ['csv', 'xml'] as const) {
      const dataDir = join(work, `data-${kind}`);
      mkdirSync(join(dataDir, 'roo'), { recursive: true });
      if (kind === 'csv') writeCsvPair(join(dataDir, 'roo'));
      else writeXml(join(dataDir, 'roo'));
      outputs[kind] = join(work, `out-${kind}`);
      await runPipeline({
        dataDir,
        projectDataDir: join(projectDir, 'data'),
        outDir: outputs[kind],
      });
    }
  }, 120_000);
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  for (const name of TABLES)
    it(`gives the same ${name}.csv`, () => {
      const [fromCsv, fromXml] = [table('csv', name), table('xml', name)];
      expect(fromCsv.length).toBeGreaterThan(0);
      expect(fromXml).toEqual(fromCsv);
    });

  it('counts as DATA.md §8 says (checked on one board per rule)', () => {
    const boards = table('xml', 'gremia');
    const board = (id: string, type: string) => {
      const r = boards.find((b) => b.instelling_id === id && b.gremium_type === type)!;
      return [r.vrouwen, r.mannen, r.x].map(Number);
    };
    // Alfa's council: Aap once (listed twice), Beer, Cavia (no salutation), Das ("De heer").
    expect(board('gm9001', 'raad')).toEqual([1, 2, 1]);
    // Beta's college: the acting mayor instead of the mayor, and one alderman.
    expect(board('gm9002', 'college')).toEqual([1, 1, 0]);
  });
});
