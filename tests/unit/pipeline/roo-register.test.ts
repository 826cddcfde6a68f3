// The real register exports (../shared/reference/real-data/roo, both dates) through the
// pipeline on a data directory that holds only roo/: every board's counts against a separate,
// deliberately plain implementation of DATA.md §8, and a few municipalities counted by hand.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Papa from 'papaparse';
import { sharedAvailable } from '../../support/shared.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runPipeline } from '../../../src/pipeline/run.ts';
import { plainBoardCounts, type PlainCounts } from '../../support/plain-register.ts';

const projectDir = resolve(import.meta.dirname, '..', '..', '..');
const shared = resolve(projectDir, '..', 'shared', 'reference', 'real-data', 'roo');
const DATES = ['2026-01-16', '2026-04-15'] as const;

type Row = Record<string, string>;
function readCsv(path: string, delimiter = ','): Row[] {
  const text = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
  return Papa.parse<Row>(text, { header: true, skipEmptyLines: true, delimiter }).data;
}

/** The raw CSV pair of a date as plain holders (tests/support/plain-register.ts counts them). */
function expectedBoards(date: string): PlainCounts {
  const orgs = readCsv(join(shared, `Gemeenten_${date}.csv`), ';');
  const idOf = new Map<string, string>();
  for (const o of orgs) {
    const id = o['Organisatiecode'] || o['TOOi URI']!.split('/').at(-1)!;
    idOf.set(o['TOOi URI']!, id.toLowerCase());
  }
  return plainBoardCounts(
    readCsv(join(shared, `medewerkers_Gemeenten_${date}.csv`), ';').map((h) => ({
      org: idOf.get(h['Resource identifier v5.0 organisatie']!) ?? '',
      functie: h['Functie']!,
      naam: h['Naam']!,
    })),
  );
}

const outputs = new Map<string, string>();
let work: string;

describe.runIf(sharedAvailable(shared))('the real register exports', () => {
  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'roo-'));
    for (const date of DATES) {
      const dataDir = join(work, `data-${date}`);
      mkdirSync(join(dataDir, 'roo'), { recursive: true });
      for (const name of [`Gemeenten_${date}.csv`, `medewerkers_Gemeenten_${date}.csv`])
        symlinkSync(join(shared, name), join(dataDir, 'roo', name));
      const out = join(work, `out-${date}`);
      await runPipeline({ dataDir, projectDataDir: join(projectDir, 'data'), outDir: out });
      outputs.set(date, join(out, 'downloads'));
    }
  }, 120_000);
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  for (const date of DATES) {
    it(`${date}: one row per municipality and board, counts as DATA.md §8 defines`, () => {
      const rows = readCsv(join(outputs.get(date)!, 'gremia.csv'));
      expect(rows).toHaveLength(684);
      expect(new Set(rows.map((r) => r.instelling_id)).size).toBe(342);
      const expected = expectedBoards(date);
      for (const r of rows) {
        const e = expected.get(`${r.instelling_id}|${r.gremium_type}`);
        expect(e, `${r.instelling_id} ${r.gremium_type}`).toBeDefined();
        expect([r.vrouwen, r.mannen, r.x].map(Number), `${r.instelling} ${r.gremium}`).toEqual([
          e!.v,
          e!.m,
          e!.x,
        ]);
        expect(r.jaar).toBe('2026');
        expect(r.peildatum).toBe(date);
        expect(r.bronsoort).toBe('register');
        expect(r.sector).toBe('gemeenten');
      }
    });

    it(`${date}: every office-holder row is accounted for in the import report`, () => {
      const report = JSON.parse(
        readFileSync(join(outputs.get(date)!, 'importverslag.json'), 'utf8'),
      ) as {
        bestand: string;
        rijen_gelezen: number;
        rijen_gebruikt: number;
        rijen_overgeslagen: Record<string, number>;
      }[];
      const holders = report.find((r) => r.bestand.startsWith('roo/medewerkers_'))!;
      const skipped = Object.values(holders.rijen_overgeslagen).reduce((a, b) => a + b, 0);
      expect(holders.rijen_gebruikt + skipped).toBe(holders.rijen_gelezen);
      expect(
        Object.keys(holders.rijen_overgeslagen).some((k) => k.startsWith('onbekende functie')),
      ).toBe(false);
    });
  }

  // Counted by hand from the raw lines (grep on the organisation's name, functions Raadslid,
  // Wethouder, Burgemeester and Burgemeester waarnemend), not from the pipeline's output.
  const HAND: [string, string, string, number, number, number][] = [
    ['2026-01-16', 'gm1966', 'college', 1, 5, 0], // Het Hogeland: code only in the TOOi URI
    ['2026-01-16', 'gm1966', 'raad', 10, 19, 0],
    ['2026-01-16', 'gm1621', 'college', 1, 4, 0], // Lansingerland: acting mayor displaces the mayor
    ['2026-01-16', 'gm1621', 'raad', 7, 26, 0],
    ['2026-01-16', 'gm0060', 'college', 1, 2, 0], // Ameland: 11 council members, 12 seats
    ['2026-01-16', 'gm0060', 'raad', 4, 7, 0],
    ['2026-01-16', 'gm0363', 'raad', 17, 20, 8], // Amsterdam: members without a salutation
    ['2026-04-15', 'gm0363', 'raad', 9, 9, 27],
    ['2026-04-15', 'gm0363', 'college', 5, 4, 0],
  ];
  for (const [date, id, type, v, m, x] of HAND) {
    it(`${date}: ${id} ${type} has ${v} women, ${m} men, ${x} unknown (counted by hand)`, () => {
      const row = readCsv(join(outputs.get(date)!, 'gremia.csv')).find(
        (r) => r.instelling_id === id && r.gremium_type === type,
      )!;
      expect([row.vrouwen, row.mannen, row.x].map(Number)).toEqual([v, m, x]);
    });
  }

  it('2026-01-16: Ameland fails the register seat check (11 members listed, 12 seats)', () => {
    const row = readCsv(join(outputs.get('2026-01-16')!, 'register-organisaties.csv')).find(
      (r) => r.instelling_id === 'gm0060',
    )!;
    expect([row.n_raadsleden_geteld, row.totaal_aantal_zetels, row.zetelcontrole]).toEqual([
      '11',
      '12',
      'afwijking',
    ]);
  });
});
