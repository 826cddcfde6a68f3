// Reads referentie/gemeenten.csv (DATA.md §4.1) and the provenance sidecars and bron.json.
import { createHash } from 'node:crypto';
import { existsSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseRetired, type RetiredUrl } from '../domain/url-manifest.ts';
import type { Municipality } from '../domain/municipalities.ts';
import { slugify } from '../domain/text.ts';
import type { z } from 'zod';
import {
  ChangelogSchema,
  EditionSchema,
  MunicipalitySchema,
  ProvenanceSchema,
  type Changelog,
  type Edition,
  type Provenance,
} from '../domain/records.ts';
import { readCsvTable, reportNoRows, reportTableIssues, type Table } from './read-table.ts';
import type { Problems } from './problems.ts';
import { relativeName } from './paths.ts';

/** The reference tables' shared checks: required columns present, no rows of the wrong width. */
function reportMissingAndRagged(
  table: Table,
  name: string,
  columns: readonly string[],
  problems: Problems,
): void {
  for (const column of columns)
    if (!table.header.includes(column))
      problems.error({ file: name, line: 1 }, `kolom '${column}' ontbreekt`);
  for (const ragged of table.raggedLines)
    problems.error(
      { file: name, line: ragged.line },
      `${ragged.fields} velden, verwacht ${table.header.length}`,
    );
}

export async function readMunicipalities(
  path: string,
  problems: Problems,
): Promise<Municipality[]> {
  const name = relativeName(path);
  const table = await readCsvTable(path);
  const report = problems.report(name, 'referentie');
  report.rijen_gelezen = table.rows.length + table.raggedLines.length;
  if (reportTableIssues(table, name, problems) || reportNoRows(table, name, problems)) return [];
  reportMissingAndRagged(table, name, ['nis', 'naam', 'provincie'], problems);
  const result: Municipality[] = [];
  const seen = new Map<string, number>();
  const provinceSlugs = new Map<string, { naam: string; line: number }>();
  for (const row of table.rows) {
    const values = Object.fromEntries(Object.entries(row.values).map(([k, v]) => [k, v.trim()]));
    const parsed = MunicipalitySchema.safeParse(values);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const column = String(issue.path[0] ?? '');
        problems.error(
          { file: name, line: row.line, column },
          `${JSON.stringify(values[column] ?? '')}: ${issue.message}`,
        );
      }
      continue;
    }
    const previous = seen.get(parsed.data.nis);
    if (previous !== undefined) {
      problems.error(
        { file: name, line: row.line, column: 'nis' },
        `NIS-code ${parsed.data.nis} staat ook op regel ${previous}`,
      );
      continue;
    }
    seen.set(parsed.data.nis, row.line);
    const slug = slugify(parsed.data.provincie);
    const sameSlug = provinceSlugs.get(slug);
    if (sameSlug && sameSlug.naam !== parsed.data.provincie) {
      // Two provinces on one page (and one download path) would be a silent merge.
      problems.error(
        { file: name, line: row.line, column: 'provincie' },
        `${JSON.stringify(parsed.data.provincie)} en ${JSON.stringify(sameSlug.naam)} (regel ${sameSlug.line}) krijgen hetzelfde adres /provincies/${slug}/; schrijf de provincie overal hetzelfde`,
      );
      continue;
    }
    provinceSlugs.set(slug, { naam: parsed.data.provincie, line: row.line });
    report.rijen_gebruikt += 1;
    result.push(parsed.data);
  }
  return result;
}

async function readJson(path: string, problems: Problems): Promise<unknown> {
  try {
    return JSON.parse(await readFile(path, 'utf8')) as unknown;
  } catch (error) {
    problems.error({ file: relativeName(path) }, `geen geldige JSON: ${(error as Error).message}`);
    return undefined;
  }
}

/** A JSON file checked against a schema; null (with the problems reported) when absent or bad. */
async function readValidatedJson<T>(
  path: string,
  schema: z.ZodType<T>,
  problems: Problems,
): Promise<T | null> {
  if (!existsSync(path)) return null;
  const raw = await readJson(path, problems);
  if (raw === undefined) return null;
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      problems.error({ file: relativeName(path), column: issue.path.join('.') }, issue.message);
    }
    return null;
  }
  return parsed.data;
}

