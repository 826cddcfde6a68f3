// Reads every export of the Dutch register of government organisations in a folder (roo/,
// DATA.md §8 and §8.1): CSV pairs and full XML exports, each with its peildatum, refusing what
// cannot be decided (a name that is another in different case, a date that does not exist or
// contradicts another statement of it, two sources of one board on one date), then counts them.
import { basename } from 'node:path';
import type { BodyRecord, PartyRecord } from '../domain/bodies.ts';
import { isRealIsoDate } from '../domain/input-rules.ts';
import type { Lookups } from '../domain/lookups.ts';
import type { GremiumRecord, Provenance } from '../domain/records.ts';
import type { RegisterSnapshot } from '../domain/roo.ts';
import { kindOfFile } from '../domain/source-kinds.ts';
import { normaliseLabel } from '../domain/text.ts';
import { relativeName } from './paths.ts';
import type { Problems } from './problems.ts';
import { readRooCsvPair } from './read-roo-csv.ts';
import { readRooXml } from './read-roo-xml.ts';
import { registerRows, type RegisterExport } from './register-rows.ts';

/** `Gemeenten.csv`, `medewerkers_Gemeenten_2026-04-15.csv`: holders?, type, optional date. */
const CSV_NAME = /^(medewerkers_)?(.+?)(?:_(\d{4}-\d{2}-\d{2}))?\.csv$/i;
/** `exportOO.xml`, `exportOO_2023-10-10.xml` */
const XML_NAME = /^exportOO(?:_(\d{4}-\d{2}-\d{2}))?\.xml$/i;

export interface RooFile {
  path: string;
  bron: Provenance | null;
}

export interface RooResult {
  gremia: GremiumRecord[];
  snapshots: RegisterSnapshot[];
  bodies: BodyRecord[];
  parties: PartyRecord[];
}

interface Export {
  kind: 'csv' | 'xml';
  exportType: string;
  date: string | null;
  files: RooFile[];
  organisations?: RooFile;
  holders?: RooFile;
}

/** Groups the files into exports; odd names, impossible dates and case twins are errors. */
function groupExports(files: readonly RooFile[], problems: Problems): Export[] {
  const byLowerName = new Map<string, RooFile>();
  const exports = new Map<string, Export>();
  for (const file of files) {
    const name = basename(file.path);
    const twin = byLowerName.get(name.toLowerCase());
    if (twin) {
      problems.error(
        { file: relativeName(file.path) },
        `heet op hoofdletters na hetzelfde als ${relativeName(twin.path)}: is dit één export in twee schrijfwijzen? Bewaar er één`,
      );
      continue;
    }
    byLowerName.set(name.toLowerCase(), file);
    const xml = XML_NAME.exec(name);
    const csv = xml ? null : CSV_NAME.exec(name);
    if (!xml && !csv) {
      problems.error(
        { file: relativeName(file.path) },
        'onbekende bestandsnaam: verwacht <Type>.csv en medewerkers_<Type>.csv, of exportOO.xml, eventueel met _JJJJ-MM-DD',
      );
      continue;
    }
    const date = (xml ? xml[1] : csv![3]) ?? null;
    if (date !== null && !isRealIsoDate(date)) {
      problems.error(
        { file: relativeName(file.path) },
        `de datum ${date} in de bestandsnaam bestaat niet`,
      );
      continue;
    }
    if (xml) {
      exports.set(`xml\u0000${name.toLowerCase()}`, {
        kind: 'xml',
        exportType: 'exportOO',
        date,
        files: [file],
      });
      continue;
    }
    const [, holders, exportType] = csv!;
    const key = `csv\u0000${exportType!.toLowerCase()}\u0000${date ?? ''}`;
    const pair = exports.get(key) ?? { kind: 'csv', exportType: exportType!, date, files: [] };
    pair.files.push(file);
    if (holders) pair.holders = file;
    else pair.organisations = file;
    exports.set(key, pair);
  }
  return [...exports.values()].sort((a, b) => (a.date ?? '').localeCompare(b.date ?? ''));
}

