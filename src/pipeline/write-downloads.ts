// Writes download tables as CSV, JSON and XLSX, then datapackage.json and SHA256SUMS (DATA.md §7).
import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { csvCell, typedCell } from '../domain/cells.ts';
import { DEMO_FIELD, type Row, type TableSpec } from '../domain/download-tables.ts';

export interface DownloadFile {
  /** Path relative to downloads/, with forward slashes. */
  path: string;
  table: string;
  format: 'csv' | 'json' | 'xlsx';
  rows: number;
  bytes: number;
  sha256: string;
}

export class DownloadWriter {
  readonly files: DownloadFile[] = [];

  constructor(
    private readonly root: string,
    private readonly demo: boolean,
  ) {}

  private fieldsOf(spec: TableSpec): TableSpec['fields'] {
    return this.demo ? [...spec.fields, DEMO_FIELD] : spec.fields;
  }

  private rowsOf(rows: readonly Row[]): Row[] {
    return this.demo ? rows.map((r) => ({ ...r, voorbeelddata: 'ja' })) : [...rows];
  }

  private async save(
    path: string,
    table: string,
    format: DownloadFile['format'],
    rows: number,
    content: string | Buffer,
  ): Promise<void> {
    const full = join(this.root, path);
    await mkdir(dirname(full), { recursive: true });
    await writeFile(full, content);
    const bytes = typeof content === 'string' ? Buffer.byteLength(content) : content.length;
    const sha256 = createHash('sha256').update(content).digest('hex');
    this.files.push({ path, table, format, rows, bytes, sha256 });
  }

  toCsv(spec: TableSpec, rows: readonly Row[]): string {
    const fields = this.fieldsOf(spec);
    const data = this.rowsOf(rows).map((r) => fields.map((f) => csvCell(r[f.name] ?? null, f)));
    return `${Papa.unparse({ fields: fields.map((f) => f.name), data }, { newline: '\n' })}\n`;
  }

  async writeCsv(path: string, spec: TableSpec, rows: readonly Row[]): Promise<void> {
    await this.save(`${path}.csv`, spec.name, 'csv', rows.length, this.toCsv(spec, rows));
  }

  async writeJson(path: string, spec: TableSpec, rows: readonly Row[]): Promise<void> {
    const fields = this.fieldsOf(spec);
    const data = this.rowsOf(rows).map((r) =>
      Object.fromEntries(fields.map((f) => [f.name, typedCell(r[f.name] ?? null, f)])),
    );
    await this.save(
      `${path}.json`,
      spec.name,
      'json',
      rows.length,
      `${JSON.stringify(data, null, 1)}\n`,
    );
  }

  /**
   * XLSX through exceljs's streaming writer: rows go to the file as they are added, so a table of
   * hundreds of thousands of rows does not sit in memory as cell objects.
   */
  async writeXlsx(path: string, spec: TableSpec, rows: readonly Row[]): Promise<void> {
    const fields = this.fieldsOf(spec);
    const full = join(this.root, `${path}.xlsx`);
    await mkdir(dirname(full), { recursive: true });
    const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
      filename: full,
      useStyles: true,
      useSharedStrings: false,
    });
    // Fixed dates keep the workbook's metadata the same between builds of the same data.
    workbook.created = new Date(0);
    workbook.modified = new Date(0);
    workbook.creator = 'genderdiversiteit-monitor';
    const sheet = workbook.addWorksheet(spec.name.slice(0, 31), {
      views: [{ state: 'frozen', ySplit: 1 }],
    });
    sheet.columns = fields.map((f) => ({
      key: f.name,
      width: Math.min(40, Math.max(10, f.name.length + 2)),
      ...(f.type === 'number' ? { style: { numFmt: '0.0000' } } : {}),
    }));
    const header = sheet.addRow(fields.map((f) => f.name));
    header.font = { bold: true };
    header.commit();
    for (const r of this.rowsOf(rows)) {
      sheet.addRow(fields.map((f) => typedCell(r[f.name] ?? null, f))).commit();
    }
    sheet.commit();
    await workbook.commit();
    const content = await readFile(full);
    this.files.push({
      path: `${path}.xlsx`,
      table: spec.name,
      format: 'xlsx',
      rows: rows.length,
      bytes: content.length,
      sha256: createHash('sha256').update(content).digest('hex'),
    });
  }

  async writeAllFormats(path: string, spec: TableSpec, rows: readonly Row[]): Promise<void> {
    await this.writeCsv(path, spec, rows);
    await this.writeJson(path, spec, rows);
    await this.writeXlsx(path, spec, rows);
  }

  async writeRaw(
    path: string,
    table: string,
    format: DownloadFile['format'],
    rows: number,
    content: string,
  ): Promise<void> {
    await this.save(path, table, format, rows, content);
  }

  /** Frictionless Data Package of the main tables, with schemas, sources and hashes. */
  async writeDataPackage(input: {
    specs: TableSpec[];
    title: string;
    licence: string;
    sources: { title: string; path?: string; url?: string }[];
    created: string;
  }): Promise<void> {
    const resources = this.files
      .filter((file) =>
        input.specs.some((s) => s.name === file.table && file.path.split('/').length === 1),
      )
      .map((file) => {
        const spec = input.specs.find((s) => s.name === file.table)!;
        return {
          name: `${spec.name}-${file.format}`,
          title: spec.title,
          description: spec.description,
          path: file.path,
          format: file.format,
          mediatype: {
            csv: 'text/csv',
            json: 'application/json',
            xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
          }[file.format],
          ...(file.format === 'xlsx' ? {} : { encoding: 'utf-8' }),
          bytes: file.bytes,
          hash: `sha256:${file.sha256}`,
          schema: {
            fields: this.fieldsOf(spec).map((f) => ({
              name: f.name,
              type: f.type,
              description: f.description,
            })),
          },
          ...(file.format === 'csv'
            ? { dialect: { delimiter: ',', header: true, lineTerminator: '\n' } }
            : {}),
        };
      });
    const pkg = {
      $schema: 'https://datapackage.org/profiles/2.0/datapackage.json',
      name: 'genderdiversiteit-top-publieke-sector',
      title: input.title,
      created: input.created,
      licenses: [{ name: input.licence }],
      sources: input.sources,
      ...(this.demo
        ? { description: 'VOORBEELDDATA: gegenereerde, fictieve cijfers, geen echte gegevens.' }
        : {}),
      resources,
    };
    const content = `${JSON.stringify(pkg, null, 2)}\n`;
    await mkdir(this.root, { recursive: true });
    await writeFile(join(this.root, 'datapackage.json'), content);
  }

  /** SHA256SUMS over every written file and datapackage.json, in `sha256sum -c` format. */
  async writeChecksums(): Promise<void> {
    const lines = this.files.map((f) => `${f.sha256}  ${f.path}`);
    const pkg = await readFile(join(this.root, 'datapackage.json'));
    lines.push(`${createHash('sha256').update(pkg).digest('hex')}  datapackage.json`);
    lines.sort((a, b) => a.slice(66).localeCompare(b.slice(66)));
    await writeFile(join(this.root, 'SHA256SUMS'), `${lines.join('\n')}\n`);
  }
}