/**
 * The `<file>.bron.json` sidecar of a raw file, validated; null when there is none. A sidecar
 * that names a sha256 is checked against the file: a copy that changed is not the source named.
 */
export async function readProvenance(file: string, problems: Problems): Promise<Provenance | null> {
  const bron = await readValidatedJson(`${file}.bron.json`, ProvenanceSchema, problems);
  if (bron?.sha256 && statSync(file, { throwIfNoEntry: false })?.isFile()) {
    const actual = createHash('sha256')
      .update(await readFile(file))
      .digest('hex');
    if (actual !== bron.sha256)
      problems.error(
        { file: relativeName(`${file}.bron.json`), column: 'sha256' },
        `${bron.sha256} klopt niet met het bestand (sha256 ${actual}): het bestand is niet meer de kopie die het herkomstbestand beschrijft`,
      );
  }
  return bron;
}

export function readEdition(path: string, problems: Problems): Promise<Edition | null> {
  return readValidatedJson(path, EditionSchema, problems);
}

/** wijzigingen.json (editions and corrections), validated; empty lists when there is none. */
export async function readChangelog(path: string, problems: Problems): Promise<Changelog> {
  return (
    (await readValidatedJson(path, ChangelogSchema, problems)) ?? { edities: [], correcties: [] }
  );
}

export interface PlaceName {
  postcode: string;
  plaats: string;
  nis: string;
}

/**
 * referentie/postcodes.csv (optional; bpost's list, facts): postcode, locality and the NIS of the
 * municipality it belongs to, for search only. A row of a municipality the reference table does
 * not know is counted and skipped (a DATA_DIR may publish fewer municipalities), never guessed.
 */
export async function readPlaceNames(
  path: string,
  knownNis: ReadonlySet<string>,
  problems: Problems,
): Promise<PlaceName[]> {
  const name = relativeName(path);
  const table = await readCsvTable(path);
  const report = problems.report(name, 'referentie');
  report.rijen_gelezen = table.rows.length + table.raggedLines.length;
  if (reportTableIssues(table, name, problems)) return [];
  reportMissingAndRagged(table, name, ['postcode', 'plaats', 'nis'], problems);
  const result: PlaceName[] = [];
  for (const { line, values } of table.rows) {
    const [postcode, plaats, nis] = ['postcode', 'plaats', 'nis'].map((c) =>
      (values[c] ?? '').trim(),
    );
    if (!/^\d{4}$/.test(postcode!))
      problems.error(
        { file: name, line, column: 'postcode' },
        `${JSON.stringify(postcode)} is geen postcode van 4 cijfers`,
      );
    else if (!/^\d{5}$/.test(nis!))
      problems.error(
        { file: name, line, column: 'nis' },
        `${JSON.stringify(nis)} is geen NIS-code van 5 cijfers`,
      );
    else if (plaats === '' || plaats!.length > 100)
      problems.error({ file: name, line, column: 'plaats' }, 'leeg of langer dan 100 tekens');
    else if (!knownNis.has(nis!)) problems.skip(name, 'gemeente niet in referentie/gemeenten.csv');
    else {
      result.push({ postcode: postcode!, plaats: plaats!, nis: nis! });
      report.rijen_gebruikt += 1;
    }
  }
  return result;
}

/**
 * referentie/gemeenten-nl.csv: per Dutch municipality code its CBS name, other names and places
 * (for search and for the names on its page); `|`-separated lists.
 */
