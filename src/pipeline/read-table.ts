// Reads a CSV or XLSX file into a header and rows with their line numbers, whatever the
// encoding, delimiter or header spelling.
import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import { normaliseHeader } from '../domain/text.ts';
import { decodeBytes, type TextEncodingName } from './decode.ts';
import { parseCsvText } from './csv-records.ts';

export interface TableRow {
  line: number;
  values: Record<string, string>;
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
}

export function tableFromRecords(
  records: { line: number; fields: string[] }[],
  encoding: Table['encoding'],
): Table {
  const headerRecord = records.find((r) => r.fields.length > 0);
  const rawHeader = headerRecord?.fields.map((h) => h.replace(/^\uFEFF/, '').trim()) ?? [];
  const header = rawHeader.map(normaliseHeader);
  const table: Table = { header, rawHeader, rows: [], blankLines: 0, raggedLines: [], encoding };
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
      if (name !== '' && !(name in values)) values[name] = record.fields[i] ?? '';
    });
    table.rows.push({ line: record.line, values });
  }
  return table;
}

export async function readCsvTable(path: string): Promise<Table> {
  const { text, encoding } = decodeBytes(await readFile(path));
  return tableFromRecords(parseCsvText(text.replace(/^\uFEFF/, '')), encoding);
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (typeof value === 'string') return value;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('text' in value && typeof value.text === 'string') return value.text;
  if ('result' in value) return cellText(value.result);
  if ('error' in value) return String(value.error);
  return '';
}

/** First sheet, or the sheet named `gremia`; Excel row numbers are the line numbers. */
export async function readXlsxTable(path: string, preferredSheet: string): Promise<Table> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  const sheet =
    workbook.worksheets.find((s) => s.name.trim().toLowerCase() === preferredSheet) ??
    workbook.worksheets[0];
  const records: { line: number; fields: string[] }[] = [];
  if (sheet) {
    const width = sheet.columnCount;
    let expected = 1;
    sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      for (; expected < rowNumber; expected += 1) records.push({ line: expected, fields: [] });
      expected = rowNumber + 1;
      const fields: string[] = [];
      for (let c = 1; c <= width; c += 1) fields.push(cellText(row.getCell(c).value));
      records.push({ line: rowNumber, fields });
    });
  }
  const table = tableFromRecords(records, 'xlsx');
  // Spreadsheet rows are as wide as the widest column; empty trailing header cells are noise.
  return table;
}
