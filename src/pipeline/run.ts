// The data pipeline: load every input of a data directory, validate, compute the figures of
// DATA.md, and save the downloads plus the site data the pages are built from.
import { existsSync, statSync } from 'node:fs';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { extname, join, resolve } from 'node:path';
import { groupBy } from '../domain/aggregates.ts';
import { computeGremiaFigures } from '../domain/gremia-figures.ts';
import { PROVINCES_NL, registerAreaRows } from '../domain/roo.ts';
import { aggregateBodies, sumParties, withCompositionChanges } from '../domain/bodies.ts';
import { canonicalGremiumTypes, canonicalSectors } from '../domain/lookups.ts';
import { isDemo, kindOfFile, type Bronsoort } from '../domain/source-kinds.ts';
import {
  computeMunicipalityFigures,
  computeProvinceFigures,
  type MunicipalityFigures,
} from '../domain/municipality-figures.ts';
import { MunicipalityMatcher, assignSlugs, type Municipality } from '../domain/municipalities.ts';
import type { GremiumRecord } from '../domain/records.ts';
import type {
  InstitutionSummary,
  MunicipalityEntry,
  SiteData,
  SourceFile,
} from '../domain/site-data.ts';
import { slugify } from '../domain/text.ts';
import { isContactUrl, isHttpUrl } from '../domain/input-rules.ts';
import { dutchMunicipalities, dutchProvinces } from '../domain/dutch-places.ts';
import { DataError, Problems } from './problems.ts';
import { registerRoot, relativeName } from './paths.ts';
import { checkGremiaConsistency, readGremiaFile, splitHerkomst } from './read-gremia.ts';
import { readLookups } from './read-lookups.ts';
import { readMandatenFile, type MandatenExtract } from './read-mandaten.ts';
import { readMunicipalSources } from './municipal-sources.ts';
import { readPersonen } from './read-personen.ts';
import { readPublishedFigures } from './read-published.ts';
import { readBoundaries } from './read-boundaries.ts';
import {
  readRetiredUrls,
  readDutchNames,
  readProvinceAliases,
  readPlaceNames,
  readChangelog,
  readEdition,
  readMunicipalities,
  readProvenance,
} from './read-reference.ts';
import { editionHistory } from '../domain/editions.ts';
import {
  parseManifest,
  publishedInstitutionSlugs,
  type ManifestEntry,
} from '../domain/url-manifest.ts';
import { addEditions, readArchivedEditions } from './editions.ts';
import { writeDownloads } from './save-downloads.ts';

