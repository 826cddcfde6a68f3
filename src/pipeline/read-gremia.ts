// Reads the quick-scan gremia files (DATA.md §2): CSV or XLSX, validated row by row into
// canonical gremium records with their figures.
import { extname } from 'node:path';
import { boardFigures, totalSeats } from '../domain/balance.ts';
import { LIMITS } from '../domain/input-rules.ts';
import { lookupKey, type Lookups } from '../domain/lookups.ts';
import type { GremiumRecord } from '../domain/records.ts';
import type { Bronsoort } from '../domain/source-kinds.ts';
import {
  readCsvTable,
  readXlsxTable,
  reportNoRows,
  reportTableIssues,
  type Table,
} from './read-table.ts';
import type { Problems } from './problems.ts';
import { relativeName } from './paths.ts';

const REQUIRED = [
  'jaar',
  'sector',
  'instelling_id',
  'instelling',
  'gremium_type',
  'vrouwen',
  'mannen',
];
const OPTIONAL = ['subsector', 'gremium', 'x', 'zetels', 'bron', 'peildatum'];

export function parseCount(raw: string): number | null | 'invalid' | 'too-large' {
  const value = raw.trim();
  if (value === '') return null;
  if (!/^\d+$/.test(value)) return 'invalid';
  // Compared as text first: a 20-digit number would be rounded by Number() before any check.
  if (value.replace(/^0+(?=\d)/, '').length > 6 || Number(value) > LIMITS.seats) return 'too-large';
  return Number(value);
}

/** ISO date or dd-mm-jjjj (also with / or .) to ISO; null when empty, 'invalid' otherwise. */
export function parseDate(raw: string): { iso: string | null } | 'invalid' {
  const value = raw.trim();
  if (value === '') return { iso: null };
  let y: number, m: number, d: number;
  let match = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(value);
  if (match) [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  else {
    match = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(value);
    if (!match) return 'invalid';
    [d, m, y] = [Number(match[1]), Number(match[2]), Number(match[3])];
  }
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d)
    return 'invalid';
  return { iso: date.toISOString().slice(0, 10) };
}

interface UnknownLabel {
  label: string;
  lines: number[];
}

function noteUnknown(map: Map<string, UnknownLabel>, label: string, line: number): void {
  const entry = map.get(label) ?? { label, lines: [] };
  if (entry.lines.length < 5) entry.lines.push(line);
  map.set(label, entry);
}

function describeUnknown(map: Map<string, UnknownLabel>): string {
  return [...map.values()].map((u) => `"${u.label}" (regel ${u.lines.join(', ')})`).join(', ');
}

