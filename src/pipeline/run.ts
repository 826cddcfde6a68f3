// The data pipeline: load every input of a data directory, validate, compute the figures of
// DATA.md, and save the downloads plus the site data the pages are built from.
import { existsSync, statSync } from 'node:fs';
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { extname, join, resolve } from 'node:path';
import { aggregateGremia, groupBy, type AggregatableGremium } from '../domain/aggregates.ts';
import { canonicalGremiumTypes, canonicalSectors } from '../domain/lookups.ts';
import {
  computeMunicipalityFigures,
  computeProvinceFigures,
  type MunicipalityFigures,
} from '../domain/municipality-figures.ts';
import { MunicipalityMatcher, assignSlugs, type Municipality } from '../domain/municipalities.ts';
import type { GremiumRecord } from '../domain/records.ts';
import type {
  AggregateRow,
  InstitutionSummary,
  MunicipalityEntry,
  SiteData,
  SourceFile,
} from '../domain/site-data.ts';
import { slugify } from '../domain/text.ts';
import { DataError, Problems } from './problems.ts';
import { registerRoot, relativeName } from './paths.ts';
import { checkGremiaConsistency, readGremiaFile } from './read-gremia.ts';
import { readLookups } from './read-lookups.ts';
import { readMandatenFile, type MandatenExtract } from './read-mandaten.ts';
import { readPersonen } from './read-personen.ts';
import { readPublishedFigures } from './read-published.ts';
import { readBoundaries } from './read-boundaries.ts';
import {
  readChangelog,
  readEdition,
  readMunicipalities,
  readProvenance,
} from './read-reference.ts';
import { editionHistory } from '../domain/editions.ts';
import { writeDownloads } from './save-downloads.ts';

export interface PipelineOptions {
  dataDir: string;
  /** The project's own data/ (lookups, reference table, published figures). */
  projectDataDir: string;
  /** Receives downloads/ and site-data.json. */
  outDir: string;
  /** Edition date when bron.json has none (ISO); defaults to today. */
  buildDate?: string;
}

async function listFiles(dir: string, extensions: string[]): Promise<string[]> {
  if (!existsSync(dir)) return [];
  const entries = await readdir(dir, { withFileTypes: true });
  // Symlinked extracts count as files too (statSync follows the link).
  return entries
    .filter((e) => extensions.includes(extname(e.name).toLowerCase()) && !e.name.startsWith('~$'))
    .map((e) => join(dir, e.name))
    .filter((path) => statSync(path, { throwIfNoEntry: false })?.isFile() === true)
    .sort();
}

function aggregateRows<T extends AggregatableGremium & { jaar: number }>(
  records: T[],
  keyOf: (r: T) => string,
  labelOf: (r: T) => string,
): AggregateRow[] {
  const rows: AggregateRow[] = [];
  for (const [k, group] of groupBy(records, (r) => `${r.jaar}\u0000${keyOf(r)}`)) {
    const first = group[0]!;
    rows.push({
      jaar: first.jaar,
      key: k.split('\u0000')[1]!,
      label: labelOf(first),
      ...aggregateGremia(group),
    });
  }
  return rows.sort((a, b) => a.jaar - b.jaar || a.key.localeCompare(b.key));
}

function summariseInstitutions(gremia: GremiumRecord[]): InstitutionSummary[] {
  const byId = groupBy(gremia, (g) => g.instelling_id);
  const used = new Set<string>();
  const result: InstitutionSummary[] = [];
  for (const [id, records] of [...byId.entries()].sort(([a], [b]) => a.localeCompare(b))) {
    const latest = records.reduce((a, b) => (b.jaar > a.jaar ? b : a));
    let slug = slugify(id) || 'instelling';
    // Two ids that fold to the same slug (case, punctuation) keep distinct URLs.
    for (let n = 2; used.has(slug); n += 1) slug = `${slugify(id) || 'instelling'}-${n}`;
    used.add(slug);
    result.push({
      id,
      slug,
      naam: latest.instelling,
      sector: latest.sector,
      subsector: latest.subsector,
      jaren: [...new Set(records.map((r) => r.jaar))].sort(),
    });
  }
  return result;
}

