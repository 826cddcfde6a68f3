// The demo data's downloads hold the figures DATA.md defines: recomputed here from the raw
// files with a separate, deliberately plain implementation (papaparse + arithmetic), not the
// pipeline's code; and beside a real register export no file mixes the two kinds.
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runPipeline } from '../../../src/pipeline/run.ts';
import { writeDemoData } from '../../../scripts/demo/write-demo.ts';
import { z } from 'zod';
import {
  GremiumRecordSchema,
  InstitutionSchema,
  MunicipalityFiguresSchema,
  ProvinceFiguresSchema,
} from '../../../src/domain/records.ts';

const projectDir = resolve(import.meta.dirname, '..', '..', '..');
const projectData = join(projectDir, 'data');
// The demo data directory, generated as `npm run build:voorbeeld` generates it.
const dataDir = mkdtempSync(join(tmpdir(), 'voorbeeld-data-'));
let out: string;

type Fields<K extends string> = Record<K, string>;
type MandaatRow = Fields<
  | 'bestuurseenheidClassificatieLabel'
  | 'bestuursfunctieLabel'
  | 'statusLabel'
  | 'start'
  | 'eind'
  | 'werkingsgebiedLabel'
  | 'beleidsdomeinLabel'
  | 'persoon'
>;
type ReferenceRow = Fields<'naam' | 'provincie' | 'ontstaan_op'>;
type GremiumRow = Fields<'sector' | 'instelling_id' | 'vrouwen' | 'mannen' | 'x'>;
type ProvinceRow = Fields<
  | 'peildatum'
  | 'provincie'
  | 'n_gk_schepen_gemeenten'
  | 'n_gk_schepenen'
  | 'n_gk_burgemeester'
  | 'n_gk_geen'
  | 'voorbeelddata'
>;
type SectorRow = Fields<
  | 'jaar'
  | 'sector'
  | 'n_gremia'
  | 'n_instellingen'
  | 'n_gremia_met_gegevens'
  | 'aandeel_vrouwen_totaal'
  | 'aandeel_vrouwen_gemiddeld'
  | 'n_evenredig'
  | 'aandeel_evenredig'
  | 'voorbeelddata'
>;

/** Plain papaparse reading, so the check does not share the pipeline's CSV code. */
function readCsv<T>(path: string, encoding: BufferEncoding = 'utf8'): T[] {
  const text = readFileSync(path, encoding).replace(/^\uFEFF/, '');
  return Papa.parse<T>(text, { header: true, skipEmptyLines: true }).data;
}

beforeAll(async () => {
  out = mkdtempSync(join(tmpdir(), 'demo-'));
  await writeDemoData({ projectDir, outDir: dataDir, log: () => undefined });
  // Beside the real register export (as a publisher's DATA_DIR might have both): the demo files
  // are marked as such by their own sidecars, so the edition itself is not a demo.
  cpSync(join(projectData, 'roo'), join(dataDir, 'roo'), { recursive: true });
  writeFileSync(
    join(dataDir, 'bron.json'),
    JSON.stringify({ titel: 'Gemengd', licentie: 'CC0-1.0', publicatiedatum: '2026-04-15' }),
  );
  await runPipeline({ dataDir, projectDataDir: projectData, outDir: out });
}, 120_000);
afterAll(() => {
  rmSync(out, { recursive: true, force: true });
  rmSync(dataDir, { recursive: true, force: true });
});