/**
 * The peildatum of an export: every statement of it (sidecars, file name, the XML's own
 * timestamp) must agree; one that contradicts another is an error, never a silent choice.
 */
function resolvePeildatum(
  exp: Export,
  timestamp: string | null,
  problems: Problems,
): string | null {
  const statements: { bron: string; date: string }[] = [];
  for (const f of exp.files)
    if (f.bron?.peildatum)
      statements.push({ bron: `${relativeName(f.path)}.bron.json`, date: f.bron.peildatum });
  if (exp.date)
    statements.push({ bron: `de naam ${basename(exp.files[0]!.path)}`, date: exp.date });
  if (timestamp) statements.push({ bron: 'p:timestamp van de export', date: timestamp });
  const file = relativeName(exp.files[0]!.path);
  const other = statements.find((s) => s.date !== statements[0]!.date);
  if (other) {
    problems.error(
      { file },
      `peildatum ${other.date} (${other.bron}) spreekt ${statements[0]!.date} (${statements[0]!.bron}) tegen; één export hoort bij één peildatum`,
    );
    return null;
  }
  if (statements.length === 0) {
    problems.error(
      { file },
      exp.kind === 'xml'
        ? "geen peildatum: zet 'peildatum' in het herkomstbestand, een datum in de bestandsnaam (exportOO_2023-10-10.xml) of laat p:timestamp staan"
        : "geen peildatum: zet 'peildatum' in het herkomstbestand (<bestand>.bron.json) of een datum in de bestandsnaam (Gemeenten_2026-04-15.csv)",
    );
    return null;
  }
  return statements[0]!.date;
}

async function readExport(
  exp: Export,
  lookups: Lookups,
  problems: Problems,
  editionDemo: boolean | undefined,
): Promise<RegisterExport | null> {
  const bron = exp.files.map((f) => f.bron?.url).find(Boolean) ?? '';
  const bronsoort = kindOfFile(
    'register',
    exp.files.some((f) => f.bron?.voorbeelddata === true) ? true : undefined,
    editionDemo,
  );
  const bestanden = exp.files.map((f) => relativeName(f.path));
  if (exp.kind === 'csv') {
    if (!exp.organisations || !exp.holders) {
      const present = exp.files[0]!;
      const wanted = exp.organisations
        ? `medewerkers_${exp.exportType}${exp.date ? `_${exp.date}` : ''}.csv`
        : `${exp.exportType}${exp.date ? `_${exp.date}` : ''}.csv`;
      problems.error(
        { file: relativeName(present.path) },
        `het bijbehorende bestand ${wanted} ontbreekt: een export van het register bestaat uit de organisaties en hun medewerkers`,
      );
      return null;
    }
    const peildatum = resolvePeildatum(exp, null, problems);
    if (peildatum === null) return null;
    const files = {
      organisations: relativeName(exp.organisations.path),
      holders: relativeName(exp.holders.path),
    };
    const organisaties = await readRooCsvPair(
      { organisations: exp.organisations.path, holders: exp.holders.path },
      files,
      problems,
    );
    if (organisaties === null) return null;
    return {
      exportType: exp.exportType,
      formaat: 'csv',
      peildatum,
      bestanden,
      holderFile: files.holders,
      organisationFile: files.organisations,
      bronsoort,
      bron,
      organisaties,
      nietGelezenTypes: [],
    };
  }
  const file = bestanden[0]!;
  // The types the lookup has functions for: the others are counted, not read.
  const types = new Set([...lookups.rooFuncties.keys()].map((k) => k.split('|')[0]!));
  const state = { peildatum: null as string | null };
  const xml = await readRooXml(
    exp.files[0]!.path,
    file,
    (type) => types.has(normaliseLabel(type)),
    (timestamp) => (state.peildatum = resolvePeildatum(exp, timestamp, problems)),
    problems,
  );
  const peildatum = state.peildatum;
  if (xml === null || peildatum === null) return null;
  const report = problems.report(file, 'roo-xml');
  report.codering = 'utf-8';
  report.rijen_gelezen = xml.organisatiesGezien;
  const holderFile = `${file} (medewerkers)`;
  const holders = problems.report(holderFile, 'roo-medewerkers');
  holders.rijen_gelezen = xml.organisaties.reduce((n, o) => n + o.holders.length, 0);
  if (xml.beeindigd > 0)
    problems.skip(file, `organisatie beëindigd op of voor ${peildatum}`, xml.beeindigd);
  for (const [type, n] of xml.nietGelezen) problems.skip(file, `type zonder functies: ${type}`, n);
  if (xml.vreemdeElementen > 0)
    problems.notice(
      { file },
      `${xml.vreemdeElementen} elementen buiten de naamruimte van het register genegeerd`,
    );
  return {
    exportType: 'exportOO',
    formaat: 'xml',
    peildatum,
    bestanden,
    holderFile,
    organisationFile: file,
    bronsoort,
    bron,
    organisaties: xml.organisaties,
    nietGelezenTypes: [...xml.nietGelezen]
      .map(([type, organisaties]) => ({ type, organisaties }))
      .sort((a, b) => b.organisaties - a.organisaties || a.type.localeCompare(b.type)),
  };
}