export async function readGremiaFile(
  path: string,
  lookups: Lookups,
  problems: Problems,
  lookupFileHint: string,
  bronsoort: Bronsoort,
): Promise<GremiumRecord[]> {
  const file = relativeName(path);
  const table: Table =
    extname(path).toLowerCase() === '.xlsx'
      ? await readXlsxTable(path, 'gremia')
      : await readCsvTable(path);
  const report = problems.report(file, 'gremia');
  report.codering = table.encoding;
  report.rijen_gelezen = table.rows.length + table.raggedLines.length;
  if (table.blankLines > 0)
    report.meldingen.push(`${file}: ${table.blankLines} lege regel(s) genegeerd`);
  if (reportTableIssues(table, file, problems) || reportNoRows(table, file, problems)) {
    problems.skip(file, 'bestand niet leesbaar', report.rijen_gelezen);
    return [];
  }

  const missing = REQUIRED.filter((c) => !table.header.includes(c));
  if (missing.length > 0) {
    problems.error(
      { file, line: 1 },
      `verplichte kolom(men) ontbreken: ${missing.join(', ')} (gevonden: ${table.rawHeader.join(', ')})`,
    );
    problems.skip(file, 'bestand niet leesbaar: kolommen ontbreken', report.rijen_gelezen);
    return [];
  }
  const extra = table.rawHeader.filter((_, i) => {
    const h = table.header[i]!;
    return h !== '' && !REQUIRED.includes(h) && !OPTIONAL.includes(h);
  });
  if (extra.length > 0)
    problems.notice({ file, line: 1 }, `onbekende kolom(men) genegeerd: ${extra.join(', ')}`);

  for (const ragged of table.raggedLines) {
    problems.error(
      { file, line: ragged.line },
      `${ragged.fields} velden, verwacht ${table.header.length}`,
    );
    problems.skip(file, 'fout in regel');
  }

  const unknownSectors = new Map<string, UnknownLabel>();
  const unknownTypes = new Map<string, UnknownLabel>();
  const records: GremiumRecord[] = [];

  for (const { line, values } of table.rows) {
    const get = (column: string): string => (values[column] ?? '').trim();
    const errorsBefore = problems.errorCount(file);
    const fail = (column: string, message: string): void =>
      problems.error({ file, line, column }, message);

    const jaarRaw = get('jaar');
    const jaar = /^\d{4}$/.test(jaarRaw) ? Number(jaarRaw) : NaN;
    if (Number.isNaN(jaar)) fail('jaar', `${JSON.stringify(jaarRaw)} is geen jaartal`);
    else if (jaar < LIMITS.firstYear || jaar > LIMITS.lastYear)
      fail('jaar', `${jaar} ligt buiten ${LIMITS.firstYear}–${LIMITS.lastYear}`);

    const sectorLabel = get('sector');
    const sector = lookups.sectors.get(lookupKey(sectorLabel));
    if (sectorLabel === '') fail('sector', 'leeg');
    else if (!sector) noteUnknown(unknownSectors, sectorLabel, line);

    const typeLabel = get('gremium_type');
    const type = lookups.gremiumTypes.get(lookupKey(typeLabel));
    if (typeLabel === '') fail('gremium_type', 'leeg');
    else if (!type) noteUnknown(unknownTypes, typeLabel, line);

    const instellingId = get('instelling_id');
    if (instellingId === '') fail('instelling_id', 'leeg');
    else if (instellingId.length > LIMITS.idLength)
      fail(
        'instelling_id',
        `${instellingId.length} tekens, meer dan de grens van ${LIMITS.idLength}`,
      );
    else if (/[\t\r\n]/.test(instellingId)) fail('instelling_id', 'bevat een tab of regeleinde');
    const instelling = get('instelling').replace(/\s+/g, ' ');
    if (instelling === '') fail('instelling', 'leeg');
    for (const column of ['instelling', 'gremium', 'subsector', 'sector', 'gremium_type']) {
      if (get(column).length > LIMITS.nameLength)
        fail(column, `${get(column).length} tekens, meer dan de grens van ${LIMITS.nameLength}`);
    }

    const counts: Record<'vrouwen' | 'mannen' | 'x' | 'zetels', number | null> = {
      vrouwen: null,
      mannen: null,
      x: null,
      zetels: null,
    };
    for (const column of ['vrouwen', 'mannen', 'x', 'zetels'] as const) {
      const parsed = parseCount(get(column));
      if (parsed === 'invalid')
        fail(column, `${JSON.stringify(get(column))} is geen geheel getal >= 0`);
      else if (parsed === 'too-large')
        fail(
          column,
          `${JSON.stringify(get(column))} is groter dan ${LIMITS.seats}, de bovengrens voor één gremium`,
        );
      else counts[column] = parsed;
    }
    const peildatum = parseDate(get('peildatum'));
    if (peildatum === 'invalid')
      fail(
        'peildatum',
        `${JSON.stringify(get('peildatum'))} is geen datum (jjjj-mm-dd of dd-mm-jjjj)`,
      );

    const womenEmpty = get('vrouwen') === '';
    const menEmpty = get('mannen') === '';
    if (womenEmpty !== menEmpty) {
      const [empty, filled] = womenEmpty ? ['vrouwen', 'mannen'] : ['mannen', 'vrouwen'];
      fail(empty, `leeg terwijl '${filled}' gevuld is (laat beide leeg als er geen gegevens zijn)`);
    }
    const seats =
      counts.vrouwen !== null && counts.mannen !== null
        ? { vrouwen: counts.vrouwen, mannen: counts.mannen, x: counts.x ?? 0 }
        : null;
    if (seats && totalSeats(seats) > LIMITS.seats) {
      fail('x', `vrouwen + mannen + x = ${totalSeats(seats)}, meer dan ${LIMITS.seats} zetels`);
    }
    if (seats && counts.zetels !== null && counts.zetels !== totalSeats(seats)) {
      fail('zetels', `${counts.zetels} zetels, maar vrouwen + mannen + x = ${totalSeats(seats)}`);
    }
    if (!seats && (counts.x !== null || counts.zetels !== null)) {
      problems.notice(
        { file, line },
        `geen aantallen vrouwen/mannen: rij telt als 'geen gegevens', x/zetels genegeerd`,
      );
    }
    if (seats && totalSeats(seats) === 0) {
      problems.notice({ file, line }, `0 zetels: rij telt als 'geen gegevens'`);
    }

    if (problems.errorCount(file) > errorsBefore || !sector || !type) {
      problems.skip(file, 'fout in regel');
      continue;
    }
    const gremium = get('gremium').replace(/\s+/g, ' ') || type.code_label;
    records.push({
      jaar,
      sector: sector.sector,
      sector_label: sector.sector_label,
      groep: sector.groep,
      subsector: get('subsector').replace(/\s+/g, ' '),
      instelling_id: instellingId,
      instelling,
      gremium_type: type.code,
      gremium_type_label: type.code_label,
      gremium,
      ...boardFigures(seats),
      bron: get('bron'),
      peildatum: peildatum === 'invalid' ? null : peildatum.iso,
      herkomst: `${file}:${line}`,
      bronsoort,
    });
    report.rijen_gebruikt += 1;
  }
  if (unknownSectors.size > 0) {
    problems.error(
      { file, column: 'sector' },
      `onbekende sector(en): ${describeUnknown(unknownSectors)}; voeg ze toe aan ${lookupFileHint}/sectoren.csv`,
    );
  }
  if (unknownTypes.size > 0) {
    problems.error(
      { file, column: 'gremium_type' },
      `onbekend(e) gremiumtype(n): ${describeUnknown(unknownTypes)}; voeg ze toe aan ${lookupFileHint}/gremiumtypes.csv`,
    );
  }
  return records;
}

