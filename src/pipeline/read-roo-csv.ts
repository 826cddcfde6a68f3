// Reads one pair of the register's CSV exports (DATA.md §8): the organisations file and its
// office-holders file, validated by column name (never by count or order), the holders joined to
// their organisation on the TOOi URI (by name only when a holder has no URI at all).
import { LIMITS } from '../domain/input-rules.ts';
import {
  identifierConflict,
  organisationId,
  provinceFromAddresses,
  type ExportOrganisation,
  type HolderRow,
} from '../domain/roo.ts';
import type { Problems } from './problems.ts';
import { readCsvTable, reportTableIssues, type Table } from './read-table.ts';

const ORGANISATION_COLUMNS = {
  naam: 'officiële_naam',
  type: 'type',
  code: 'organisatiecode',
  tooi: 'tooi_uri',
  zetels: 'totaal_aantal_zetels',
} as const;
const ADDRESS_PREFIX = 'adressen';
const HOLDER_COLUMNS = {
  organisatie: 'organisatie_(onderdeel)',
  naam: 'naam',
  functie: 'functie',
  tooi: 'resource_identifier_v5.0_organisatie',
} as const;

/** The register's own spelling of a column, for messages. */
const SPELLED: Record<string, string> = {
  officiële_naam: 'Officiële naam',
  type: 'Type',
  organisatiecode: 'Organisatiecode',
  tooi_uri: 'TOOi URI',
  totaal_aantal_zetels: 'Totaal aantal zetels',
  adressen: 'Adressen (…)',
  'organisatie_(onderdeel)': 'Organisatie (onderdeel)',
  naam: 'Naam',
  functie: 'Functie',
  'resource_identifier_v5.0_organisatie': 'Resource identifier v5.0 organisatie',
};

/** A name as the register's unit of comparison: NFC, whitespace trimmed and collapsed. */
const nameKey = (value: string) => value.normalize('NFC').trim().replace(/\s+/g, ' ');

function requireColumns(table: Table, file: string, columns: string[], problems: Problems) {
  const missing = columns.filter((c) =>
    c === ADDRESS_PREFIX
      ? !table.header.some((h) => h.startsWith(ADDRESS_PREFIX))
      : !table.header.includes(c),
  );
  if (missing.length === 0) return true;
  problems.error(
    { file, line: 1 },
    `verplichte kolom(men) ontbreken: ${missing.map((c) => SPELLED[c] ?? c).join(', ')} (gevonden: ${table.rawHeader.join(', ')})`,
  );
  return false;
}

interface OrganisationRow extends Omit<ExportOrganisation, 'holders'> {
  tooi: string;
  line: number;
}

function readOrganisations(table: Table, file: string, problems: Problems): OrganisationRow[] {
  const addressColumn = table.header.find((h) => h.startsWith(ADDRESS_PREFIX))!;
  const rows: OrganisationRow[] = [];
  const seen = new Map<string, number>();
  const seenTooi = new Map<string, number>();
  for (const { line, values } of table.rows) {
    const get = (c: string) => (values[c] ?? '').trim();
    const before = problems.errorCount(file);
    const naam = nameKey(get(ORGANISATION_COLUMNS.naam));
    if (naam === '') problems.error({ file, line, column: 'Officiële naam' }, 'leeg');
    else if (naam.length > LIMITS.nameLength)
      problems.error(
        { file, line, column: 'Officiële naam' },
        `is ${naam.length} tekens lang, meer dan de grens van ${LIMITS.nameLength} voor een naam`,
      );
    const type = get(ORGANISATION_COLUMNS.type);
    if (type === '') problems.error({ file, line, column: 'Type' }, 'leeg');
    const code = get(ORGANISATION_COLUMNS.code);
    const tooiRaw = get(ORGANISATION_COLUMNS.tooi);
    const id = organisationId(code, tooiRaw);
    if (id === null)
      problems.error(
        { file, line, column: 'Organisatiecode' },
        `leeg, en de TOOi URI ${JSON.stringify(tooiRaw)} geeft geen code`,
      );
    else if (!/^[a-z0-9][a-z0-9._-]{0,63}$/.test(id))
      problems.error(
        { file, line, column: 'Organisatiecode' },
        `${JSON.stringify(id)} is geen bruikbare sleutel (letters, cijfers, punt, streepje; hoogstens 64 tekens)`,
      );
    const conflict = identifierConflict(type, code, tooiRaw);
    if (conflict) problems.error({ file, line, column: 'TOOi URI' }, conflict);
    const zetelsRaw = get(ORGANISATION_COLUMNS.zetels);
    let zetels: number | null = null;
    if (zetelsRaw !== '') {
      if (/^\d{1,4}$/.test(zetelsRaw) && Number(zetelsRaw) <= LIMITS.seats)
        zetels = Number(zetelsRaw);
      else
        problems.error(
          { file, line, column: 'Totaal aantal zetels' },
          `${JSON.stringify(zetelsRaw)} is geen geheel getal >= 0`,
        );
    }
    const province = provinceFromAddresses(values[addressColumn] ?? '');
    if (province.afkorting !== null && province.naam === null)
      problems.error(
        { file, line, column: 'Adressen' },
        `onbekende provincieAfkorting ${JSON.stringify(province.afkorting)}`,
      );
    else if (province.afkorting === null && naam !== '')
      problems.notice({ file, line }, `${naam}: geen adres met provincieAfkorting`);
    if (id !== null) {
      const earlier = seen.get(id);
      if (earlier !== undefined)
        problems.error(
          { file, line, column: 'Organisatiecode' },
          `organisatie ${JSON.stringify(id)} staat ook op regel ${earlier}`,
        );
      seen.set(id, line);
    }
    const tooi = tooiRaw.toLowerCase();
    if (tooi !== '') {
      const earlier = seenTooi.get(tooi);
      if (earlier !== undefined)
        problems.error(
          { file, line, column: 'TOOi URI' },
          `TOOi URI staat ook op regel ${earlier}`,
        );
      seenTooi.set(tooi, line);
    }
    if (problems.errorCount(file) > before || id === null) {
      problems.skip(file, 'fout in regel');
      continue;
    }
    rows.push({
      id,
      naam,
      type,
      tooi,
      provincie: province.naam ?? '',
      zetels,
      partijZetels: null,
      plek: { file, line },
      line,
    });
  }
  return rows;
}

