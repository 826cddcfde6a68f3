// The register's full XML export of 2023-10-10 (../shared/reference/real-data/roo, 29 MB, one
// line) through the pipeline, against an independent derivation from the raw text: organisations
// cut out with regular expressions (no XML parser), the municipalities among them that had not
// ended, their office holders counted by tests/support/plain-register.ts. Every board of every
// municipality must agree (issue 29: "Both register formats give ... the counts that an
// independent derivation of the raw files gives").
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Papa from 'papaparse';
import { sharedAvailable } from '../../support/shared.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runPipeline } from '../../../src/pipeline/run.ts';
import { plainBoardCounts, type PlainHolder } from '../../support/plain-register.ts';

const projectDir = resolve(import.meta.dirname, '..', '..', '..');
const xml = resolve(
  projectDir,
  '..',
  'shared',
  'reference',
  'real-data',
  'roo',
  'exportOO_2023-10-10.xml',
);
const PEILDATUM = '2023-10-10';

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const decode = (text: string) =>
  text
    .replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, '$1')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (all, e: string) =>
      e.startsWith('#x')
        ? String.fromCodePoint(parseInt(e.slice(2), 16))
        : e.startsWith('#')
          ? String.fromCodePoint(Number(e.slice(1)))
          : (ENTITIES[e] ?? all),
    );

/** Active municipalities and their office holders, read from the raw text. */
function plainXml(): { municipalities: Set<string>; holders: PlainHolder[] } {
  const text = readFileSync(xml, 'utf8');
  const municipalities = new Set<string>();
  const holders: PlainHolder[] = [];
  for (const [org] of text.matchAll(/<p:organisatie [^>]*>[\s\S]*?<\/p:organisatie>/g)) {
    const types = /<p:types>([\s\S]*?)<\/p:types>/.exec(org)?.[1] ?? '';
    if (!types.includes('<p:type>Gemeente</p:type>')) continue;
    const id = /p:resourceIdentifierTOOI="[^"]*\/(gm\d{4})"/.exec(org.slice(0, 400))?.[1];
    if (!id) continue;
    const functions = /<p:functies>[\s\S]*<\/p:functies>/.exec(org)?.[0] ?? '';
    const own = org.replace(functions, '');
    const ended = /<p:eindDatum>([^<]+)<\/p:eindDatum>/.exec(own)?.[1];
    if (ended && ended.slice(0, 10) <= PEILDATUM) continue;
    municipalities.add(id);
    for (const [, , naam, body] of functions.matchAll(
      /<p:functie( [^>]*)?><p:naam>([^<]*)<\/p:naam>([\s\S]*?)<\/p:functie>/g,
    ))
      for (const [, person] of body!.matchAll(/<p:medewerker [^>]*><p:naam>([^<]*)<\/p:naam>/g))
        holders.push({ org: id, functie: decode(naam!).trim(), naam: decode(person!) });
  }
  return { municipalities, holders };
}

type Row = Record<string, string>;
let work = '';
let rows: Row[] = [];

describe.runIf(sharedAvailable(xml))('the real XML export of 2023-10-10', () => {
  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'roo-xml-'));
    const dataDir = join(work, 'data');
    mkdirSync(join(dataDir, 'roo'), { recursive: true });
    symlinkSync(xml, join(dataDir, 'roo', 'exportOO_2023-10-10.xml'));
    await runPipeline({
      dataDir,
      projectDataDir: join(projectDir, 'data'),
      outDir: join(work, 'out'),
    });
    rows = Papa.parse<Row>(readFileSync(join(work, 'out', 'downloads', 'gremia.csv'), 'utf8'), {
      header: true,
      skipEmptyLines: true,
    }).data;
  }, 180_000);
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('publishes exactly the municipalities that had not ended, each with council and college', () => {
    const { municipalities } = plainXml();
    expect(municipalities.size).toBeGreaterThan(300);
    expect(new Set(rows.map((r) => r.instelling_id))).toEqual(municipalities);
    expect(rows).toHaveLength(2 * municipalities.size);
  });

  it('counts every board as the independent derivation of the raw text does', () => {
    const expected = plainBoardCounts(plainXml().holders);
    const differences: string[] = [];
    for (const r of rows) {
      const e = expected.get(`${r.instelling_id}|${r.gremium_type}`) ?? { v: 0, m: 0, x: 0 };
      const got = [r.vrouwen, r.mannen, r.x].map(Number);
      if (got.join() !== [e.v, e.m, e.x].join())
        differences.push(
          `${r.instelling_id} ${r.gremium_type}: ${got.join('/')} ≠ ${e.v}/${e.m}/${e.x}`,
        );
      expect(r.peildatum).toBe(PEILDATUM);
      expect(r.bronsoort).toBe('register');
    }
    expect(differences).toEqual([]);
  });
});
