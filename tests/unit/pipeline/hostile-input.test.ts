// Hostile and broken data directories, one class of fault per case: each is either read
// correctly or stops the pipeline with file, line (and column) in the project's error format,
// never a stack trace and never a silently smaller figure.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterAll, describe, expect, it } from 'vitest';
import { DataError } from '../../../src/pipeline/problems.ts';
import { runPipeline } from '../../../src/pipeline/run.ts';
import { MANDATEN_COLUMNS } from '../../../src/pipeline/read-mandaten.ts';
import { httpUrl } from '../../../src/domain/text.ts';
import { holdersCsv, organisationsCsv, tooiUri } from '../../support/register-csv.ts';

const projectDir = resolve(import.meta.dirname, '..', '..', '..');
const root = mkdtempSync(join(tmpdir(), 'hostile-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const HEADER = 'jaar,sector,instelling_id,instelling,gremium_type,vrouwen,mannen,x,bron';
const ROW = '2023,Rijk,R-1,Rijksdienst Een,RvB,2,3,0,https://example.org';

let counter = 0;
type Files = Record<string, string | Buffer>;

function dataDir(files: Files): string {
  const dir = join(root, `case-${(counter += 1)}`);
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return dir;
}

/** Runs the pipeline; the DataError's message when it refuses, else the downloads directory. */
async function build(files: Files, extra: { previousManifest?: string } = {}) {
  const dataDirPath = dataDir(files);
  const out = join(dataDirPath, '_out');
  try {
    const site = await runPipeline({
      dataDir: dataDirPath,
      projectDataDir: join(projectDir, 'data'),
      outDir: out,
      buildDate: '2026-01-01',
      ...extra,
    });
    return { error: null, out, site };
  } catch (error) {
    if (error instanceof DataError) return { error: error.message, out, site: null };
    throw error; // a crash is a failure of this test, as it is of the build
  }
}

async function expectRefused(files: Files, ...fragments: string[]): Promise<string> {
  const { error } = await build(files);
  expect(error, 'the build should have been refused').not.toBeNull();
  for (const fragment of fragments) expect(error).toContain(fragment);
  return error!;
}

function mandatenCsv(rows: string[][]): string {
  return [MANDATEN_COLUMNS.join(','), ...rows.map((r) => r.join(','))].join('\n') + '\n';
}

function mandatarisRow(overrides: Partial<Record<string, string>> = {}): string[] {
  const values: Record<string, string> = {
    mandataris: 'http://data.lblod.info/id/mandatarissen/m1',
    start: '2018-12-31T23:00:00Z',
    statusLabel: 'Effectief',
    persoon: 'http://data.lblod.info/id/personen/p1',
    voornaam: 'Fictief',
    achternaam: 'Persoon',
    bestuursfunctieLabel: 'Burgemeester',
    bestuurseenheidLabel: 'Aalst',
    bestuurseenheidClassificatieLabel: 'Gemeente',
    werkingsgebiedLabel: 'Aalst',
    beleidsdomeinLabel: 'Gelijke Kansen',
    ...overrides,
  };
  return MANDATEN_COLUMNS.map((c) => values[c] ?? '');
}

async function xlsx(build: (sheet: ExcelJS.Worksheet) => void): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  build(workbook.addWorksheet('gremia'));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

describe('hostile input: CSV structure', () => {
  it('rejects an unclosed quote instead of swallowing the rows after it', async () => {
    await expectRefused(
      {
        'gremia/a.csv': `${HEADER}\n${ROW}\n2023,Rijk,R-2,Twee,RvB,1,1,0,"open\n2023,Rijk,R-3,Drie,RvB,1,1,0,x\n`,
      },
      'gremia/a.csv:3',
      'aanhalingsteken',
    );
  });

  it('rejects a column that appears twice under two spellings', async () => {
    await expectRefused(
      { 'gremia/a.csv': `${HEADER},Vrouwen\n${ROW},9\n` },
      "gremia/a.csv:1 kolom 'Vrouwen'",
      'twee keer',
    );
  });

  it('rejects a 0-byte and a header-only gremia file', async () => {
    await expectRefused({ 'gremia/a.csv': '' }, 'gremia/a.csv', 'leeg bestand');
    await expectRefused({ 'gremia/a.csv': `${HEADER}\n` }, 'gremia/a.csv:1', 'geen gegevensrijen');
  });

  it('rejects control characters and bidirectional overrides in values', async () => {
    await expectRefused(
      { 'gremia/a.csv': `${HEADER}\n2023,Rijk,R-1,Rijks\u0007dienst,RvB,2,3,0,x\n` },
      "gremia/a.csv:2 kolom 'instelling'",
      'U+0007',
    );
    await expectRefused(
      { 'gremia/a.csv': `${HEADER}\n2023,Rijk,R-1,Dienst \u202Egnik,RvB,2,3,0,x\n` },
      "gremia/a.csv:2 kolom 'instelling'",
      'U+202E',
    );
  });
});

describe('hostile input: encodings', () => {
  it('rejects a UTF-8 file with one Windows-1252 byte, naming the line', async () => {
    const text = Buffer.concat([
      Buffer.from(`${HEADER}\n2023,Rijk,R-1,Crèche,RvB,2,3,0,x\n2023,Rijk,R-2,Caf`),
      Buffer.from([0xe9]), // é in Windows-1252
      Buffer.from(',RvB,1,1,0,x\n'),
    ]);
    await expectRefused({ 'gremia/a.csv': text }, 'gremia/a.csv:3', 'gemengde codering');
  });

  it('reads a pure Windows-1252 file and a UTF-16 file with BOM correctly', async () => {
    const cp1252 = Buffer.from(`${HEADER}\n2023,Rijk,R-1,Cr\u00e8che,RvB,2,3,0,x\n`, 'latin1');
    const utf16 = Buffer.concat([
      Buffer.from([0xff, 0xfe]),
      Buffer.from(`${HEADER}\n2023,Rijk,R-1,Crèche,RvB,2,3,0,x\n`, 'utf16le'),
    ]);
    for (const content of [cp1252, utf16]) {
      const { error, out } = await build({ 'gremia/a.csv': content });
      expect(error).toBeNull();
      expect(readFileSync(join(out, 'downloads', 'gremia.csv'), 'utf8')).toContain('Crèche');
    }
  });

  it('rejects NUL bytes (UTF-16 without BOM)', async () => {
    const text = Buffer.from(`${HEADER}\n${ROW}\n`, 'utf16le');
    await expectRefused({ 'gremia/a.csv': text }, 'gremia/a.csv:1', 'NUL');
  });
});

describe('hostile input: values', () => {
  it('rejects counts above any board size, also past 2^53', async () => {
    await expectRefused(
      { 'gremia/a.csv': `${HEADER}\n2023,Rijk,R-1,Een,RvB,5000,3,0,x\n` },
      "gremia/a.csv:2 kolom 'vrouwen'",
      'bovengrens',
    );
    await expectRefused(
      { 'gremia/a.csv': `${HEADER}\n2023,Rijk,R-1,Een,RvB,90071992547409931,3,0,x\n` },
      "gremia/a.csv:2 kolom 'vrouwen'",
      '"90071992547409931"',
    );
  });

  it('rejects an over-long id (it would become a path) and impossible years', async () => {
    await expectRefused(
      { 'gremia/a.csv': `${HEADER}\n2023,Rijk,${'A'.repeat(300)},Een,RvB,1,1,0,x\n` },
      "gremia/a.csv:2 kolom 'instelling_id'",
      '300 tekens',
    );
    await expectRefused(
      { 'gremia/a.csv': `${HEADER}\n0023,Rijk,R-1,Een,RvB,1,1,0,x\n` },
      "gremia/a.csv:2 kolom 'jaar'",
    );
  });

  it('treats NFC and NFD spellings of one id as one institution (duplicate key)', async () => {
    const nfc = 'Z\u00e9-1';
    const nfd = 'Ze\u0301-1';
    await expectRefused(
      {
        'gremia/a.csv': `${HEADER}\n2023,Rijk,${nfc},Zé,RvB,1,1,0,x\n2023,Rijk,${nfd},Zé,RvB,1,1,0,x\n`,
      },
      'gremia/a.csv:3',
      'dubbele sleutel',
    );
  });

  it('rejects impossible dates and an end before a start in mandaten', async () => {
    await expectRefused(
      { 'gremia/a.csv': `${HEADER},peildatum\n${ROW},2019-02-30\n` },
      "gremia/a.csv:2 kolom 'peildatum'",
    );
    await expectRefused(
      {
        'mandaten/mandaten-20231023.csv': mandatenCsv([mandatarisRow({ start: '2019-13-45' })]),
      },
      "mandaten/mandaten-20231023.csv:2 kolom 'start'",
    );
    await expectRefused(
      {
        'mandaten/mandaten-20231023.csv': mandatenCsv([
          mandatarisRow({ start: '2020-01-01T00:00:00Z', eind: '2019-01-01T00:00:00Z' }),
        ]),
      },
      "mandaten/mandaten-20231023.csv:2 kolom 'eind'",
      'vóór het begin',
    );
  });
});

describe('hostile input: empty mandaten extracts', () => {
  it('rejects a 0-byte and a header-only extract', async () => {
    await expectRefused({ 'mandaten/mandaten-20231023.csv': '' }, 'leeg bestand');
    await expectRefused(
      { 'mandaten/mandaten-20231023.csv': mandatenCsv([]) },
      'mandaten/mandaten-20231023.csv:1',
      'geen gegevensrijen',
    );
  });

  it('rejects an unclosed quote and a duplicated column in an extract', async () => {
    const rows = mandatenCsv([mandatarisRow()]).replace('Gelijke Kansen', '"Gelijke Kansen');
    await expectRefused(
      { 'mandaten/mandaten-20231023.csv': `${rows}${mandatarisRow().join(',')}\n` },
      'mandaten/mandaten-20231023.csv:2',
      'aanhalingsteken',
    );
    const doubled = mandatenCsv([mandatarisRow()]).replace('beleidsdomeinLabel', 'Start');
    await expectRefused(
      { 'mandaten/mandaten-20231023.csv': doubled },
      'mandaten/mandaten-20231023.csv:1',
      'twee keer',
    );
  });
});

describe('hostile input: spreadsheets', () => {
  const header = HEADER.split(',');
  it('rejects a formula without a stored value instead of reading it as empty', async () => {
    const file = await xlsx((sheet) => {
      sheet.addRow(header);
      sheet.addRow([2023, 'Rijk', 'R-1', 'Een', 'RvB', 2, 3, 0, 'x']);
      sheet.getCell('F2').value = { formula: '1+1' };
    });
    await expectRefused({ 'gremia/a.xlsx': file }, "gremia/a.xlsx:2 kolom 'F2'", 'formule');
  });

  it('rejects merged cells over the count columns', async () => {
    const file = await xlsx((sheet) => {
      sheet.addRow(header);
      sheet.addRow([2023, 'Rijk', 'R-1', 'Een', 'RvB', 4, null, 0, 'x']);
      sheet.mergeCells('F2:G2');
    });
    await expectRefused({ 'gremia/a.xlsx': file }, 'gremia/a.xlsx', 'samengevoegde cellen (F2:G2)');
  });

  it('rejects a 0-byte and a non-zip .xlsx with the file named, not a stack trace', async () => {
    await expectRefused({ 'gremia/a.xlsx': '' }, 'gremia/a.xlsx', 'leeg bestand');
    await expectRefused({ 'gremia/a.xlsx': `${HEADER}\n${ROW}\n` }, 'gremia/a.xlsx', 'geen XLSX');
  });

  it('rejects a small file that declares a huge part, before unpacking it', async () => {
    const file = await xlsx((sheet) => {
      sheet.addRow(header);
      sheet.addRow([2023, 'Rijk', 'R-1', 'Een', 'RvB', 2, 3, 0, 'x']);
    });
    // A sheet part of 210 MB of spaces compresses to under a megabyte.
    const zip = await JSZip.loadAsync(file);
    zip.file('xl/worksheets/sheet1.xml', Buffer.alloc(210 * 1024 * 1024, 0x20));
    const bomb = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
    expect(bomb.length).toBeLessThan(5 * 1024 * 1024);
    await expectRefused({ 'gremia/a.xlsx': bomb }, 'gremia/a.xlsx', 'grens');
  }, 60_000);

  it('reads a correct spreadsheet whose values are formulas with stored results', async () => {
    const file = await xlsx((sheet) => {
      sheet.addRow(header);
      sheet.addRow([2023, 'Rijk', 'R-1', 'Een', 'RvB', 2, 3, 0, 'x']);
      sheet.getCell('F2').value = { formula: '1+1', result: 2 };
    });
    const { error, out } = await build({ 'gremia/a.xlsx': file });
    expect(error).toBeNull();
    expect(readFileSync(join(out, 'downloads', 'gremia.csv'), 'utf8')).toContain(',R-1,Een,rvb,');
  });
});

describe('hostile input: links and reference data', () => {
  it('rejects a javascript: url and licentie_url in provenance and bron.json', async () => {
    await expectRefused(
      {
        'gremia/a.csv': `${HEADER}\n${ROW}\n`,
        'gremia/a.csv.bron.json': JSON.stringify({ titel: 't', url: 'javascript:alert(1)' }),
      },
      "gremia/a.csv.bron.json kolom 'url'",
      'http(s)',
    );
    await expectRefused(
      {
        'gremia/a.csv': `${HEADER}\n${ROW}\n`,
        'bron.json': JSON.stringify({ licentie_url: 'JaVaScRiPt:alert(1)' }),
      },
      "bron.json kolom 'licentie_url'",
    );
  });

  it.each([
    'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
    'file:///etc/passwd',
    'vbscript:msgbox(1)',
    ' javascript:alert(1)',
    '//evil.example/pad',
  ])('rejects %s as a source address in provenance', async (url) => {
    await expectRefused(
      {
        'gremia/a.csv': `${HEADER}\n${ROW}\n`,
        'gremia/a.csv.bron.json': JSON.stringify({ titel: 't', url }),
      },
      "gremia/a.csv.bron.json kolom 'url'",
    );
  });

  it('keeps a non-http source of a data row as text, never as a link', async () => {
    const { error, site } = await build({
      'gremia/a.csv': `${HEADER}\n${ROW.replace('https://example.org', 'vbscript:msgbox(1)')}\n`,
    });
    expect(error).toBeNull();
    const row = site!.gremia[0]!;
    expect(row.bron).toBe('vbscript:msgbox(1)');
    expect(httpUrl(row.bron)).toBeNull();
    for (const url of ['data:text/html,x', 'file:///etc/passwd', ' javascript:alert(1)', '//x'])
      expect(httpUrl(url), url).toBeNull();
  });

  it('rejects two provinces that fold to one address and a name without letters', async () => {
    const reference = (rows: string) => `nis,naam,provincie\n11001,Aartselaar,Antwerpen\n${rows}`;
    await expectRefused(
      {
        'gremia/a.csv': `${HEADER}\n${ROW}\n`,
        'referentie/gemeenten.csv': reference('11002,Antwerpen,Ántwerpen\n'),
      },
      "referentie/gemeenten.csv:3 kolom 'provincie'",
      'hetzelfde adres',
    );
    await expectRefused(
      {
        'gremia/a.csv': `${HEADER}\n${ROW}\n`,
        'referentie/gemeenten.csv': reference('11002,Antwerpen,---\n'),
      },
      "referentie/gemeenten.csv:3 kolom 'provincie'",
    );
  });

  it('rejects a sector slug that would hide the total row', async () => {
    await expectRefused(
      {
        'gremia/a.csv': `${HEADER}\n2023,Alles,R-1,Een,RvB,1,1,0,x\n`,
        'lookups/sectoren.csv': 'label,sector,sector_label,groep\nAlles,totaal,Alles,publiek\n',
      },
      "lookups/sectoren.csv:2 kolom 'sector'",
    );
  });
});

describe('hostile input: a published URL keeps its entity', () => {
  it('never gives a published slug to a new id that folds to it', async () => {
    const manifest = join(root, 'published.txt');
    writeFileSync(manifest, '/instellingen/cd-34/\tinstelling:CD-34\n');
    // "CD 34" sorts before "CD-34" and would otherwise take /instellingen/cd-34/.
    const { error, site } = await build(
      {
        'gremia/a.csv': `${HEADER}\n2023,Rijk,CD-34,Een,RvB,1,1,0,x\n2023,Rijk,CD 34,Twee,RvB,1,1,0,x\n`,
      },
      { previousManifest: manifest },
    );
    expect(error).toBeNull();
    const slugs = new Map(site!.instellingen.map((i) => [i.id, i.slug]));
    expect(slugs.get('CD-34')).toBe('cd-34');
    expect(slugs.get('CD 34')).toBe('cd-34-2');
  });

  it('keeps a published slug free when its institution is gone', async () => {
    const manifest = join(root, 'published-gone.txt');
    writeFileSync(manifest, '/instellingen/ab12/\tinstelling:AB12\n');
    const { site } = await build(
      { 'gremia/a.csv': `${HEADER}\n2023,Rijk,ab12,Nieuw,RvB,1,1,0,x\n` },
      { previousManifest: manifest },
    );
    expect(site!.instellingen.find((i) => i.id === 'ab12')?.slug).toBe('ab12-2');
  });
});

describe('hostile input: the register XML export', () => {
  const ROOT =
    '<p:overheidsorganisaties xmlns:p="https://organisaties.overheid.nl/static/schema/oo/export/2.6.4" p:timestamp="2026-04-15T22:00:00.000+02:00">';
  const org = (name: string, extra = '') =>
    `<p:organisatie p:systeemId="1" p:resourceIdentifierTOOI="https://identifier.overheid.nl/tooi/id/gemeente/gm9001"><p:naam>${name}</p:naam><p:types><p:type>Gemeente</p:type></p:types><p:adressen><p:adres><p:provincieAfkorting>GR</p:provincieAfkorting></p:adres></p:adressen><p:functies><p:functie p:systeemId="2"><p:naam>Raadslid</p:naam><p:medewerkers><p:medewerker p:systeemId="3"><p:naam>Mw. A. Aap</p:naam></p:medewerker></p:medewerkers></p:functie></p:functies>${extra}</p:organisatie>`;
  const file = (body: string, prolog = '<?xml version="1.0" encoding="UTF-8"?>') =>
    `${prolog}\n${ROOT}<p:organisaties>${body}</p:organisaties></p:overheidsorganisaties>\n`;
  const xml = (text: string | Buffer) => ({ 'roo/exportOO_2026-04-15.xml': text });

  it('reads a well-formed export (the cases below differ from it in one fault each)', async () => {
    const { error, out } = await build(xml(file(org('Gemeente Alfa'))));
    expect(error).toBeNull();
    expect(readFileSync(join(out, 'downloads', 'gremia.csv'), 'utf8')).toContain('gm9001');
  });

  it('refuses a DOCTYPE, so no entity is ever expanded and nothing external fetched', async () => {
    const billionLaughs =
      '<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE p:overheidsorganisaties [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>\n';
    const error = await expectRefused(
      xml(file(org('Gemeente &b;'), billionLaughs.trimEnd())),
      'roo/exportOO_2026-04-15.xml:2',
      'DOCTYPE geweigerd',
    );
    expect(error).not.toContain('aaaaaaaaaa');
    await expectRefused(
      xml(
        file(
          org('Gemeente &xxe;'),
          '<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>',
        ),
      ),
      'DOCTYPE geweigerd',
    );
  });

  it('refuses an undeclared entity and a file that is not well-formed, naming line and column', async () => {
    await expectRefused(xml(file(org('Gemeente &onbekend;'))), 'roo/exportOO_2026-04-15.xml:2:');
    const broken = file(org('Gemeente Alfa')).replace('</p:naam>', '</p:nam>');
    await expectRefused(xml(broken), 'roo/exportOO_2026-04-15.xml:2:');
    const cut = file(org('Gemeente Alfa')).slice(0, 400);
    await expectRefused(xml(cut), 'roo/exportOO_2026-04-15.xml');
  });

  it('refuses another encoding and a file of another schema', async () => {
    await expectRefused(
      xml(file(org('Gemeente Alfa'), '<?xml version="1.0" encoding="ISO-8859-1"?>')),
      'alleen UTF-8',
    );
    await expectRefused(
      xml('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel/></rss>\n'),
      'geen export van het Register van Overheidsorganisaties',
    );
  });

  it('refuses a name with a control or bidirectional character in an organisation it reads', async () => {
    await expectRefused(xml(file(org('Gemeente \u202EafLA'))), 'roo/exportOO_2026-04-15.xml:2:');
  });

  it('refuses an over-long value instead of holding it whole', async () => {
    await expectRefused(
      xml(file(org(`Gemeente ${'A'.repeat(5000)}`))),
      'roo/exportOO_2026-04-15.xml:2:',
    );
  });
});

describe('hostile input: the register CSV pair (issue 32)', () => {
  const holders = (rows: { naam: string; functie?: string; uri?: string }[]) =>
    holdersCsv(
      rows.map((r) => ({
        organisatie: 'Gemeente Alfa',
        naam: r.naam,
        functie: r.functie ?? 'Raadslid',
        uri: r.uri ?? tooiUri('gm9001'),
      })),
    );
  const pair = (
    date: string,
    orgs = organisationsCsv([{ naam: 'Gemeente Alfa', code: 'gm9001' }]),
    people = holders([{ naam: 'Mw. A. Aap' }]),
  ) => ({
    [`roo/Gemeenten_${date}.csv`]: orgs,
    [`roo/medewerkers_Gemeenten_${date}.csv`]: people,
  });

  it('reads a clean pair (each case below differs from it in one fault)', async () => {
    const { error } = await build(pair('2026-04-15'));
    expect(error).toBeNull();
  });

  it('refuses two exports whose names differ only in letter case', async () => {
    await expectRefused(
      {
        ...pair('2026-04-15'),
        'roo/GEMEENTEN_2026-04-15.csv': organisationsCsv([
          { naam: 'Gemeente Alfa', code: 'gm9001' },
        ]),
      },
      'GEMEENTEN_2026-04-15.csv',
    );
  });

  it('refuses two exports of one type in one year (one pair per type and year, DATA.md §8)', async () => {
    const error = await expectRefused(
      { ...pair('2026-01-16'), ...pair('2026-04-15') },
      'Gemeenten',
    );
    expect(error).toMatch(/2026-01-16[\s\S]*2026-04-15|2026-04-15[\s\S]*2026-01-16/);
  });

  it('refuses a date in a file name that does not exist', async () => {
    await expectRefused(pair('2026-02-30'), 'Gemeenten_2026-02-30.csv');
  });

  it('refuses a sidecar whose peildatum contradicts the file name', async () => {
    await expectRefused(
      {
        ...pair('2026-04-15'),
        'roo/Gemeenten_2026-04-15.csv.bron.json': JSON.stringify({
          titel: 'Gemeenten',
          peildatum: '2026-03-01',
        }),
      },
      'Gemeenten_2026-04-15.csv',
      '2026-03-01',
    );
  });

  it('refuses a salutation it cannot decide, naming file and line', async () => {
    await expectRefused(
      pair(
        '2026-04-15',
        undefined,
        holders([{ naam: 'Mw. A. Aap' }, { naam: 'Dhr./Mw. J. Jansen' }]),
      ),
      'roo/medewerkers_Gemeenten_2026-04-15.csv:3',
    );
  });

  it('refuses an invisible character inside a name instead of counting one person twice', async () => {
    await expectRefused(
      pair(
        '2026-04-15',
        undefined,
        holders([{ naam: 'Mw. A. Aap' }, { naam: 'Mw. A.\u200B Aap' }]),
      ),
      'roo/medewerkers_Gemeenten_2026-04-15.csv:3',
    );
    await expectRefused(
      pair('2026-04-15', organisationsCsv([{ naam: 'Gemeente Al\u00ADfa', code: 'gm9001' }])),
      'roo/Gemeenten_2026-04-15.csv:2',
    );
  });

  it('refuses an organisation whose only identifier is of another kind (a province)', async () => {
    await expectRefused(
      pair(
        '2026-04-15',
        organisationsCsv([
          {
            naam: 'Gemeente Alfa',
            code: '',
            uri: 'https://identifier.overheid.nl/tooi/id/provincie/pv20',
          },
        ]),
      ),
      'roo/Gemeenten_2026-04-15.csv:2',
    );
  });

  it('refuses a holder whose organisation URI is not in the export, never joining by name', async () => {
    await expectRefused(
      pair('2026-04-15', undefined, holders([{ naam: 'Mw. A. Aap', uri: tooiUri('gm9999') }])),
      'roo/medewerkers_Gemeenten_2026-04-15.csv:2',
    );
  });

  it('refuses a name over the project limit of 300 characters', async () => {
    await expectRefused(
      pair(
        '2026-04-15',
        organisationsCsv([{ naam: `Gemeente ${'A'.repeat(3900)}`, code: 'gm9001' }]),
      ),
      'roo/Gemeenten_2026-04-15.csv:2',
    );
  });
});

describe('hostile input: formulas in every download form (issue 34)', () => {
  it('writes a name that starts like a formula defused in CSV, JSON and XLSX alike', async () => {
    const names = ['=HYPERLINK("http://evil")', '+31 Stichting', '-Min', '@SUM(A1)'];
    const rows = names.map(
      (name, i) => `2023,Rijk,R-${i},"${name.replace(/"/g, '""')}",RvB,2,3,0,https://example.org`,
    );
    const { error, out } = await build({ 'gremia/a.csv': `${HEADER}\n${rows.join('\n')}\n` });
    expect(error).toBeNull();
    const downloads = join(out, 'downloads');
    const csv = readFileSync(join(downloads, 'gremia.csv'), 'utf8');
    const json = JSON.parse(readFileSync(join(downloads, 'gremia.json'), 'utf8')) as unknown;
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(join(downloads, 'gremia.xlsx'));
    const cells: string[] = [];
    workbook.worksheets[0]!.eachRow((row) =>
      row.eachCell((cell) => {
        if (typeof cell.value === 'string') cells.push(cell.value);
        // a formula cell would carry .formula: none may exist
        expect((cell.value as { formula?: string } | null)?.formula).toBeUndefined();
      }),
    );
    const jsonText = JSON.stringify(json);
    for (const name of names) {
      expect(csv, name).toContain(`'${name}`.replace(/"/g, '""'));
      expect(jsonText, name).toContain(JSON.stringify(`'${name}`).slice(1, -1));
      expect(cells, name).toContain(`'${name}`);
      expect(cells, name).not.toContain(name);
    }
  });
});
