// Streams an official mandatendatabank CSV export (DATA.md §3) into one record per mandataris,
// keeping only what the figures need so that a 50 MB export is never held in memory twice.
import { createReadStream } from 'node:fs';
import { basename } from 'node:path';
import { classifyFunctie, toBrusselsDate, type Functie } from '../domain/mandaten.ts';
import type { MunicipalityMatcher } from '../domain/municipalities.ts';
import type { Provenance } from '../domain/records.ts';
import { CsvParser, sniffDelimiter, type CsvRecord } from './csv-records.ts';
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

  finish(): void {
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

async function streamFile(
  path: string,
  encoding: 'utf-8' | 'windows-1252',
  onRecord: (record: CsvRecord) => void,
): Promise<void> {
  const decoder = new TextDecoder(encoding, { fatal: encoding === 'utf-8' });
  let parser: CsvParser | null = null;
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 })) {
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
  for (const encoding of ['utf-8', 'windows-1252'] as const) {
    const errorsBefore = problems.errorCount(file);
    const acc = new MandatenAccumulator({ file, peildatum, matcher, problems });
    try {
      await streamFile(path, encoding, (r) => acc.onRecord(r));
    } catch (error) {
      if (encoding === 'utf-8' && error instanceof TypeError) {
        // Not UTF-8: start over as Windows-1252, with a clean report for this file.
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
    acc.finish();
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
