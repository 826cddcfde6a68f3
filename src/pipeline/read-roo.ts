// Reads the exports of the Dutch register of government organisations (roo/, DATA.md §8): pairs
// each organisations file with its office-holders file, validates both and turns every
// organisation × board into a gremia row, with the register's own seat check beside it.
import { basename } from 'node:path';
import { boardFigures } from '../domain/balance.ts';
import {
  canonicalGremiumTypes,
  lookupKey,
  rooFunctionKey,
  type Lookups,
} from '../domain/lookups.ts';
import type { GremiumRecord, Provenance } from '../domain/records.ts';
import {
  countOrganisation,
  organisationId,
  provinceFromAddresses,
  seatCheck,
  type HolderRow,
  type RegisterOrganisation,
  type RegisterSnapshot,
} from '../domain/roo.ts';
import { kindOfFile } from '../domain/source-kinds.ts';
import { normaliseLabel } from '../domain/text.ts';
import { relativeName } from './paths.ts';
import type { Problems } from './problems.ts';
import { parseDate } from './read-gremia.ts';
import { readCsvTable, reportTableIssues, type Table } from './read-table.ts';

/** `Gemeenten.csv`, `medewerkers_Gemeenten_2026-04-15.csv`: holders?, type, optional date. */
const FILE_NAME = /^(medewerkers_)?(.+?)(?:_(\d{4}-\d{2}-\d{2}))?\.csv$/i;

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

export interface RooFile {
  path: string;
  bron: Provenance | null;
}

interface ExportPair {
  exportType: string;
  date: string | null;
  organisations?: RooFile;
  holders?: RooFile;
}

export interface RooResult {
  gremia: GremiumRecord[];
  snapshots: RegisterSnapshot[];
}

/** Groups the files of roo/ into pairs of one type and date; odd names are errors. */
function pairFiles(files: readonly RooFile[], problems: Problems): ExportPair[] {
  const pairs = new Map<string, ExportPair>();
  for (const file of files) {
    const match = FILE_NAME.exec(basename(file.path));
    if (!match) {
      problems.error(
        { file: relativeName(file.path) },
        'onbekende bestandsnaam: verwacht <Type>.csv of medewerkers_<Type>.csv, eventueel met _JJJJ-MM-DD',
      );
      continue;
    }
    const [, holders, exportType, date] = match;
    const key = `${exportType!.toLowerCase()}\u0000${date ?? ''}`;
    const pair = pairs.get(key) ?? { exportType: exportType!, date: date ?? null };
    if (holders) pair.holders = file;
    else pair.organisations = file;
    pairs.set(key, pair);
  }
  return [...pairs.values()];
}

/** Peildatum of a pair: a sidecar's, else the date in the file names; sidecars must agree. */
function pairPeildatum(pair: ExportPair, problems: Problems): string | null {
  const named: { file: string; date: string }[] = [];
  for (const f of [pair.organisations, pair.holders]) {
    if (f?.bron?.peildatum) named.push({ file: relativeName(f.path), date: f.bron.peildatum });
  }
  const dates = [...new Set(named.map((n) => n.date))];
  if (dates.length > 1) {
    problems.error(
      { file: named[1]!.file },
      `peildatum ${named[1]!.date} verschilt van die van ${named[0]!.file} (${named[0]!.date}); een paar exports hoort bij één peildatum`,
    );
    return null;
  }
  const date = dates[0] ?? pair.date;
  if (date === null) {
    const file = relativeName((pair.organisations ?? pair.holders)!.path);
    problems.error(
      { file },
      "geen peildatum: zet 'peildatum' in het herkomstbestand (<bestand>.bron.json) of een datum in de bestandsnaam (Gemeenten_2026-04-15.csv)",
    );
    return null;
  }
  const parsed = parseDate(date);
  if (parsed === 'invalid' || parsed.iso === null) {
    problems.error(
      { file: relativeName((pair.organisations ?? pair.holders)!.path) },
      `peildatum ${JSON.stringify(date)} is geen geldige datum`,
    );
    return null;
  }
  return parsed.iso;
}

function requireColumns(table: Table, file: string, columns: string[], problems: Problems) {
  const missing = columns.filter((c) =>
    c === ADDRESS_PREFIX
      ? !table.header.some((h) => h.startsWith(ADDRESS_PREFIX))
      : !table.header.includes(c),
  );
  if (missing.length === 0) return true;
  problems.error(
    { file, line: 1 },
    `verplichte kolom(men) ontbreken: ${missing.map(describeColumn).join(', ')} (gevonden: ${table.rawHeader.join(', ')})`,
  );
  return false;
}