export async function readDutchNames(
  path: string,
  problems: Problems,
): Promise<Map<string, import('../domain/dutch-places.ts').PlaceNames>> {
  const name = relativeName(path);
  const table = await readCsvTable(path);
  const report = problems.report(name, 'referentie');
  report.rijen_gelezen = table.rows.length + table.raggedLines.length;
  const result = new Map<string, import('../domain/dutch-places.ts').PlaceNames>();
  if (reportTableIssues(table, name, problems)) return result;
  reportMissingAndRagged(table, name, ['code', 'naam', 'aliassen', 'plaatsen'], problems);
  const list = (value: string | undefined) =>
    (value ?? '')
      .split('|')
      .map((v) => v.trim())
      .filter((v) => v !== '' && v.length <= 100);
  for (const { line, values } of table.rows) {
    const code = (values.code ?? '').trim().toLowerCase();
    if (!/^gm\d{4}$/.test(code)) {
      problems.error(
        { file: name, line, column: 'code' },
        `${JSON.stringify(code)} is geen gemeentecode (gm0363)`,
      );
      continue;
    }
    result.set(code, {
      naam: (values.naam ?? '').trim(),
      aliassen: list(values.aliassen),
      plaatsen: list(values.plaatsen),
    });
    report.rijen_gebruikt += 1;
  }
  return result;
}

/** referentie/provincies-nl.csv: other names of each Dutch province, by its abbreviation. */
export async function readProvinceAliases(
  path: string,
  problems: Problems,
): Promise<Map<string, string[]>> {
  const name = relativeName(path);
  const table = await readCsvTable(path);
  const report = problems.report(name, 'referentie');
  report.rijen_gelezen = table.rows.length + table.raggedLines.length;
  const result = new Map<string, string[]>();
  if (reportTableIssues(table, name, problems)) return result;
  reportMissingAndRagged(table, name, ['afkorting', 'naam', 'aliassen'], problems);
  for (const { line, values } of table.rows) {
    const afkorting = (values.afkorting ?? '').trim().toUpperCase();
    if (!/^[A-Z]{2}$/.test(afkorting)) {
      problems.error(
        { file: name, line, column: 'afkorting' },
        `${JSON.stringify(afkorting)} is geen provincieafkorting`,
      );
      continue;
    }
    result.set(
      afkorting,
      (values.aliassen ?? '')
        .split('|')
        .map((a) => a.trim())
        .filter((a) => a !== '' && a.length <= 100),
    );
    report.rijen_gebruikt += 1;
  }
  return result;
}

/**
 * vervallen-urls.txt and vervallen-redenen.csv of the data directory: URLs published once and
 * retired on purpose, each with a reason that a page /vervallen/<reden>/ explains.
 */
export async function readRetiredUrls(
  dataDir: string,
  problems: Problems,
): Promise<{ redenen: { reden: string; titel: string; uitleg: string }[]; urls: RetiredUrl[] }> {
  const listPath = join(dataDir, 'vervallen-urls.txt');
  const reasonsPath = join(dataDir, 'vervallen-redenen.csv');
  if (!existsSync(listPath)) return { redenen: [], urls: [] };
  const { urls, errors } = parseRetired(await readFile(listPath, 'utf8'));
  for (const e of errors)
    problems.error(
      { file: relativeName(listPath), line: e.line },
      `geen regel '<pad><TAB><reden>': ${JSON.stringify(e.text)}`,
    );
  const redenen: { reden: string; titel: string; uitleg: string }[] = [];
  if (existsSync(reasonsPath)) {
    const name = relativeName(reasonsPath);
    const table = await readCsvTable(reasonsPath);
    if (!reportTableIssues(table, name, problems)) {
      reportMissingAndRagged(table, name, ['reden', 'titel', 'uitleg'], problems);
      for (const { line, values } of table.rows) {
        const reden = (values.reden ?? '').trim();
        if (!/^[a-z0-9][a-z0-9-]{0,63}$/.test(reden))
          problems.error(
            { file: name, line, column: 'reden' },
            `${JSON.stringify(reden)} is geen sleutel`,
          );
        else
          redenen.push({
            reden,
            titel: (values.titel ?? '').trim(),
            uitleg: (values.uitleg ?? '').trim(),
          });
      }
    }
  }
  const known = new Set(redenen.map((r) => r.reden));
  const unknown = [...new Set(urls.map((u) => u.reden).filter((r) => !known.has(r)))];
  if (unknown.length > 0)
    problems.error(
      { file: relativeName(reasonsPath) },
      `reden(en) zonder uitleg: ${unknown.join(', ')}; elke vervallen URL heeft een reden met titel en uitleg`,
    );
  return { redenen, urls };
}
