// Editions that hold: every published edition is archived in <DATA_DIR>/edities/<datum>/ with
// its downloads, datapackage.json, SHA256SUMS and editie.json. Each build checks every archive
// against its own SHA256SUMS (a changed or extra file stops the build), prepares the current
// edition's archive, reads what each edition published for the entity histories, and computes
// what changed from one edition to the next. The only module that touches the archives.
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { copyFile, lstat, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import { z } from 'zod';
import {
  diffEditions,
  type EditionChange,
  type EditionTables,
  type TableRow,
} from '../domain/edition-diff.ts';
import { isDemo } from '../domain/source-kinds.ts';
import type { Changelog } from '../domain/records.ts';
import { writeChangesCsv } from './save-downloads.ts';
import type { DownloadEntry, SiteData } from '../domain/site-data.ts';
import { parseCsvText } from './csv-records.ts';
import { relativeName } from './paths.ts';
import type { Problems } from './problems.ts';
import { checksumsText, dataPackageJson, type DownloadFile } from './write-downloads.ts';
import { DOWNLOAD_TABLES } from '../domain/download-tables.ts';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/** editie.json of an archived edition. */
export const EditionMetaSchema = z.object({
  datum: isoDate,
  titel: z.string().min(1),
  toelichting: z.string().default(''),
  /** the day the archive was made (npm run editie:publiceren) */
  gearchiveerd_op: isoDate.optional(),
  bronnen: z
    .array(
      z.object({
        bestand: z.string(),
        peildatum: isoDate.optional(),
        url: z.string().optional(),
        sha256: z.string().optional(),
      }),
    )
    .default([]),
});
export type EditionMeta = z.infer<typeof EditionMetaSchema>;

export interface EditionDir {
  meta: EditionMeta;
  /** directory holding downloads/ and editie.json */
  dir: string;
  /** true: archived in the data directory; false: this build's edition, not yet published */
  gearchiveerd: boolean;
  /** files listed in downloads/SHA256SUMS (relative, forward slashes) */
  bestanden: string[];
}

const SAFE_PATH = /^[A-Za-z0-9][A-Za-z0-9._-]*(\/[A-Za-z0-9][A-Za-z0-9._-]*)*$/;

async function listFilesRecursively(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((e) => !e.isDirectory())
    .map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join('/'));
}