/**
 * One source per board and date, and one export per type and year (the gremia tables count a
 * board once a year): two exports that hold the same organisation type on the same date or in
 * the same year are an error naming both.
 */
function checkOneSource(exports: readonly RegisterExport[], problems: Problems): RegisterExport[] {
  const kept: RegisterExport[] = [];
  const seen = new Map<string, RegisterExport>();
  for (const exp of exports) {
    let clash: string | null = null;
    for (const type of new Set(exp.organisaties.map((o) => o.type.toLowerCase()))) {
      const other = seen.get(`${type}\u0000${exp.peildatum.slice(0, 4)}`);
      if (!other) continue;
      clash =
        other.peildatum === exp.peildatum
          ? `${exp.bestanden[0]} en ${other.bestanden[0]} geven allebei organisaties van type ${type} op ${exp.peildatum}: één bron per bestuur en peildatum`
          : `tweede export met type ${type} in ${exp.peildatum.slice(0, 4)} (ook ${other.bestanden[0]}, ${other.peildatum}); één export per type en jaar — bewaar een oudere als editie (npm run editie:publiceren)`;
      break;
    }
    if (clash) {
      problems.error({ file: exp.bestanden[0]! }, clash);
      continue;
    }
    for (const type of new Set(exp.organisaties.map((o) => o.type.toLowerCase())))
      seen.set(`${type}\u0000${exp.peildatum.slice(0, 4)}`, exp);
    kept.push(exp);
  }
  return kept;
}

/** Reads every register export among `files` into gremia rows, snapshots, bodies and parties. */
export async function readRooFiles(
  files: readonly RooFile[],
  lookups: Lookups,
  problems: Problems,
  lookupHint: string,
  editionDemo: boolean | undefined,
): Promise<RooResult> {
  const result: RooResult = { gremia: [], snapshots: [], bodies: [], parties: [] };
  const read: RegisterExport[] = [];
  for (const exp of groupExports(files, problems)) {
    const r = await readExport(exp, lookups, problems, editionDemo);
    if (r) read.push(r);
  }
  for (const exp of checkOneSource(read, problems)) {
    const rows = registerRows(exp, lookups, problems, lookupHint);
    for (const g of rows.gremia) result.gremia.push(g);
    result.snapshots.push(rows.snapshot);
    for (const b of rows.bodies) result.bodies.push(b);
    for (const p of rows.parties) result.parties.push(p);
  }
  return result;
}