/** Cross-file rules: duplicate keys are errors; an id with two names in one year too. */
export function checkGremiaConsistency(records: GremiumRecord[], problems: Problems): void {
  const keys = new Map<string, string>();
  const names = new Map<string, { name: string; where: string }>();
  const namesAcrossYears = new Map<string, string>();
  for (const r of records) {
    const [file, line] = splitHerkomst(r.herkomst);
    const key = [r.jaar, r.instelling_id, r.gremium_type, r.gremium.toLowerCase()].join('\u0000');
    const earlier = keys.get(key);
    if (earlier) {
      problems.error(
        { file, line },
        `dubbele sleutel (jaar ${r.jaar}, instelling_id ${JSON.stringify(r.instelling_id)}, gremium_type ${r.gremium_type}, gremium ${JSON.stringify(r.gremium)}): staat ook op ${earlier}`,
      );
    } else keys.set(key, r.herkomst);
    const yearKey = `${r.jaar}\u0000${r.instelling_id}`;
    const named = names.get(yearKey);
    if (named && named.name !== r.instelling) {
      problems.error(
        { file, line, column: 'instelling' },
        `instelling_id ${JSON.stringify(r.instelling_id)} heeft in ${r.jaar} twee namen: ${JSON.stringify(named.name)} (${named.where}) en ${JSON.stringify(r.instelling)}`,
      );
    } else if (!named) names.set(yearKey, { name: r.instelling, where: r.herkomst });
    const previousName = namesAcrossYears.get(r.instelling_id);
    if (previousName !== undefined && previousName !== r.instelling && !named) {
      problems.notice(
        { file, line, column: 'instelling' },
        `naam van ${JSON.stringify(r.instelling_id)} gewijzigd: ${JSON.stringify(previousName)} -> ${JSON.stringify(r.instelling)}`,
      );
    }
    namesAcrossYears.set(r.instelling_id, r.instelling);
  }
}

/** "gremia/2023.csv:118" -> ["gremia/2023.csv", 118]. */
export function splitHerkomst(herkomst: string): [string, number] {
  const i = herkomst.lastIndexOf(':');
  return [herkomst.slice(0, i), Number(herkomst.slice(i + 1))];
}