export interface PipelineOptions {
  dataDir: string;
  /** The project's own data/ (lookups, reference table, published figures). */
  projectDataDir: string;
  /** Receives downloads/ and site-data.json. */
  outDir: string;
  /** Edition date when bron.json has none (ISO); defaults to today. */
  buildDate?: string;
  /**
   * The address list of the site now in OUT_DIR (if any): its institution slugs stay with their
   * institutions too, also when the data directory keeps no manifest of its own.
   */
  previousManifest?: string;
  /** Where warnings go (they do not stop the build); default: console.warn. */
  warn?: (message: string) => void;
  /** the site's origin from the environment (SITE_URL): before bron.json's site_url */
  siteUrl?: string | undefined;
  /** the contact from the environment (CONTACT): before bron.json's contact */
  contact?: string | undefined;
  /** the origin when neither names one (the preview server's) */
  defaultOrigin?: string;
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

/**
 * Institutions with their page slug. A slug once published stays with its institution (the URL
 * manifest says which); a new id whose slug folds to a taken one ("AB12" published, "ab12" new)
 * gets a new slug with a number, so it never takes over a published URL.
 */
function summariseInstitutions(
  gremia: GremiumRecord[],
  published: Map<string, string>,
): InstitutionSummary[] {
  const byId = groupBy(gremia, (g) => g.instelling_id);
  const slugOf = new Map<string, string>();
  for (const [slug, id] of published) if (byId.has(id) && !slugOf.has(id)) slugOf.set(id, slug);
  const used = new Set<string>([...published.keys()]);
  const result: InstitutionSummary[] = [];
  for (const [id, records] of [...byId.entries()].sort(([a], [b]) => a.localeCompare(b))) {
    const latest = records.reduce((a, b) => (b.jaar > a.jaar ? b : a));
    let slug = slugOf.get(id);
    if (slug === undefined) {
      const base = slugify(id) || 'instelling';
      slug = base;
      for (let n = 2; used.has(slug); n += 1) slug = `${base}-${n}`;
      used.add(slug);
    }
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

/**
 * One kind of source per sector and per institution (DATA.md §6): a sector's figures are pooled,
 * so real and demo rows in one sector would meet in every total. Returns each sector's kind.
 */
function checkSourceKinds(
  gremia: readonly GremiumRecord[],
  problems: Problems,
): Record<string, Bronsoort> {
  const kinds: Record<string, Bronsoort> = {};
  const where = new Map<string, string>();
  const reported = new Set<string>();
  const check = (scope: string, label: string, r: GremiumRecord) => {
    const seen = kinds[scope];
    if (seen === undefined) {
      kinds[scope] = r.bronsoort;
      where.set(scope, r.herkomst);
    } else if (seen !== r.bronsoort && !reported.has(scope)) {
      reported.add(scope);
      const [file, line] = splitHerkomst(r.herkomst);
      problems.error(
        { file, line },
        `${label} heeft rijen uit twee soorten bron: ${seen} (${where.get(scope)}) en ${r.bronsoort}; echte cijfers en voorbeelddata komen nooit samen in één sector of instelling`,
      );
    }
  };
  for (const r of gremia) {
    check(`sector:${r.sector}`, `sector ${JSON.stringify(r.sector)}`, r);
    check(`instelling:${r.instelling_id}`, `instelling_id ${JSON.stringify(r.instelling_id)}`, r);
  }
  return Object.fromEntries(
    Object.entries(kinds)
      .filter(([k]) => k.startsWith('sector:'))
      .map(([k, v]) => [k.slice('sector:'.length), v]),
  );
}

/** The Flemish figures form one series over peildata: all extracts must be of one kind. */
function singleMandatenKind(sources: readonly SourceFile[], problems: Problems): Bronsoort | null {
  const mandaten = sources.filter((s) => s.soort === 'mandaten' || s.soort === 'personen');
  const kinds = new Set(mandaten.map((s) => s.bronsoort));
  if (kinds.size > 1) {
    const demo = mandaten.filter((s) => isDemo(s.bronsoort)).map((s) => s.bestand);
    problems.error(
      { file: demo[0]! },
      `mandaten/ en personen/ mengen voorbeelddata (${demo.join(', ')}) met echte extracten; één soort bron per reeks peildata`,
    );
  }
  return mandaten.find((s) => s.soort === 'mandaten')?.bronsoort ?? null;
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

/**
 * referentie/grenzen-nl.topojson (optional): Dutch municipalities keyed by CBS code in property
 * `statcode` (GM0363), joined to the register's organisation ids (gm0363) for the map.
 */
async function readDutchBoundaries(
  dataDir: string,
  projectDataDir: string,
  register: readonly GremiumRecord[],
  sources: SourceFile[],
  problems: Problems,
): Promise<SiteData['grenzenNl']> {
  const path = [dataDir, projectDataDir]
    .map((d) => join(d, 'referentie', 'grenzen-nl.topojson'))
    .find((p) => existsSync(p));
  if (!path || register.length === 0) return null;
  sources.push({
    bestand: relativeName(path),
    soort: 'grenzen',
    bron: await readProvenance(path, problems),
  });
  const ids = new Set(register.map((r) => r.instelling_id));
  const shapes = await readBoundaries(path, ids, problems, 'statcode', (k) => k.toLowerCase());
  // The provinces' outlines (optional, grenzen-nl-provincies.topojson): the locator maps.
  const provincesPath = [dataDir, projectDataDir]
    .map((d) => join(d, 'referentie', 'grenzen-nl-provincies.topojson'))
    .find((p) => existsSync(p));
  let provincies: { naam: string; geometry: import('geojson').Geometry }[] = [];
  if (provincesPath) {
    sources.push({
      bestand: relativeName(provincesPath),
      soort: 'grenzen',
      bron: await readProvenance(provincesPath, problems),
    });
    const names = new Set(Object.values(PROVINCES_NL));
    provincies = (
      await readBoundaries(provincesPath, names, problems, 'statnaam', (k) => k.normalize('NFC'))
    ).map((s) => ({ naam: s.nis, geometry: s.geometry }));
  }
  return {
    bestand: relativeName(path),
    vormen: shapes.map((s) => ({ code: s.nis, geometry: s.geometry })),
    provincies,
  };
}

async function readManifestFile(path: string): Promise<ManifestEntry[]> {
  return existsSync(path) ? parseManifest(await readFile(path, 'utf8')) : [];
}

/**
 * Institution slugs already taken: from the data directory's manifest (what the publisher
 * published) and from the site in OUT_DIR; where the two differ, the data directory wins.
 */
/** The origin `npm run preview` serves: absolute links work locally without configuration. */
const PREVIEW_ORIGIN = 'http://127.0.0.1:4321';

export async function institutionPins(
  dataDir: string,
  previousManifest: string | undefined,
): Promise<Map<string, string>> {
  const fromData = publishedInstitutionSlugs(
    await readManifestFile(join(dataDir, 'gepubliceerde-urls.txt')),
  );
  const fromSite = previousManifest
    ? publishedInstitutionSlugs(await readManifestFile(previousManifest))
    : new Map<string, string>();
  return new Map([...fromData, ...[...fromSite].filter(([slug]) => !fromData.has(slug))]);
}

/**
 * Slugs already published under `prefix` for entities starting with `entity` (from the data
 * directory's manifest and the site in OUT_DIR): slug -> entity.
 */
async function publishedEntitySlugs(
  dataDir: string,
  previousManifest: string | undefined,
  prefix: string,
  entity: string,
): Promise<Map<string, string>> {
  const entries = [
    ...(await readManifestFile(join(dataDir, 'gepubliceerde-urls.txt'))),
    ...(previousManifest ? await readManifestFile(previousManifest) : []),
  ];
  const slugs = new Map<string, string>();
  for (const e of entries) {
    if (!e.path.startsWith(prefix) || !e.entity?.startsWith(entity)) continue;
    const slug = e.path.slice(prefix.length).replace(/\/$/, '');
    if (/^[a-z0-9-]+$/.test(slug) && !slugs.has(slug)) slugs.set(slug, e.entity);
  }
  return slugs;
}

export async function runPipeline(options: PipelineOptions): Promise<SiteData> {
  const dataDir = resolve(options.dataDir);
  const projectDataDir = resolve(options.projectDataDir);
  registerRoot(dataDir);
  const problems = new Problems();

  const gremiaFiles = await listFiles(join(dataDir, 'gremia'), ['.csv', '.xlsx']);
  const mandatenFiles = await listFiles(join(dataDir, 'mandaten'), ['.csv']);
  const rooFiles = await listFiles(join(dataDir, 'roo'), ['.csv', '.xml']);
  if (!existsSync(dataDir)) {
    problems.error({ file: dataDir }, 'DATA_DIR bestaat niet');
    throw new DataError(problems);
  }
  if (gremiaFiles.length === 0 && mandatenFiles.length === 0 && rooFiles.length === 0) {
    problems.error(
      { file: dataDir },
      'geen gegevens gevonden: verwacht gremia/*.csv of *.xlsx (quick-scan), roo/*.csv of roo/exportOO.xml (Register van Overheidsorganisaties) en/of mandaten/*.csv (mandatendatabank), zie DATA.md §1',
    );
    throw new DataError(problems);
  }

  const edition = await readEdition(join(dataDir, 'bron.json'), problems);
  if (options.contact !== undefined && !isContactUrl(options.contact))
    problems.error(
      { file: 'CONTACT' },
      `${JSON.stringify(options.contact)}: een http(s)-adres of mailto:adres@domein`,
    );
  if (options.siteUrl && !isHttpUrl(options.siteUrl))
    problems.error({ file: 'SITE_URL' }, `${JSON.stringify(options.siteUrl)}: een http(s)-adres`);
  const changelog = await readChangelog(join(dataDir, 'wijzigingen.json'), problems);
  const archived = await readArchivedEditions(dataDir, problems);
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
  const placesPath = [
    join(dataDir, 'referentie', 'postcodes.csv'),
    join(projectDataDir, 'referentie', 'postcodes.csv'),
  ].find((p) => existsSync(p));
  const places = placesPath
    ? await readPlaceNames(placesPath, new Set(municipalities.map((m) => m.nis)), problems)
    : [];
  if (placesPath)
    sources.push({
      bestand: relativeName(placesPath),
      soort: 'referentie',
      bron: await readProvenance(placesPath, problems),
    });
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
    const bronsoort = kindOfFile('bronbestand', bron?.voorbeelddata, edition?.voorbeelddata);
    sources.push({ bestand: relativeName(path), soort: 'gremia', bron, bronsoort });
    // One by one: spreading a large file's rows into push() would overflow the stack.
    for (const row of await readGremiaFile(path, lookups, problems, lookupHint, bronsoort))
      gremia.push(row);
  }
  const rooInputs = [];
  for (const path of rooFiles) rooInputs.push({ path, bron: await readProvenance(path, problems) });
  const municipal = await readMunicipalSources({
    dataDir,
    rooFiles: rooInputs,
    archived,
    lookups,
    lookupHint,
    editionDemo: edition?.voorbeelddata,
    problems,
  });
  const roo = municipal.current;
  for (const f of municipal.files)
    sources.push({
      bestand: f.bestand,
      soort: f.soort,
      bron: f.bron,
      peildatum: f.peildatum,
      bronsoort: kindOfFile('register', f.bron?.voorbeelddata, edition?.voorbeelddata),
    });
  for (const row of [...roo.gremia, ...municipal.earlierYears]) gremia.push(row);
  checkGremiaConsistency(gremia, problems);
  const sectorKinds = checkSourceKinds(gremia, problems);

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
    sources.push({
      bestand: extract.file,
      soort: 'mandaten',
      bron,
      peildatum: extract.peildatum,
      bronsoort: kindOfFile('register', bron?.voorbeelddata, edition?.voorbeelddata),
    });
    extracts.push(extract);
  }
  const personenFiles = await listFiles(join(dataDir, 'personen'), ['.csv']);
  const personen = await readPersonen(personenFiles, problems);
  for (const path of personenFiles) {
    const bron = await readProvenance(path, problems);
    sources.push({
      bestand: relativeName(path),
      soort: 'personen',
      bron,
      bronsoort: kindOfFile('register', bron?.voorbeelddata, edition?.voorbeelddata),
    });
  }
  const mandatenKind = singleMandatenKind(sources, problems);

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
  const figures = computeGremiaFigures(gremia);

  const publicatiedatum =
    edition?.publicatiedatum ?? options.buildDate ?? new Date().toISOString().slice(0, 10);
  const entries = municipalityEntries(municipalities);
  const flemishSlugs = new Set(entries.map((e) => e.slug));
  const dutchNamesPath = [
    join(dataDir, 'referentie', 'gemeenten-nl.csv'),
    join(projectDataDir, 'referentie', 'gemeenten-nl.csv'),
  ].find((p) => existsSync(p));
  const provinceAliasPath = [
    join(dataDir, 'referentie', 'provincies-nl.csv'),
    join(projectDataDir, 'referentie', 'provincies-nl.csv'),
  ].find((p) => existsSync(p));
  const registerOrganisations = [
    ...roo.snapshots,
    ...municipal.archived.map((a) => a.snapshot),
  ].flatMap((s) =>
    s.organisaties
      .filter((o) => o.sector === 'gemeenten')
      .map((o) => ({ ...o, peildatum: s.peildatum })),
  );
  const gemeentenNl = dutchMunicipalities(
    registerOrganisations,
    dutchNamesPath ? await readDutchNames(dutchNamesPath, problems) : new Map(),
    flemishSlugs,
    await publishedEntitySlugs(dataDir, options.previousManifest, '/gemeenten/', 'gemeente:gm'),
  );
  const provinceNames = [...new Set(municipalities.map((m) => m.provincie))].sort((a, b) =>
    a.localeCompare(b, 'nl'),
  );
  const titel = edition?.titel ?? 'Genderdiversiteit in de top van de (semi)publieke sector';
  const bodies = withCompositionChanges(municipal.bodies);
  const site: SiteData = {
    geschiedenis: editionHistory(
      changelog,
      { datum: publicatiedatum, titel },
      archived.map((a) => a.meta),
    ),
    editie: {
      titel,
      uitgever: edition?.uitgever ?? 'onbekende uitgever',
      licentie: edition?.licentie ?? 'CC-BY-4.0',
      ...(edition?.licentie_url ? { licentie_url: edition.licentie_url } : {}),
      ...((options.contact ?? edition?.contact)
        ? { contact: (options.contact ?? edition?.contact)! }
        : {}),
      site_url: (
        options.siteUrl ||
        edition?.site_url ||
        options.defaultOrigin ||
        PREVIEW_ORIGIN
      ).replace(/\/+$/, ''),
      ...(edition?.voorbeelddata ? { voorbeelddata: true } : {}),
      publicatiedatum,
    },
    soorten: { sectoren: sectorKinds, mandaten: mandatenKind },
    bronnen: sources,
    importverslag: [],
    sectoren: sectors,
    gremiumtypes: gremiumTypes,
    jaren: [...new Set(gremia.map((g) => g.jaar))].sort(),
    gremia,
    ...figures,
    register: [...roo.snapshots, ...municipal.earlierSnapshots],
    registerGebieden: registerAreaRows([...roo.snapshots, ...municipal.earlierSnapshots]),
    registerArchief: municipal.archived,
    organen: bodies,
    organenGebieden: aggregateBodies(bodies),
    partijen: municipal.parties,
    partijenLand: sumParties(municipal.parties),
    verkiezingen: municipal.elections,
    verkiezingRijen: municipal.electionRows,
    instellingen: summariseInstitutions(
      gremia,
      await institutionPins(dataDir, options.previousManifest),
    ),
    gemeenten: entries,
    plaatsen: places,
    peildata: extracts.map((e) => e.peildatum),
    gemeenteCijfers,
    provincieCijfers,
    provincies: provinceNames.map((naam) => ({ naam, slug: slugify(naam) })),
    gemeentenNl,
    verkiezingsdata: lookups.verkiezingsdata,
    rollenLabels: [...lookups.rollen.values()],
    provinciesNl: dutchProvinces(
      new Set(provinceNames.map((naam) => slugify(naam))),
      provinceAliasPath ? await readProvinceAliases(provinceAliasPath, problems) : new Map(),
    ),
    gepubliceerd: await readPublishedFigures(
      join(projectDataDir, 'gepubliceerd'),
      problems,
      lookups,
    ),
    grenzenNl: await readDutchBoundaries(dataDir, projectDataDir, roo.gremia, sources, problems),
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
    edities: [],
    editieCijfers: [],
    vervallen: await readRetiredUrls(dataDir, problems),
  };
  const later = archived.filter((a) => a.meta.datum > publicatiedatum);
  for (const a of later)
    problems.error(
      { file: relativeName(a.dir) },
      `editie ${a.meta.datum} is nieuwer dan de editie die deze build publiceert (${publicatiedatum}, bron.json): zet de publicatiedatum van de nieuwe editie in bron.json`,
    );
  if (problems.errors.length > 0) throw new DataError(problems);

  site.importverslag = problems.allReports();
  const downloadsDir = join(options.outDir, 'downloads');
  site.downloads = await writeDownloads(site, downloadsDir);
  for (const warning of await addEditions(site, archived, changelog, downloadsDir, options.outDir))
    (options.warn ?? console.warn)(`Let op: ${warning}`);
  await mkdir(options.outDir, { recursive: true });
  await writeFile(join(options.outDir, 'site-data.json'), JSON.stringify(site));
  return site;
}