function sha256(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/**
 * Checks one archive: editie.json valid and dated as its folder, every file listed in
 * SHA256SUMS present with that checksum, no file that SHA256SUMS does not list, no links.
 */
export async function verifyArchive(
  dir: string,
  datum: string,
  problems: Problems,
): Promise<EditionDir | null> {
  const name = relativeName(dir);
  const metaPath = join(dir, 'editie.json');
  const sumsPath = join(dir, 'downloads', 'SHA256SUMS');
  if (!existsSync(metaPath) || !existsSync(sumsPath)) {
    problems.error(
      { file: name },
      'geen volledige editie: editie.json en downloads/SHA256SUMS zijn nodig (maak een editie met npm run editie:publiceren)',
    );
    return null;
  }
  let meta: EditionMeta;
  try {
    const parsed = EditionMetaSchema.safeParse(JSON.parse(await readFile(metaPath, 'utf8')));
    if (!parsed.success) {
      for (const issue of parsed.error.issues)
        problems.error(
          { file: relativeName(metaPath), column: issue.path.join('.') },
          issue.message,
        );
      return null;
    }
    meta = parsed.data;
  } catch (error) {
    problems.error(
      { file: relativeName(metaPath) },
      `geen geldige JSON: ${(error as Error).message}`,
    );
    return null;
  }
  if (meta.datum !== datum) {
    problems.error(
      { file: relativeName(metaPath), column: 'datum' },
      `${meta.datum} is niet de datum van de map (${datum})`,
    );
    return null;
  }
  const listed = new Map<string, string>();
  const lines = (await readFile(sumsPath, 'utf8')).split('\n').filter((l) => l.trim() !== '');
  for (const [i, line] of lines.entries()) {
    const match = /^([0-9a-f]{64}) {2}(.+)$/.exec(line);
    if (!match || !SAFE_PATH.test(match[2]!) || match[2]!.split('/').includes('..')) {
      problems.error(
        { file: relativeName(sumsPath), line: i + 1 },
        `geen regel '<sha256>  <pad>' met een veilig pad: ${JSON.stringify(line.slice(0, 120))}`,
      );
      continue;
    }
    listed.set(match[2]!, match[1]!);
  }
  const present = await listFilesRecursively(join(dir, 'downloads'));
  for (const file of present) {
    if (file === 'SHA256SUMS') continue;
    const full = join(dir, 'downloads', file);
    const stat = await lstat(full);
    if (!stat.isFile()) {
      problems.error({ file: relativeName(full) }, 'geen gewoon bestand (link?) in een editie');
      continue;
    }
    const expected = listed.get(file);
    if (expected === undefined) {
      problems.error(
        { file: relativeName(full) },
        'staat niet in SHA256SUMS van deze editie: een gepubliceerde editie krijgt er geen bestanden bij',
      );
      continue;
    }
    const actual = sha256(await readFile(full));
    if (actual !== expected)
      problems.error(
        { file: relativeName(full) },
        `sha256 ${actual} wijkt af van SHA256SUMS (${expected}): een gepubliceerde editie verandert niet`,
      );
  }
  for (const file of listed.keys()) {
    if (!present.includes(file))
      problems.error(
        { file: relativeName(join(dir, 'downloads', file)) },
        'staat in SHA256SUMS maar ontbreekt',
      );
  }
  return { meta, dir, gearchiveerd: true, bestanden: [...listed.keys()].sort() };
}

/** Every archived edition of the data directory, checked; oldest first. */
export async function readArchivedEditions(
  dataDir: string,
  problems: Problems,
): Promise<EditionDir[]> {
  const root = join(dataDir, 'edities');
  if (!existsSync(root)) return [];
  const editions: EditionDir[] = [];
  for (const entry of (await readdir(root, { withFileTypes: true })).sort((a, b) =>
    a.name.localeCompare(b.name),
  )) {
    if (entry.name.startsWith('.')) continue;
    if (!entry.isDirectory() || !/^\d{4}-\d{2}-\d{2}$/.test(entry.name)) {
      problems.error(
        { file: relativeName(join(root, entry.name)) },
        'in edities/ staan alleen mappen met de datum van een editie (jjjj-mm-dd)',
      );
      continue;
    }
    const edition = await verifyArchive(join(root, entry.name), entry.name, problems);
    if (edition) editions.push(edition);
  }
  return editions;
}

/**
 * The files an edition archives: everything it publishes except voorbeelddata (fictional
 * figures have nothing to verify later), unless the edition has nothing else.
 */
export function editionFiles(downloads: readonly DownloadEntry[]): DownloadEntry[] {
  const real = downloads.filter((d) => !isDemo(d.bronsoort));
  const anyRealFigures = real.some((d) => d.bronsoort !== null);
  return anyRealFigures ? real : [...downloads];
}

/**
 * Writes this build's edition into `<outDir>/edities/<datum>/`: the archived subset of the
 * downloads, its own datapackage.json and SHA256SUMS, and editie.json. Served at
 * /edities/<datum>/downloads/ and copied into the data directory when it is published.
 */
export async function writeEditionCandidate(
  site: SiteData,
  downloadsDir: string,
  outDir: string,
  meta: EditionMeta,
): Promise<EditionDir> {
  const dir = join(outDir, 'edities', meta.datum);
  const files = editionFiles(site.downloads);
  for (const file of files) {
    const target = join(dir, 'downloads', file.path);
    await mkdir(dirname(target), { recursive: true });
    await copyFile(join(downloadsDir, file.path), target);
  }
  const pkg = dataPackageJson(files as DownloadFile[], {
    specs: DOWNLOAD_TABLES,
    title: `${site.editie.titel}, editie van ${meta.datum}`,
    licence: site.editie.licentie,
    sources: site.bronnen
      .filter((b) => !isDemo(b.bronsoort))
      .map((b) => ({
        title: b.bron?.titel ?? b.bestand,
        path: b.bestand,
        ...(b.bron?.url ? { url: b.bron.url } : {}),
      })),
    created: meta.datum,
  });
  await mkdir(join(dir, 'downloads'), { recursive: true });
  await writeFile(join(dir, 'downloads', 'datapackage.json'), pkg);
  await writeFile(
    join(dir, 'downloads', 'SHA256SUMS'),
    checksumsText(files as DownloadFile[], pkg),
  );
  await writeFile(join(dir, 'editie.json'), `${JSON.stringify(meta, null, 2)}\n`);
  return {
    meta,
    dir,
    gearchiveerd: false,
    bestanden: [...files.map((f) => f.path), 'datapackage.json'].sort(),
  };
}

function parseTable(text: string): TableRow[] {
  const records = parseCsvText(text.replace(/^\uFEFF/, ''), ',');
  const [header, ...rows] = records;
  if (!header) return [];
  return rows
    .filter((r) => r.fields.length > 0)
    .map((r) => Object.fromEntries(header.fields.map((h, i) => [h, r.fields[i] ?? ''])));
}

/** The main tables an edition published (empty when it did not publish one). */
export async function readEditionTables(edition: EditionDir): Promise<EditionTables> {
  const read = async (name: string) => {
    const path = join(edition.dir, 'downloads', `${name}.csv`);
    return edition.bestanden.includes(`${name}.csv`) && existsSync(path)
      ? parseTable(await readFile(path, 'utf8'))
      : [];
  };
  return {
    gremia: await read('gremia'),
    sectoren: await read('sectoren'),
    gemeenten: await read('gemeenten'),
    provincies: await read('provincies'),
  };
}

export interface EditionState {
  editions: EditionDir[];
  tables: Map<string, EditionTables>;
  changes: Map<string, EditionChange[]>;
}

/** Tables per edition and the changes of each edition against the one before it. */
export async function compareEditions(editions: readonly EditionDir[]): Promise<EditionState> {
  const sorted = [...editions].sort((a, b) => a.meta.datum.localeCompare(b.meta.datum));
  const tables = new Map<string, EditionTables>();
  for (const e of sorted) tables.set(e.meta.datum, await readEditionTables(e));
  const changes = new Map<string, EditionChange[]>();
  for (let i = 1; i < sorted.length; i += 1) {
    const older = tables.get(sorted[i - 1]!.meta.datum)!;
    const newer = tables.get(sorted[i]!.meta.datum)!;
    changes.set(sorted[i]!.meta.datum, diffEditions(older, newer));
  }
  return { editions: sorted, tables, changes };
}

/**
 * The editions of this site: the archived ones and this build's own (written as a candidate
 * archive unless it was already published, in which case the build's files are compared with
 * it), each edition's changes against the one before, and what each published per entity.
 * Returns warnings for the build log: they arise after the import report has been written.
 */
export async function addEditions(
  site: SiteData,
  archived: readonly EditionDir[],
  changelog: Changelog,
  downloadsDir: string,
  outDir: string,
): Promise<string[]> {
  const warnings: string[] = [];
  const datum = site.editie.publicatiedatum;
  const published = archived.find((a) => a.meta.datum === datum);
  const entry = changelog.edities.find((e) => e.datum === datum);
  let current: EditionDir;
  if (published) {
    current = published;
    // The archive is what was published; a build whose files differ says so.
    const sums = new Map(
      (await readFile(join(published.dir, 'downloads', 'SHA256SUMS'), 'utf8'))
        .split('\n')
        .filter(Boolean)
        .map((l) => [l.slice(66), l.slice(0, 64)]),
    );
    const differing = editionFiles(site.downloads).filter((d) => sums.get(d.path) !== d.sha256);
    if (differing.length > 0)
      warnings.push(
        `${relativeName(published.dir)}: ${differing.length} bestand(en) van deze build wijken af van de gepubliceerde editie ${datum} (bijvoorbeeld ${differing[0]!.path}); de site toont en serveert de gepubliceerde editie onder /edities/${datum}/, de actuele bestanden onder /downloads/`,
      );
  } else {
    current = await writeEditionCandidate(site, downloadsDir, outDir, {
      datum,
      titel: entry?.titel ?? site.editie.titel,
      toelichting: entry?.toelichting ?? '',
      bronnen: site.bronnen
        .filter((b) => b.bronsoort !== undefined && !isDemo(b.bronsoort))
        .map((b) => ({
          bestand: b.bestand,
          ...(b.peildatum ? { peildatum: b.peildatum } : {}),
          ...(b.bron?.url ? { url: b.bron.url } : {}),
          ...(b.bron?.sha256 ? { sha256: b.bron.sha256 } : {}),
        })),
    });
  }
  const editions = [...archived.filter((a) => a.meta.datum < datum), current];
  const state = await compareEditions(editions);
  site.edities = state.editions.map((e, i) => ({
    datum: e.meta.datum,
    titel: e.meta.titel,
    toelichting: e.meta.toelichting,
    huidig: e.meta.datum === datum,
    gearchiveerd: e.gearchiveerd,
    bestanden: e.bestanden,
    vorige: state.editions[i - 1]?.meta.datum ?? null,
    veranderingen: state.changes.get(e.meta.datum) ?? null,
  }));
  site.editieCijfers = state.editions.map((e) => {
    const tables = state.tables.get(e.meta.datum)!;
    const by = (rows: TableRow[], key: string) => {
      const map: Record<string, TableRow[]> = {};
      for (const r of rows) (map[r[key] ?? ''] ??= []).push(r);
      return map;
    };
    return {
      datum: e.meta.datum,
      instellingen: by(tables.gremia, 'instelling_id'),
      sectoren: by(tables.sectoren, 'sector'),
      gemeenten: by(tables.gemeenten, 'nis'),
      provincies: by(tables.provincies, 'provincie'),
    };
  });
  for (const e of site.edities) {
    if (!e.veranderingen) continue;
    await writeChangesCsv(join(outDir, 'edities', e.datum, 'veranderingen.csv'), e.veranderingen);
  }
  return warnings;
}
