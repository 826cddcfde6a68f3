// Reads a CSV or XLSX file into a header and rows with their line numbers, whatever the
// encoding, delimiter or header spelling, and finds what no reader may accept from any table:
// an empty file, mixed encodings, an unclosed quote, a column named twice, forbidden characters,
// values past their length, and in spreadsheets formulas without a stored value and merged cells.
import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { forbiddenCharacter, LIMITS } from '../domain/input-rules.ts';
import { normaliseHeader } from '../domain/text.ts';
import { decodeBytes, EncodingError, type TextEncodingName } from './decode.ts';
import { parseCsvDocument } from './csv-records.ts';
import type { Problems } from './problems.ts';

export interface TableRow {
  line: number;
  values: Record<string, string>;
}

/** Something wrong with the file as a table; every issue stops the build. */
export interface TableIssue {
  line?: number;
  column?: string;
  message: string;
}

export interface Table {
  /** Normalised header names in file order. */
  header: string[];
  /** Header names as written in the file. */
  rawHeader: string[];
  rows: TableRow[];
  blankLines: number;
  /** Lines whose field count differs from the header's. */
  raggedLines: { line: number; fields: number }[];
  encoding: TextEncodingName | 'xlsx';
  issues: TableIssue[];
}

function emptyTable(encoding: Table['encoding'], issues: TableIssue[]): Table {
  return { header: [], rawHeader: [], rows: [], blankLines: 0, raggedLines: [], encoding, issues };
}

/** Problems of one value: forbidden characters and length (names and ids have their own limit). */
export function valueIssue(value: string, maxLength: number = LIMITS.fieldLength): string | null {
  const bad = forbiddenCharacter(value);
  if (bad)
    return `bevat het onzichtbare stuurteken ${bad.code} (positie ${bad.position}); verwijder het`;
  if (value.length > maxLength)
    return `is ${value.length} tekens lang, meer dan de grens van ${maxLength}`;
  return null;
}

export function headerIssues(
  rawHeader: readonly string[],
  header: readonly string[],
): TableIssue[] {
  const issues: TableIssue[] = [];
  if (header.length > LIMITS.columns)
    issues.push({
      line: 1,
      message: `${header.length} kolommen, meer dan de grens van ${LIMITS.columns}`,
    });
  const first = new Map<string, string>();
  header.forEach((name, i) => {
    if (name === '') return;
    const earlier = first.get(name);
    if (earlier !== undefined)
      issues.push({
        line: 1,
        column: rawHeader[i],
        message: `kolom komt twee keer voor (ook als ${JSON.stringify(earlier)}); welke geldt is niet te raden`,
      });
    else first.set(name, rawHeader[i]!);
  });
  rawHeader.forEach((raw) => {
    const problem = valueIssue(raw, LIMITS.nameLength);
    if (problem) issues.push({ line: 1, message: `kolomnaam ${JSON.stringify(raw)} ${problem}` });
  });
  return issues;
}

export function tableFromRecords(
  records: { line: number; fields: string[] }[],
  encoding: Table['encoding'],
): Table {
  const headerRecord = records.find((r) => r.fields.length > 0);
  const rawHeader = headerRecord?.fields.map((h) => h.replace(/^\uFEFF/, '').trim()) ?? [];
  const header = rawHeader.map(normaliseHeader);
  const table: Table = {
    header,
    rawHeader,
    rows: [],
    blankLines: 0,
    raggedLines: [],
    encoding,
    issues: headerIssues(rawHeader, header),
  };
  for (const record of records) {
    if (record === headerRecord) continue;
    if (record.fields.length === 0 || record.fields.every((f) => f.trim() === '')) {
      table.blankLines += 1;
      continue;
    }
    if (record.fields.length !== header.length) {
      // Trailing empty fields (a spreadsheet's extra delimiters) are harmless.
      const extra = record.fields.slice(header.length);
      if (record.fields.length < header.length || extra.some((f) => f.trim() !== '')) {
        table.raggedLines.push({ line: record.line, fields: record.fields.length });
        continue;
      }
    }
    const values: Record<string, string> = {};
    header.forEach((name, i) => {
      const value = record.fields[i] ?? '';
      const problem = valueIssue(value);
      if (problem) table.issues.push({ line: record.line, column: rawHeader[i], message: problem });
      if (name !== '' && !(name in values)) values[name] = value;
    });
    table.rows.push({ line: record.line, values });
  }
  return table;
}

export async function readCsvTable(path: string): Promise<Table> {
  const bytes = await readFile(path);
  if (bytes.length === 0) return emptyTable('utf-8', [{ message: 'leeg bestand (0 bytes)' }]);
  let decoded: ReturnType<typeof decodeBytes>;
  try {
    decoded = decodeBytes(bytes);
  } catch (error) {
    if (!(error instanceof EncodingError)) throw error;
    return emptyTable('utf-8', [
      { line: error.line, message: `positie ${error.column}: ${error.message}` },
    ]);
  }
  const { records, unclosedQuoteLine } = parseCsvDocument(decoded.text.replace(/^\uFEFF/, ''));
  const table = tableFromRecords(records, decoded.encoding);
  if (unclosedQuoteLine !== null)
    table.issues.push({
      line: unclosedQuoteLine,
      message:
        'aanhalingsteken dat nooit gesloten wordt: de rest van het bestand zou in één veld belanden',
    });
  return table;
}