/** The register's own spelling of a column, for messages. */
function describeColumn(normalised: string): string {
  const spelled: Record<string, string> = {
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
  return spelled[normalised] ?? normalised;
}

function reportRagged(table: Table, file: string, problems: Problems): void {
  for (const ragged of table.raggedLines) {
    problems.error(
      { file, line: ragged.line },
      `${ragged.fields} velden, verwacht ${table.header.length}`,
    );
    problems.skip(file, 'fout in regel');
  }
}

interface OrganisationRow {
  id: string;
  naam: string;
  type: string;
  tooi: string;
  provincie: string;
  zetels: number | null;
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
    const naam = get(ORGANISATION_COLUMNS.naam).replace(/\s+/g, ' ');
    if (naam === '') problems.error({ file, line, column: 'Officiële naam' }, 'leeg');
    const type = get(ORGANISATION_COLUMNS.type);
    if (type === '') problems.error({ file, line, column: 'Type' }, 'leeg');
    const id = organisationId(get(ORGANISATION_COLUMNS.code), get(ORGANISATION_COLUMNS.tooi));
    if (id === null)
      problems.error(
        { file, line, column: 'Organisatiecode' },
        `leeg, en de TOOi URI ${JSON.stringify(get(ORGANISATION_COLUMNS.tooi))} geeft geen code`,
      );
    else if (!/^[a-z0-9][a-z0-9._-]{0,63}$/.test(id))
      problems.error(
        { file, line, column: 'Organisatiecode' },
        `${JSON.stringify(id)} is geen bruikbare sleutel (letters, cijfers, punt, streepje; hoogstens 64 tekens)`,
      );
    const zetelsRaw = get(ORGANISATION_COLUMNS.zetels);
    let zetels: number | null = null;
    if (zetelsRaw !== '') {
      if (/^\d{1,4}$/.test(zetelsRaw)) zetels = Number(zetelsRaw);
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
    const tooi = get(ORGANISATION_COLUMNS.tooi).toLowerCase();
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
    rows.push({ id, naam, type, tooi, provincie: province.naam ?? '', zetels, line });
  }
  return rows;
}

/** Reads every export pair in roo/ into gremia rows and register snapshots. */
export async function readRooFiles(
  files: readonly RooFile[],
  lookups: Lookups,
  problems: Problems,
  lookupHint: string,
  editionDemo: boolean | undefined,
): Promise<RooResult> {
  const result: RooResult = { gremia: [], snapshots: [] };
  const typeLabels = new Map(canonicalGremiumTypes(lookups).map((t) => [t.code, t.code_label]));
  const pairs = pairFiles(files, problems);
  const years = new Map<string, string>();
  for (const pair of pairs.sort((a, b) => (a.date ?? '').localeCompare(b.date ?? ''))) {
    if (!pair.organisations || !pair.holders) {
      const present = (pair.organisations ?? pair.holders)!;
      const wanted = pair.organisations
        ? `medewerkers_${pair.exportType}${pair.date ? `_${pair.date}` : ''}.csv`
        : `${pair.exportType}${pair.date ? `_${pair.date}` : ''}.csv`;
      problems.error(
        { file: relativeName(present.path) },
        `het bijbehorende bestand ${wanted} ontbreekt: een export van het register bestaat uit de organisaties en hun medewerkers`,
      );
      continue;
    }
    const peildatum = pairPeildatum(pair, problems);
    if (peildatum === null) continue;
    const orgFile = relativeName(pair.organisations.path);
    const yearKey = `${pair.exportType.toLowerCase()}\u0000${peildatum.slice(0, 4)}`;
    const other = years.get(yearKey);
    if (other !== undefined) {
      problems.error(
        { file: orgFile },
        `tweede export van ${pair.exportType} in ${peildatum.slice(0, 4)} (ook ${other}); één export per type en jaar — bewaar een oudere als editie (npm run editie:publiceren)`,
      );
      continue;
    }
    years.set(yearKey, orgFile);
    const snapshot = await readPair(pair, peildatum, lookups, problems, lookupHint, editionDemo);
    if (!snapshot) continue;
    for (const row of snapshot.gremia) result.gremia.push(row);
    result.snapshots.push(snapshot.snapshot);
  }
  return result;

  async function readPair(
    pair: ExportPair,
    peildatum: string,
    lk: Lookups,
    pr: Problems,
    hint: string,
    demo: boolean | undefined,
  ): Promise<{ gremia: GremiumRecord[]; snapshot: RegisterSnapshot } | null> {
    const orgs = pair.organisations!;
    const holders = pair.holders!;
    const orgFile = relativeName(orgs.path);
    const holderFile = relativeName(holders.path);
    const orgTable = await readCsvTable(orgs.path);
    const holderTable = await readCsvTable(holders.path);
    const orgReport = pr.report(orgFile, 'roo');
    orgReport.codering = orgTable.encoding;
    orgReport.rijen_gelezen = orgTable.rows.length + orgTable.raggedLines.length;
    const holderReport = pr.report(holderFile, 'roo-medewerkers');
    holderReport.codering = holderTable.encoding;
    holderReport.rijen_gelezen = holderTable.rows.length + holderTable.raggedLines.length;
    const faulty = [
      reportTableIssues(orgTable, orgFile, pr),
      reportTableIssues(holderTable, holderFile, pr),
    ];
    if (faulty.some(Boolean)) return null;
    const orgColumns = [...Object.values(ORGANISATION_COLUMNS), ADDRESS_PREFIX];
    const okOrg = requireColumns(orgTable, orgFile, orgColumns, pr);
    const okHolders = requireColumns(holderTable, holderFile, Object.values(HOLDER_COLUMNS), pr);
    if (!okOrg || !okHolders) return null;
    for (const [table, file] of [
      [orgTable, orgFile],
      [holderTable, holderFile],
    ] as const) {
      reportRagged(table, file, pr);
      if (table.rows.length === 0 && table.raggedLines.length === 0)
        pr.error({ file, line: 2 }, 'geen gegevensrijen: een lege export wordt niet gepubliceerd');
    }

    const organisations = readOrganisations(orgTable, orgFile, pr);
    const bronsoort = kindOfFile(
      'register',
      orgs.bron?.voorbeelddata ?? holders.bron?.voorbeelddata,
      demo,
    );

    // Sectors by organisation type; unknown types are named once with the lookup to extend.
    const unknownTypes = new Map<string, number[]>();
    for (const o of organisations) {
      if (!lk.sectors.has(lookupKey(o.type))) {
        const lines = unknownTypes.get(o.type) ?? [];
        if (lines.length < 5) lines.push(o.line);
        unknownTypes.set(o.type, lines);
      }
    }
    if (unknownTypes.size > 0)
      pr.error(
        { file: orgFile, column: 'Type' },
        `onbekend(e) organisatietype(n): ${[...unknownTypes].map(([t, l]) => `"${t}" (regel ${l.join(', ')})`).join(', ')}; voeg ze toe aan ${hint}/sectoren.csv`,
      );

    // Office holders join their organisation on the TOOi URI, else on the official name.
    const byTooi = new Map(organisations.filter((o) => o.tooi).map((o) => [o.tooi, o]));
    // A name two organisations share joins nobody: that would be a guess.
    const nameCount = new Map<string, number>();
    for (const o of organisations) nameCount.set(o.naam, (nameCount.get(o.naam) ?? 0) + 1);
    const byName = new Map(
      organisations.filter((o) => nameCount.get(o.naam) === 1).map((o) => [o.naam, o]),
    );
    const holdersOf = new Map<string, HolderRow[]>();
    const unknownOrgs: { line: number; naam: string }[] = [];
    for (const { line, values } of holderTable.rows) {
      const get = (c: string) => (values[c] ?? '').trim();
      const org =
        byTooi.get(get(HOLDER_COLUMNS.tooi).toLowerCase()) ??
        byName.get(get(HOLDER_COLUMNS.organisatie).replace(/\s+/g, ' '));
      if (!org) {
        unknownOrgs.push({ line, naam: get(HOLDER_COLUMNS.organisatie).replace(/\s+/g, ' ') });
        pr.skip(holderFile, 'fout in regel');
        continue;
      }
      if (get(HOLDER_COLUMNS.naam) === '' || get(HOLDER_COLUMNS.functie) === '') {
        const column = get(HOLDER_COLUMNS.naam) === '' ? 'Naam' : 'Functie';
        pr.error({ file: holderFile, line, column }, 'leeg');
        pr.skip(holderFile, 'fout in regel');
        continue;
      }
      const list = holdersOf.get(org.id) ?? [];
      list.push({ naam: get(HOLDER_COLUMNS.naam), functie: get(HOLDER_COLUMNS.functie) });
      holdersOf.set(org.id, list);
    }
    for (const u of unknownOrgs) {
      pr.error(
        { file: holderFile, line: u.line, column: 'Organisatie (onderdeel)' },
        (nameCount.get(u.naam) ?? 0) > 1
          ? `organisatie ${JSON.stringify(u.naam)}: de TOOi URI komt niet voor in ${orgFile} en ${nameCount.get(u.naam)} organisaties dragen die naam; de medewerker is aan geen van hen te koppelen`
          : `organisatie ${JSON.stringify(u.naam)} staat niet in ${orgFile} (niet op TOOi URI, niet op naam)`,
      );
    }

    const gremia: GremiumRecord[] = [];
    const registered: RegisterOrganisation[] = [];
    const unknownFunctions = new Map<string, { type: string; functie: string; rijen: number }>();
    const bron = holders.bron?.url ?? orgs.bron?.url ?? '';
    const jaar = Number(peildatum.slice(0, 4));
    const skipped = (reason: string, n: number) => {
      if (n > 0) pr.skip(holderFile, reason, n);
    };
    for (const o of organisations) {
      const sector = lk.sectors.get(lookupKey(o.type));
      const boards = lk.rooGremia.get(normaliseLabel(o.type)) ?? [];
      const own = holdersOf.get(o.id) ?? [];
      const counted = countOrganisation(own, boards, (functie) =>
        lk.rooFuncties.get(rooFunctionKey(o.type, functie)),
      );
      const used =
        own.length -
        [...counted.onbekend.values(), ...counted.geenZetel.values()].reduce((a, b) => a + b, 0) -
        counted.verdrongen.reduce((a, v) => a + v.rijen, 0) -
        counted.dubbel;
      holderReport.rijen_gebruikt += used;
      for (const [functie, n] of counted.geenZetel) skipped(`geen zetel: ${functie}`, n);
      for (const [functie, n] of counted.onbekend) {
        skipped(`onbekende functie: ${functie}`, n);
        const key = `${o.type}\u0000${functie}`;
        const entry = unknownFunctions.get(key) ?? { type: o.type, functie, rijen: 0 };
        entry.rijen += n;
        unknownFunctions.set(key, entry);
      }
      for (const v of counted.verdrongen) {
        skipped(`niet geteld: ${v.functie} naast ${v.door}`, v.rijen);
        pr.notice(
          { file: holderFile },
          `${o.naam}: ${v.door} geteld als burgemeester; ${v.functie} niet geteld`,
        );
      }
      skipped('zelfde persoon al geteld in dit bestuur', counted.dubbel);
      if (counted.voorzitters.vrouwen + counted.voorzitters.mannen + counted.voorzitters.x > 1)
        pr.notice(
          { file: holderFile },
          `${o.naam}: ${counted.voorzitters.vrouwen + counted.voorzitters.mannen + counted.voorzitters.x} voorzitters (burgemeesters) geregistreerd; allen geteld`,
        );
      if (!sector) continue;
      orgReport.rijen_gebruikt += 1;
      const raad = counted.boards.find((b) => b.gremium_type === 'raad');
      const org: RegisterOrganisation = {
        instelling_id: o.id,
        instelling: o.naam,
        type: o.type,
        sector: sector.sector,
        provincie: o.provincie,
        voorzitters: counted.voorzitters,
        zetels_register: o.zetels,
        raad_geteld: raad ? raad.personen : null,
        verdrongen: counted.verdrongen.map((v) => v.functie),
      };
      if (seatCheck(org) === 'afwijking')
        pr.notice(
          { file: orgFile, line: o.line },
          `${o.naam}: het register noemt ${org.raad_geteld} raadsleden bij ${org.zetels_register} zetels`,
        );
      registered.push(org);
      for (const b of counted.boards) {
        const seats = b.personen > 0 ? { vrouwen: b.vrouwen, mannen: b.mannen, x: b.x } : null;
        gremia.push({
          jaar,
          sector: sector.sector,
          sector_label: sector.sector_label,
          groep: sector.groep,
          subsector: o.provincie,
          instelling_id: o.id,
          instelling: o.naam,
          gremium_type: b.gremium_type,
          gremium_type_label: typeLabels.get(b.gremium_type) ?? b.gremium_type,
          gremium: b.gremium,
          ...boardFigures(seats),
          bron,
          peildatum,
          herkomst: `${orgFile}:${o.line}`,
          bronsoort,
        });
      }
    }
    const unknownList = [...unknownFunctions.values()].sort(
      (a, b) => b.rijen - a.rijen || a.functie.localeCompare(b.functie),
    );
    for (const u of unknownList)
      pr.notice(
        { file: holderFile },
        `functie ${JSON.stringify(u.functie)} (type ${u.type}, ${u.rijen} rijen) staat niet in ${hint}/roo-functies.csv: niet meegeteld`,
      );
    return {
      gremia,
      snapshot: {
        exportType: pair.exportType,
        peildatum,
        bestanden: [orgFile, holderFile],
        bronsoort,
        organisaties: registered,
        onbekendeFuncties: unknownList,
      },
    };
  }
}