/** The pair's organisations with their holders; null when a file cannot be read as a table. */
export async function readRooCsvPair(
  paths: { organisations: string; holders: string },
  files: { organisations: string; holders: string },
  problems: Problems,
): Promise<ExportOrganisation[] | null> {
  const orgFile = files.organisations;
  const holderFile = files.holders;
  const orgTable = await readCsvTable(paths.organisations);
  const holderTable = await readCsvTable(paths.holders);
  const orgReport = problems.report(orgFile, 'roo');
  orgReport.codering = orgTable.encoding;
  orgReport.rijen_gelezen = orgTable.rows.length + orgTable.raggedLines.length;
  const holderReport = problems.report(holderFile, 'roo-medewerkers');
  holderReport.codering = holderTable.encoding;
  holderReport.rijen_gelezen = holderTable.rows.length + holderTable.raggedLines.length;
  const faulty = [
    reportTableIssues(orgTable, orgFile, problems),
    reportTableIssues(holderTable, holderFile, problems),
  ];
  if (faulty.some(Boolean)) return null;
  const okOrg = requireColumns(
    orgTable,
    orgFile,
    [...Object.values(ORGANISATION_COLUMNS), ADDRESS_PREFIX],
    problems,
  );
  const okHolders = requireColumns(
    holderTable,
    holderFile,
    Object.values(HOLDER_COLUMNS),
    problems,
  );
  if (!okOrg || !okHolders) return null;
  for (const [table, file] of [
    [orgTable, orgFile],
    [holderTable, holderFile],
  ] as const) {
    for (const ragged of table.raggedLines) {
      problems.error(
        { file, line: ragged.line },
        `${ragged.fields} velden, verwacht ${table.header.length}`,
      );
      problems.skip(file, 'fout in regel');
    }
    if (table.rows.length === 0 && table.raggedLines.length === 0)
      problems.error(
        { file, line: 2 },
        'geen gegevensrijen: een lege export wordt niet gepubliceerd',
      );
  }

  const organisations = readOrganisations(orgTable, orgFile, problems);
  const byTooi = new Map(organisations.filter((o) => o.tooi).map((o) => [o.tooi, o]));
  // A name two organisations share joins nobody: that would be a guess.
  const nameCount = new Map<string, number>();
  for (const o of organisations) nameCount.set(o.naam, (nameCount.get(o.naam) ?? 0) + 1);
  const byName = new Map(
    organisations.filter((o) => nameCount.get(o.naam) === 1).map((o) => [o.naam, o]),
  );
  const holdersOf = new Map<string, HolderRow[]>();
  for (const { line, values } of holderTable.rows) {
    const get = (c: string) => (values[c] ?? '').trim();
    const uri = get(HOLDER_COLUMNS.tooi).toLowerCase();
    const orgName = nameKey(get(HOLDER_COLUMNS.organisatie));
    // A holder that names a URI belongs to that organisation or to none: joining it by name
    // instead would give one organisation another's office holders.
    const org = uri !== '' ? byTooi.get(uri) : byName.get(orgName);
    if (!org) {
      problems.error(
        {
          file: holderFile,
          line,
          column: uri !== '' ? 'Resource identifier v5.0 organisatie' : 'Organisatie (onderdeel)',
        },
        uri !== ''
          ? `TOOi URI ${JSON.stringify(get(HOLDER_COLUMNS.tooi))} (${JSON.stringify(orgName)}) komt niet voor in ${orgFile}; de medewerker wordt niet op naam aan een andere organisatie gekoppeld`
          : (nameCount.get(orgName) ?? 0) > 1
            ? `organisatie ${JSON.stringify(orgName)}: geen TOOi URI en ${nameCount.get(orgName)} organisaties dragen die naam; de medewerker is aan geen van hen te koppelen`
            : `organisatie ${JSON.stringify(orgName)} staat niet in ${orgFile} (geen TOOi URI, niet op naam)`,
      );
      problems.skip(holderFile, 'fout in regel');
      continue;
    }
    const naam = get(HOLDER_COLUMNS.naam);
    const functie = get(HOLDER_COLUMNS.functie);
    if (naam === '' || functie === '') {
      problems.error({ file: holderFile, line, column: naam === '' ? 'Naam' : 'Functie' }, 'leeg');
      problems.skip(holderFile, 'fout in regel');
      continue;
    }
    const tooLong = [
      ['Naam', naam],
      ['Functie', functie],
    ].find(([, v]) => v!.length > LIMITS.nameLength);
    if (tooLong) {
      problems.error(
        { file: holderFile, line, column: tooLong[0] },
        `is ${tooLong[1]!.length} tekens lang, meer dan de grens van ${LIMITS.nameLength} voor een naam`,
      );
      problems.skip(holderFile, 'fout in regel');
      continue;
    }
    const list = holdersOf.get(org.id) ?? [];
    list.push({ naam, functie, plek: { file: holderFile, line } });
    holdersOf.set(org.id, list);
  }
  return organisations.map(({ tooi: _tooi, line: _line, ...o }) => ({
    ...o,
    holders: holdersOf.get(o.id) ?? [],
  }));
}
