// Streams an official mandatendatabank CSV export (DATA.md §3) into one record per mandataris,
// keeping only what the figures need so that a 50 MB export is never held in memory twice.
import { createReadStream } from 'node:fs';
import { open, readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { classifyFunctie, toBrusselsDate, type Functie } from '../domain/mandaten.ts';
import type { MunicipalityMatcher } from '../domain/municipalities.ts';
import type { Provenance } from '../domain/records.ts';
import { CsvParser, sniffDelimiter, type CsvRecord } from './csv-records.ts';
import { LIMITS } from '../domain/input-rules.ts';
import { mixedEncoding } from './decode.ts';
import { valueIssue } from './read-table.ts';
import type { Problems } from './problems.ts';
import { relativeName } from './paths.ts';

export const MANDATEN_COLUMNS = [
  'mandataris',
  'start',
  'eind',
  'rangorde',
  'status',
  'statusLabel',
  'persoon',
  'voornaam',
  'achternaam',
  'roepnaam',
  'mandaat',
  'bestuursfunctie',
  'bestuursfunctieLabel',
  'bestuursorgaan',
  'bestuursorgaanLabel',
  'bestuursPeriodeStart',
  'bestuursPeriodeEinde',
  'bestuursorgaanClassificatie',
  'bestuursorgaanClassificatieLabel',
  'bestuurseenheidLabel',
  'bestuurseenheidClassificatie',
  'bestuurseenheidClassificatieLabel',
  'werkingsgebied',
  'werkingsgebiedLabel',
  'fractie',
  'fractieNaam',
  'beleidsdomein',
  'beleidsdomeinLabel',
] as const;
type Column = (typeof MANDATEN_COLUMNS)[number] | 'geslacht';

export interface MandatarisRecord {
  mandataris: string;
  persoon: string;
  naam: string;
  functieLabel: string;
  functie: Functie;
  statusLabel: string;
  startDate: string | null;
  endDate: string | null;
  nis: string;
  fractie: string;
  beleidsdomeinen: string[];
  geslacht: string;
  line: number;
}

export interface MandatenExtract {
  file: string;
  peildatum: string;
  provenance: Provenance | null;
  hasGenderColumn: boolean;
  records: MandatarisRecord[];
}

/** Peildatum from the sidecar, else from a name like mandaten-20231023060000000.csv. */
export function peildatumFromName(path: string): string | null {
  const match = /mandaten-(\d{4})(\d{2})(\d{2})/i.exec(basename(path));
  return match ? `${match[1]}-${match[2]}-${match[3]}` : null;
}

interface ReadContext {
  file: string;
  peildatum: string;
  matcher: MunicipalityMatcher;
  problems: Problems;
}

class MandatenAccumulator {
  private index: Partial<Record<Column, number>> = {};
  private width = 0;
  private headerSeen = false;
  private headerOk = false;
  readonly byMandataris = new Map<string, MandatarisRecord>();
  readonly unmatched = new Map<string, number[]>();
  hasGenderColumn = false;

  constructor(private readonly ctx: ReadContext) {}

  onRecord(record: CsvRecord): void {
    const { file, problems } = this.ctx;
    if (!this.headerSeen) {
      if (record.fields.length === 0) return;
      this.headerSeen = true;
      this.readHeader(record);
      return;
    }
    if (!this.headerOk) return;
    const report = problems.report(file, 'mandaten');
    if (record.fields.length === 0) {
      if (report.meldingen.length < 200)
        report.meldingen.push(`${file}:${record.line}: lege regel genegeerd`);
      return;
    }
    report.rijen_gelezen += 1;
    if (record.fields.length !== this.width) {
      problems.error(
        { file, line: record.line },
        `${record.fields.length} velden, verwacht ${this.width}${record.fields.length > this.width ? ' (aan elkaar geplakte regels?)' : ''}`,
      );
      problems.skip(file, 'fout in regel');
      return;
    }
    this.readRow(record, report);
  }

  private readHeader(record: CsvRecord): void {
    const { file, problems } = this.ctx;
    const names = record.fields.map((f) =>
      f
        .replace(/^\uFEFF/, '')
        .trim()
        .toLowerCase(),
    );
    this.width = names.length;
    const firstAt = new Map<string, number>();
    names.forEach((name, i) => {
      if (name !== '' && firstAt.has(name))
        problems.error(
          { file, line: 1, column: record.fields[i]!.trim() },
          `kolom komt twee keer voor (kolom ${firstAt.get(name)! + 1} en ${i + 1}); welke geldt is niet te raden`,
        );
      else firstAt.set(name, i);
    });
    if (firstAt.size < names.filter((n) => n !== '').length) return;
    for (const column of [...MANDATEN_COLUMNS, 'geslacht'] as Column[]) {
      const i = names.indexOf(column.toLowerCase());
      if (i >= 0) this.index[column] = i;
    }
    const missing = MANDATEN_COLUMNS.filter((c) => this.index[c] === undefined);
    if (missing.length > 0) {
      problems.error(
        { file, line: 1 },
        `geen mandatendatabank-export: kolom(men) ontbreken: ${missing.join(', ')}`,
      );
      return;
    }
    this.hasGenderColumn = this.index.geslacht !== undefined;
    this.headerOk = true;
  }

  private readRow(record: CsvRecord, report: ReturnType<Problems['report']>): void {
    const { file, problems, peildatum, matcher } = this.ctx;
    const get = (c: Column): string => {
      const i = this.index[c];
      return i === undefined ? '' : (record.fields[i] ?? '').trim();
    };
    let faulty = false;
    record.fields.forEach((value, i) => {
      const problem = valueIssue(value);
      if (!problem) return;
      faulty = true;
      const column = Object.entries(this.index).find(([, at]) => at === i)?.[0] ?? `${i + 1}`;
      problems.error({ file, line: record.line, column }, problem);
    });
    for (const column of ['voornaam', 'achternaam', 'roepnaam', 'werkingsgebiedLabel'] as const) {
      const problem =
        get(column).length > LIMITS.nameLength ? valueIssue(get(column), LIMITS.nameLength) : null;
      if (problem) {
        faulty = true;
        problems.error({ file, line: record.line, column }, problem);
      }
    }
    if (faulty) {
      problems.skip(file, 'fout in regel');
      return;
    }
    const eenheid = get('bestuurseenheidClassificatieLabel');
    if (eenheid.toLowerCase() !== 'gemeente') {
      problems.skip(file, `bestuurseenheid ${eenheid || '(leeg)'}`);
      return;
    }
    const functieLabel = get('bestuursfunctieLabel');
    const functie = classifyFunctie(functieLabel);
    if (!functie) {
      problems.skip(file, `functie ${functieLabel || '(leeg)'}`);
      return;
    }
    const mandataris = get('mandataris');
    if (mandataris === '') {
      problems.error({ file, line: record.line, column: 'mandataris' }, 'leeg');
      problems.skip(file, 'fout in regel');
      return;
    }
    const existing = this.byMandataris.get(mandataris);
    const domein = get('beleidsdomeinLabel');
    if (existing) {
      // The export repeats a mandataris once per beleidsdomein (and other multi-valued fields).
      if (domein && !existing.beleidsdomeinen.includes(domein))
        existing.beleidsdomeinen.push(domein);
      if (!existing.geslacht && this.hasGenderColumn) existing.geslacht = get('geslacht');
      report.rijen_gebruikt += 1;
      return;
    }
    const dates: Record<'start' | 'eind', string | null> = { start: null, eind: null };
    for (const column of ['start', 'eind'] as const) {
      const raw = get(column);
      if (raw === '') continue;
      const local = toBrusselsDate(raw);
      if (local === null) {
        problems.error(
          { file, line: record.line, column },
          `${JSON.stringify(raw)} is geen xsd:dateTime`,
        );
        problems.skip(file, 'fout in regel');
        return;
      }
      dates[column] = local;
    }
    if (dates.start !== null && dates.eind !== null && dates.eind < dates.start) {
      problems.error(
        { file, line: record.line, column: 'eind' },
        `einde ${dates.eind} ligt vóór het begin ${dates.start}`,
      );
      problems.skip(file, 'fout in regel');
      return;
    }
    const gemeenteLabel = get('werkingsgebiedLabel') || get('bestuurseenheidLabel');
    const municipality = matcher.match(gemeenteLabel, peildatum);
    if (!municipality) {
      const lines = this.unmatched.get(gemeenteLabel) ?? [];
      if (lines.length < 3) lines.push(record.line);
      this.unmatched.set(gemeenteLabel, lines);
      problems.skip(file, 'fout in regel');
      return;
    }
    const voornaam = get('roepnaam') || get('voornaam');
    this.byMandataris.set(mandataris, {
      mandataris,
      persoon: get('persoon') || mandataris,
      naam: [voornaam, get('achternaam')].filter(Boolean).join(' '),
      functieLabel,
      functie,
      statusLabel: get('statusLabel'),
      startDate: dates.start,
      endDate: dates.eind,
      nis: municipality.nis,
      fractie: get('fractieNaam'),
      beleidsdomeinen: domein ? [domein] : [],
      geslacht: this.hasGenderColumn ? get('geslacht') : '',
      line: record.line,
    });
    report.rijen_gebruikt += 1;
  }

  finish(unclosedQuoteLine: number | null): void {
    const { file, problems } = this.ctx;
    if (unclosedQuoteLine !== null)
      problems.error(
        { file, line: unclosedQuoteLine },
        'aanhalingsteken dat nooit gesloten wordt: de rest van het bestand zou in één veld belanden',
      );
    if (!this.headerSeen)
      problems.error({ file, line: 1 }, 'leeg bestand: geen kopregel en geen gegevens');
    else if (this.headerOk && problems.report(file, 'mandaten').rijen_gelezen === 0)
      problems.error(
        { file, line: 1 },
        'alleen een kopregel, geen gegevensrijen: een leeg extract wordt niet gepubliceerd (alle gemeenten zouden "onbekend" worden)',
      );
    if (this.unmatched.size > 0) {
      const list = [...this.unmatched.entries()]
        .map(([name, lines]) => `${JSON.stringify(name)} (regel ${lines.join(', ')})`)
        .join(', ');
      this.ctx.problems.error(
        { file: this.ctx.file, column: 'werkingsgebiedLabel' },
        `gemeente(n) niet gevonden in referentie/gemeenten.csv: ${list}; voeg een alias toe`,
      );
    }
  }
}

type StreamEncoding = 'utf-8' | 'windows-1252' | 'utf-16le' | 'utf-16be';

/** Byte-order mark of a UTF-16 file, else null (UTF-8 or Windows-1252, tried in that order). */
async function utf16Encoding(path: string): Promise<StreamEncoding | null> {
  const handle = await open(path, 'r');
  try {
    const { buffer } = await handle.read(Buffer.alloc(2), 0, 2, 0);
    if (buffer[0] === 0xff && buffer[1] === 0xfe) return 'utf-16le';
    if (buffer[0] === 0xfe && buffer[1] === 0xff) return 'utf-16be';
    return null;
  } finally {
    await handle.close();
  }
}

class NulByteError extends Error {}

/** Streams the file through the parser; returns the line of a quote never closed, or null. */
async function streamFile(
  path: string,
  encoding: StreamEncoding,
  onRecord: (record: CsvRecord) => void,
): Promise<number | null> {
  const decoder = new TextDecoder(encoding, { fatal: encoding === 'utf-8' });
  let parser: CsvParser | null = null;
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 })) {
    if (!encoding.startsWith('utf-16') && (chunk as Buffer).includes(0)) throw new NulByteError();
    let text = decoder.decode(chunk as Buffer, { stream: true });
    if (!parser) {
      // The official export uses commas; a re-saved copy may use semicolons.
      text = text.replace(/^\uFEFF/, '');
      parser = new CsvParser(sniffDelimiter(text), onRecord);
    }
    parser.push(text);
  }
  parser ??= new CsvParser(',', onRecord);
  parser.push(decoder.decode());
  parser.end();
  return parser.unclosedQuoteLine;
}