describe('demo edition', () => {
  it('provincial Gelijke Kansen table on 2023-10-23 matches an independent count', () => {
    const raw = readCsv<MandaatRow>(join(dataDir, 'mandaten', 'mandaten-20231023060000000.csv'));
    const ref = readCsv<ReferenceRow>(join(projectData, 'referentie', 'gemeenten.csv'));
    const provinceOf = new Map<string, string>();
    for (const r of ref)
      if (!r.ontstaan_op) provinceOf.set(r.naam.toLowerCase().replace(/[\s-]/g, ''), r.provincie);
    const D = '2023-10-23';
    const local = (s: string): string =>
      s ? new Date(new Date(s).getTime() + 3 * 3600_000).toISOString().slice(0, 10) : '';
    // per municipality: persons -> {gk, competences} for college functions
    const towns = new Map<
      string,
      { gkSchepen: Set<string>; gkBm: boolean; any: boolean; province: string }
    >();
    for (const r of raw) {
      if (r.bestuurseenheidClassificatieLabel !== 'Gemeente') continue;
      const fn = r.bestuursfunctieLabel;
      if (!['Burgemeester', 'Schepen', 'Toegevoegde schepen'].includes(fn)) continue;
      if (!['Effectief', 'Waarnemend'].includes(r.statusLabel)) continue;
      if (local(r.start) > D || (r.eind && local(r.eind) <= D)) continue;
      const key = r.werkingsgebiedLabel.toLowerCase().replace(/[\s-]/g, '');
      const province = provinceOf.get(key);
      expect(province, r.werkingsgebiedLabel).toBeDefined();
      const t = towns.get(key) ?? {
        gkSchepen: new Set<string>(),
        gkBm: false,
        any: false,
        province: province!,
      };
      towns.set(key, t);
      const domein = r.beleidsdomeinLabel;
      if (domein) t.any = true;
      const isGk =
        /gelijke\s*kansen/.test(domein.toLowerCase().replace(/[-/]/g, ' ').replace(/\s+/g, ' ')) ||
        /gelijkekansen/i.test(domein);
      if (isGk && fn === 'Burgemeester') t.gkBm = true;
      if (isGk && fn !== 'Burgemeester') t.gkSchepen.add(r.persoon);
    }
    const expected = new Map<string, number[]>();
    for (const t of towns.values()) {
      const e = expected.get(t.province) ?? [0, 0, 0, 0];
      if (t.gkSchepen.size > 0) e[0]! += 1;
      e[1]! += t.gkSchepen.size;
      if (t.gkBm) e[2]! += 1;
      if (t.gkSchepen.size === 0 && !t.gkBm && t.any) e[3]! += 1;
      expected.set(t.province, e);
    }
    const published = readCsv<ProvinceRow>(join(out, 'downloads', 'provincies.csv')).filter(
      (r) => r.peildatum === D && r.provincie !== 'Vlaanderen',
    );
    expect(published).toHaveLength(5);
    for (const row of published) {
      const e = expected.get(row.provincie)!;
      expect(
        [row.n_gk_schepen_gemeenten, row.n_gk_schepenen, row.n_gk_burgemeester, row.n_gk_geen].map(
          Number,
        ),
        row.provincie,
      ).toEqual(e);
      expect(row.voorbeelddata).toBe('ja');
    }
  });

  it('one sector-year (zorg en welzijn 2022, a Windows-1252 file) matches an independent computation', () => {
    const raw = readCsv<GremiumRow>(join(dataDir, 'gremia', 'quickscan-2022.csv'), 'latin1');
    const rows = raw.filter((r) =>
      ['zorg en welzijn', 'zorg & welzijn'].includes(r.sector.toLowerCase()),
    );
    const withData = rows.filter((r) => r.vrouwen !== '' && r.mannen !== '');
    const totals = withData.map((r) => Number(r.vrouwen) + Number(r.mannen) + Number(r.x || 0));
    const shares = withData
      .map((r, i) => Number(r.vrouwen) / totals[i]!)
      .filter((_, i) => totals[i]! > 0);
    const women = withData.reduce((a, r) => a + Number(r.vrouwen), 0);
    const seats = totals.reduce((a, b) => a + b, 0);
    const balanced = withData.filter(
      (r, i) =>
        Number(r.vrouwen) / totals[i]! >= 0.4 &&
        Number(r.mannen) / totals[i]! >= 0.4 &&
        totals[i] !== 1 &&
        totals[i] !== 3,
    ).length;
    // The default data leads with real register figures, so the demo sectors have their own
    // files under voorbeelddata/ and never appear in the main sectoren.csv.
    const main = readCsv<SectorRow>(join(out, 'downloads', 'sectoren.csv'));
    expect(main.some((r) => r.sector === 'zorg-en-welzijn')).toBe(false);
    const row = readCsv<SectorRow>(join(out, 'downloads', 'voorbeelddata', 'sectoren.csv')).find(
      (r) => r.jaar === '2022' && r.sector === 'zorg-en-welzijn',
    )!;
    expect(row.voorbeelddata).toBe('ja');
    expect(Number(row.n_gremia)).toBe(rows.length);
    expect(Number(row.n_instellingen)).toBe(new Set(rows.map((r) => r.instelling_id)).size);
    expect(Number(row.n_gremia_met_gegevens)).toBe(shares.length);
    expect(Number(row.aandeel_vrouwen_totaal)).toBeCloseTo(women / seats, 4);
    expect(Number(row.aandeel_vrouwen_gemiddeld)).toBeCloseTo(
      shares.reduce((a, b) => a + b, 0) / shares.length,
      4,
    );
    expect(Number(row.n_evenredig)).toBe(balanced);
    expect(row.aandeel_evenredig).toMatch(/^\d\.\d{4}$/);
  });

  it('SHA256SUMS and datapackage.json hashes verify against the files', () => {
    const root = join(out, 'downloads');
    const sums = readFileSync(join(root, 'SHA256SUMS'), 'utf8').trim().split('\n');
    expect(sums.length).toBeGreaterThan(20);
    for (const line of sums) {
      const [hash, file] = line.split(/\s+/);
      expect(
        createHash('sha256')
          .update(readFileSync(join(root, file!)))
          .digest('hex'),
        file,
      ).toBe(hash);
    }
    const pkg = JSON.parse(readFileSync(join(root, 'datapackage.json'), 'utf8')) as {
      resources: {
        path: string;
        hash: string;
        bytes: number;
        schema: { fields: { name: string; description: string }[] };
      }[];
    };
    expect(pkg.resources.map((r) => r.path)).toEqual(
      expect.arrayContaining([
        'gremia.csv',
        'sectoren.csv',
        'gremiumtypes.csv',
        'gemeenten.csv',
        'provincies.csv',
        'gremia.xlsx',
        'provincies.json',
      ]),
    );
    for (const r of pkg.resources) {
      const content = readFileSync(join(root, r.path));
      expect(r.hash).toBe(`sha256:${createHash('sha256').update(content).digest('hex')}`);
      expect(r.bytes).toBe(content.length);
      if (r.path.endsWith('.csv')) {
        const header = content.toString('utf8').split('\n')[0]!.split(',');
        expect(r.schema.fields.map((f) => f.name)).toEqual(header);
        for (const f of r.schema.fields)
          expect(f.description.length, `${r.path}:${f.name}`).toBeGreaterThan(5);
      }
    }
  });

  it('never mixes real and demo rows in one file, and labels every demo row', () => {
    const root = join(out, 'downloads');
    const files = readdirSync(root, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile() && e.name.endsWith('.csv') && !e.name.startsWith('importverslag'))
      .map((e) => join(e.parentPath, e.name));
    expect(files.length).toBeGreaterThan(1000);
    for (const file of files) {
      const rows = readCsv<Record<string, string>>(file);
      const kinds = new Set(rows.map((r) => r.bronsoort).filter((k) => k !== undefined));
      const demo = rows.some((r) => r.bronsoort === 'voorbeelddata' || r.voorbeelddata === 'ja');
      if (demo) {
        expect(
          [...kinds].every((k) => k === 'voorbeelddata'),
          file,
        ).toBe(true);
        expect(
          rows.every((r) => r.voorbeelddata === 'ja'),
          file,
        ).toBe(true);
      }
    }
    // The main gremia table is the register's: one row per municipality and board.
    const gremia = readCsv<Record<string, string>>(join(root, 'gremia.csv'));
    expect(gremia).toHaveLength(684);
    expect(new Set(gremia.map((r) => r.bronsoort))).toEqual(new Set(['register']));
    const totals = readCsv<Record<string, string>>(join(root, 'sectoren.csv')).filter(
      (r) => r.sector === 'totaal',
    );
    expect(totals.map((r) => [r.jaar, r.bronsoort, r.n_instellingen])).toEqual([
      ['2026', 'register', '342'],
    ]);
    const demoTotals = readCsv<Record<string, string>>(
      join(root, 'voorbeelddata', 'sectoren.csv'),
    ).filter((r) => r.sector === 'totaal');
    expect(demoTotals.every((r) => r.bronsoort === 'voorbeelddata')).toBe(true);
    expect(demoTotals.map((r) => r.jaar)).toEqual(['2021', '2022', '2023', '2024', '2025']);
  });

  it('the site data the pages are built from conforms to the record schemas', () => {
    const site = JSON.parse(readFileSync(join(out, 'site-data.json'), 'utf8')) as Record<
      string,
      unknown
    >;
    expect(() => z.array(GremiumRecordSchema).parse(site.gremia)).not.toThrow();
    expect(() => z.array(InstitutionSchema).parse(site.instellingen)).not.toThrow();
    expect(() => z.array(MunicipalityFiguresSchema).parse(site.gemeenteCijfers)).not.toThrow();
    expect(() => z.array(ProvinceFiguresSchema).parse(site.provincieCijfers)).not.toThrow();
  });

  it('every input row is accounted for in the import report', () => {
    const report = JSON.parse(
      readFileSync(join(out, 'downloads', 'importverslag.json'), 'utf8'),
    ) as {
      bestand: string;
      rijen_gelezen: number;
      rijen_gebruikt: number;
      rijen_overgeslagen: Record<string, number>;
    }[];
    expect(report.length).toBeGreaterThan(8);
    for (const r of report) {
      const skipped = Object.values(r.rijen_overgeslagen).reduce((a, b) => a + b, 0);
      expect(r.rijen_gebruikt + skipped, r.bestand).toBe(r.rijen_gelezen);
    }
    const mandaten = report.find((r) => r.bestand.startsWith('mandaten/mandaten-2023'))!;
    expect(mandaten.rijen_overgeslagen['bestuurseenheid OCMW']).toBeGreaterThan(0);
  });
});