function municipalityEntries(municipalities: Municipality[]): MunicipalityEntry[] {
  const slugs = assignSlugs(municipalities);
  return municipalities.map((m) => ({
    ...m,
    slug: slugs.get(m.nis)!,
    opvolger: m.opgegaan_in && m.opgegaan_in !== m.nis ? m.opgegaan_in : null,
    voorgangers: municipalities
      .filter((o) => o.opgegaan_in === m.nis && o.nis !== m.nis)
      .map((o) => o.nis),
  }));
}

export async function runPipeline(options: PipelineOptions): Promise<SiteData> {
  const dataDir = resolve(options.dataDir);
  const projectDataDir = resolve(options.projectDataDir);
  registerRoot(dataDir);
  const problems = new Problems();

  const gremiaFiles = await listFiles(join(dataDir, 'gremia'), ['.csv', '.xlsx']);
  const mandatenFiles = await listFiles(join(dataDir, 'mandaten'), ['.csv']);
  if (!existsSync(dataDir)) {
    problems.error({ file: dataDir }, 'DATA_DIR bestaat niet');
    throw new DataError(problems);
  }
  if (gremiaFiles.length === 0 && mandatenFiles.length === 0) {
    problems.error(
      { file: dataDir },
      'geen gegevens gevonden: verwacht gremia/*.csv of *.xlsx (quick-scan) en/of mandaten/*.csv (mandatendatabank), zie DATA.md §1',
    );
    throw new DataError(problems);
  }

  const edition = await readEdition(join(dataDir, 'bron.json'), problems);
  const changelog = await readChangelog(join(dataDir, 'wijzigingen.json'), problems);
  const lookupDirs = [...new Set([join(projectDataDir, 'lookups'), join(dataDir, 'lookups')])];
  const lookups = await readLookups(lookupDirs, problems);
  const referencePath = [
    join(dataDir, 'referentie', 'gemeenten.csv'),
    join(projectDataDir, 'referentie', 'gemeenten.csv'),
  ].find((p) => existsSync(p));
  const municipalities = referencePath ? await readMunicipalities(referencePath, problems) : [];
  const boundariesPath =
    [
      join(dataDir, 'referentie', 'grenzen.topojson'),
      join(projectDataDir, 'referentie', 'grenzen.topojson'),
    ].find((p) => existsSync(p)) ?? null;
  const sources: SourceFile[] = [];
  if (referencePath)
    sources.push({
      bestand: relativeName(referencePath),
      soort: 'referentie',
      bron: await readProvenance(referencePath, problems),
    });
  if (boundariesPath)
    sources.push({
      bestand: relativeName(boundariesPath),
      soort: 'grenzen',
      bron: await readProvenance(boundariesPath, problems),
    });

  const lookupHint = relativeName(join(dataDir, 'lookups'));
  const gremia: GremiumRecord[] = [];
  for (const path of gremiaFiles) {
    const bron = await readProvenance(path, problems);
    sources.push({ bestand: relativeName(path), soort: 'gremia', bron });
    // One by one: spreading a large file's rows into push() would overflow the stack.
    for (const row of await readGremiaFile(path, lookups, problems, lookupHint)) gremia.push(row);
  }
  checkGremiaConsistency(gremia, problems);

  if (mandatenFiles.length > 0 && municipalities.length === 0) {
    problems.error(
      { file: 'referentie/gemeenten.csv' },
      'ontbreekt of is leeg; nodig om mandaten aan gemeenten te koppelen',
    );
  }
  const matcher = new MunicipalityMatcher(municipalities);
  const extracts: MandatenExtract[] = [];
  for (const path of mandatenFiles) {
    const bron = await readProvenance(path, problems);
    const extract = await readMandatenFile(path, bron, matcher, problems);
    if (!extract) continue;
    const same = extracts.find((e) => e.peildatum === extract.peildatum);
    if (same) {
      problems.error(
        { file: extract.file },
        `peildatum ${extract.peildatum} komt ook voor in ${same.file}; één extract per peildatum`,
      );
      continue;
    }
    sources.push({ bestand: extract.file, soort: 'mandaten', bron, peildatum: extract.peildatum });
    extracts.push(extract);
  }
  const personenFiles = await listFiles(join(dataDir, 'personen'), ['.csv']);
  const personen = await readPersonen(personenFiles, problems);
  for (const path of personenFiles)
    sources.push({
      bestand: relativeName(path),
      soort: 'personen',
      bron: await readProvenance(path, problems),
    });

  if (problems.errors.length > 0) throw new DataError(problems);

  // Figures.
  extracts.sort((a, b) => a.peildatum.localeCompare(b.peildatum));
  const gemeenteCijfers: MunicipalityFigures[] = extracts.flatMap((e) =>
    computeMunicipalityFigures({
      peildatum: e.peildatum,
      records: e.records,
      municipalities,
      beleidsdomeinen: lookups.beleidsdomeinen,
      personen,
    }),
  );
  const provincieCijfers = computeProvinceFigures(gemeenteCijfers);
  gremia.sort(
    (a, b) =>
      a.jaar - b.jaar ||
      a.sector.localeCompare(b.sector) ||
      a.instelling_id.localeCompare(b.instelling_id) ||
      a.gremium_type.localeCompare(b.gremium_type) ||
      a.gremium.localeCompare(b.gremium),
  );
  const sectors = canonicalSectors(lookups);
  const gremiumTypes = canonicalGremiumTypes(lookups);
  const sectorCijfers = aggregateRows(
    gremia,
    (g) => g.sector,
    (g) => g.sector_label,
  );
  const totaalCijfers = aggregateRows(
    gremia,
    () => 'totaal',
    () => 'Totaal',
  );
  const groepCijfers = aggregateRows(
    gremia,
    (g) => g.groep,
    (g) => (g.groep === 'publiek' ? 'Publieke sector' : 'Semipublieke sector'),
  );
  const gremiumtypeCijfers = aggregateRows(
    gremia,
    (g) => g.gremium_type,
    (g) => g.gremium_type_label,
  );
  const subsectorCijfers = aggregateRows(
    gremia.filter((g) => g.subsector !== ''),
    (g) => `${g.sector}/${g.subsector}`,
    (g) => g.subsector,
  ).map((r) => ({ ...r, sector: r.key.split('/')[0]! }));

  const demo =
    edition?.voorbeelddata === true || sources.some((s) => s.bron?.voorbeelddata === true);
  const publicatiedatum =
    edition?.publicatiedatum ?? options.buildDate ?? new Date().toISOString().slice(0, 10);
  const entries = municipalityEntries(municipalities);
  const provinceNames = [...new Set(municipalities.map((m) => m.provincie))].sort((a, b) =>
    a.localeCompare(b, 'nl'),
  );
  const titel = edition?.titel ?? 'Genderdiversiteit in de top van de (semi)publieke sector';
  const site: SiteData = {
    geschiedenis: editionHistory(changelog, { datum: publicatiedatum, titel }),
    editie: {
      titel,
      uitgever: edition?.uitgever ?? 'onbekende uitgever',
      licentie: edition?.licentie ?? 'CC-BY-4.0',
      ...(edition?.licentie_url ? { licentie_url: edition.licentie_url } : {}),
      ...(edition?.contact ? { contact: edition.contact } : {}),
      publicatiedatum,
    },
    voorbeelddata: demo,
    bronnen: sources,
    importverslag: [],
    sectoren: sectors,
    gremiumtypes: gremiumTypes,
    jaren: [...new Set(gremia.map((g) => g.jaar))].sort(),
    gremia,
    sectorCijfers,
    totaalCijfers,
    groepCijfers,
    gremiumtypeCijfers,
    subsectorCijfers,
    instellingen: summariseInstitutions(gremia),
    gemeenten: entries,
    peildata: extracts.map((e) => e.peildatum),
    gemeenteCijfers,
    provincieCijfers,
    provincies: provinceNames.map((naam) => ({ naam, slug: slugify(naam) })),
    gepubliceerd: await readPublishedFigures(join(projectDataDir, 'gepubliceerd'), problems),
    grenzen: boundariesPath
      ? {
          bestand: relativeName(boundariesPath),
          vormen: await readBoundaries(
            boundariesPath,
            new Set(municipalities.map((m) => m.nis)),
            problems,
          ),
        }
      : null,
    downloads: [],
  };
  if (problems.errors.length > 0) throw new DataError(problems);

  site.importverslag = problems.allReports();
  site.downloads = await writeDownloads(site, join(options.outDir, 'downloads'));
  await mkdir(options.outDir, { recursive: true });
  await writeFile(join(options.outDir, 'site-data.json'), JSON.stringify(site));
  return site;
}