function cellText(value: ExcelJS.CellValue): string | { formulaWithoutValue: string } {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (typeof value === 'string') return value.normalize('NFC');
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ('richText' in value)
    return value.richText
      .map((r) => r.text)
      .join('')
      .normalize('NFC');
  if ('formula' in value || 'sharedFormula' in value) {
    const formula = ('formula' in value ? value.formula : value.sharedFormula) ?? '';
    // A formula the file stores no result for would read as empty: a count silently lost.
    if (value.result === undefined || value.result === null)
      return { formulaWithoutValue: formula };
    return cellText(value.result);
  }
  if ('text' in value && typeof value.text === 'string') return value.text.normalize('NFC');
  if ('error' in value) return String(value.error);
  return '';
}

/** Rejects, before ExcelJS reads it, a file that is not a spreadsheet or would not fit in memory. */
async function inspectXlsx(bytes: Buffer): Promise<TableIssue[]> {
  if (bytes.length === 0) return [{ message: 'leeg bestand (0 bytes)' }];
  if (bytes.subarray(0, 4).toString('binary') !== 'PK\u0003\u0004')
    return [
      { message: 'geen XLSX-bestand (geen zip-archief); sla het op als Excel-werkmap of CSV' },
    ];
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch (error) {
    return [{ message: `onleesbaar XLSX-bestand: ${(error as Error).message}` }];
  }
  const issues: TableIssue[] = [];
  for (const entry of Object.values(zip.files)) {
    // JSZip keeps the size the archive declares; a few kB can declare gigabytes.
    const size = (entry as unknown as { _data?: { uncompressedSize?: number } })._data
      ?.uncompressedSize;
    if (size !== undefined && size > LIMITS.xlsxPartBytes)
      issues.push({
        message: `onderdeel ${entry.name} is uitgepakt ${Math.round(size / 1e6)} MB, meer dan de grens van ${LIMITS.xlsxPartBytes / 1e6} MB`,
      });
  }
  if (issues.length > 0) return issues;
  if (!zip.file('xl/workbook.xml'))
    return [{ message: 'geen XLSX-werkmap (xl/workbook.xml ontbreekt)' }];
  // Merged cells: ExcelJS would copy a merged value into every cell of the range (a count in
  // both 'vrouwen' and 'mannen') and walks every cell of a huge range. Not guessed: rejected.
  for (const entry of zip.file(/^xl\/worksheets\/[^/]+\.xml$/)) {
    const xml = await entry.async('string');
    const merges = [...xml.matchAll(/<mergeCell\s+ref="([A-Z]+\d+:[A-Z]+\d+)"/g)].map((m) => m[1]);
    if (merges.length > 0)
      issues.push({
        message: `samengevoegde cellen (${merges.slice(0, 5).join(', ')}${merges.length > 5 ? ', …' : ''}) in ${entry.name}: maak ze ongedaan en vul elke cel`,
      });
  }
  return issues;
}

/** First sheet, or the sheet named `gremia`; Excel row numbers are the line numbers. */
export async function readXlsxTable(path: string, preferredSheet: string): Promise<Table> {
  const bytes = await readFile(path);
  const problems = await inspectXlsx(bytes);
  if (problems.length > 0) return emptyTable('xlsx', problems);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (error) {
    return emptyTable('xlsx', [
      { message: `onleesbaar XLSX-bestand: ${(error as Error).message}` },
    ]);
  }
  const sheet =
    workbook.worksheets.find((s) => s.name.trim().toLowerCase() === preferredSheet) ??
    workbook.worksheets[0];
  const records: { line: number; fields: string[] }[] = [];
  const issues: TableIssue[] = [];
  let gaps = 0; // empty rows between rows with content: counted, not materialised
  if (sheet) {
    // The table is as wide as its header row, not as wide as the sheet claims to be.
    let width = 0;
    let lastLine = 0;
    sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      if (lastLine === 0) {
        width = Math.min(row.cellCount, LIMITS.columns + 1);
        while (width > 0 && cellText(row.getCell(width).value) === '') width -= 1;
      } else gaps += rowNumber - lastLine - 1;
      lastLine = rowNumber;
      const fields: string[] = [];
      for (let c = 1; c <= Math.max(width, 1); c += 1) {
        const text = cellText(row.getCell(c).value);
        if (typeof text === 'string') fields.push(text);
        else {
          issues.push({
            line: rowNumber,
            column: row.getCell(c).address,
            message: `formule =${text.formulaWithoutValue} zonder opgeslagen uitkomst; open het bestand in een rekenblad, herbereken en sla op, of vul de waarde in`,
          });
          fields.push('');
        }
      }
      // Cells past the header's width with content: a value that belongs to no column.
      for (let c = width + 1; c <= row.cellCount && c <= LIMITS.columns + 1; c += 1) {
        const text = cellText(row.getCell(c).value);
        if (text !== '') fields.push(typeof text === 'string' ? text : '=');
      }
      records.push({ line: rowNumber, fields });
    });
  }
  const table = tableFromRecords(records, 'xlsx');
  table.blankLines += gaps;
  table.issues.push(...issues);
  return table;
}

/**
 * Reports a table's issues as errors of `file`; true when there were any (the caller stops
 * reading the file: a table with these faults is not read in part).
 */
export function reportTableIssues(table: Table, file: string, problems: Problems): boolean {
  for (const issue of table.issues) {
    problems.error(
      {
        file,
        ...(issue.line !== undefined ? { line: issue.line } : {}),
        ...(issue.column !== undefined ? { column: issue.column } : {}),
      },
      issue.message,
    );
  }
  return table.issues.length > 0;
}

/** A table without a single data row: an extract that would publish nothing (or only unknowns). */
export function reportNoRows(table: Table, file: string, problems: Problems): boolean {
  if (table.rows.length > 0 || table.raggedLines.length > 0) return false;
  problems.error(
    { file, line: 1 },
    table.header.length === 0
      ? 'geen kopregel en geen gegevens'
      : 'alleen een kopregel, geen gegevensrijen: een leeg extract wordt niet gepubliceerd',
  );
  return true;
}