export async function readMandatenFile(
  path: string,
  provenance: Provenance | null,
  matcher: MunicipalityMatcher,
  problems: Problems,
): Promise<MandatenExtract | null> {
  const file = relativeName(path);
  const peildatum = provenance?.peildatum ?? peildatumFromName(path);
  problems.report(file, 'mandaten');
  if (!peildatum) {
    problems.error(
      { file },
      `geen peildatum: geef ze in ${basename(path)}.bron.json ("peildatum": "jjjj-mm-dd") of in de bestandsnaam (mandaten-JJJJMMDD….csv)`,
    );
    return null;
  }
  if ((await stat(path)).size === 0) {
    problems.error({ file }, 'leeg bestand (0 bytes): een leeg extract wordt niet gepubliceerd');
    return null;
  }
  const utf16 = await utf16Encoding(path);
  const encodings: StreamEncoding[] = utf16 ? [utf16] : ['utf-8', 'windows-1252'];
  for (const encoding of encodings) {
    const errorsBefore = problems.errorCount(file);
    const acc = new MandatenAccumulator({ file, peildatum, matcher, problems });
    let unclosedQuoteLine: number | null;
    try {
      unclosedQuoteLine = await streamFile(path, encoding, (r) => acc.onRecord(r));
    } catch (error) {
      if (error instanceof NulByteError) {
        problems.error(
          { file },
          'bevat NUL-bytes: geen tekstbestand, of UTF-16 zonder BOM; sla het op als UTF-8 (CSV)',
        );
        return null;
      }
      if (encoding === 'utf-8' && error instanceof TypeError) {
        // Not UTF-8. Windows-1252 only when nothing in it is UTF-8: a mix is not guessed at.
        const mixed = mixedEncoding(await readFile(path));
        if (mixed) {
          problems.error({ file, line: mixed.line }, `positie ${mixed.column}: ${mixed.message}`);
          return null;
        }
        // Start over as Windows-1252, with a clean report for this file.
        const report = problems.report(file, 'mandaten');
        Object.assign(report, {
          rijen_gelezen: 0,
          rijen_gebruikt: 0,
          rijen_overgeslagen: {},
          meldingen: [],
        });
        continue;
      }
      throw error;
    }
    acc.finish(unclosedQuoteLine);
    const report = problems.report(file, 'mandaten');
    report.codering = encoding;
    if (problems.errorCount(file) > errorsBefore && acc.byMandataris.size === 0) return null;
    return {
      file,
      peildatum,
      provenance,
      hasGenderColumn: acc.hasGenderColumn,
      records: [...acc.byMandataris.values()],
    };
  }
  return null;
}
