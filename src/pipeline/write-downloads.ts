// Writes download tables as CSV, JSON and XLSX, then datapackage.json and SHA256SUMS (DATA.md §7).
import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import Papa from 'papaparse';
import { csvCell, typedCell } from '../domain/cells.ts';
import {
  CSV_DIALECT,
  DEMO_FIELD,
  MEDIA_TYPES,
  type Row,
  type TableSpec,
} from '../domain/download-tables.ts';
import { isDemo, type Bronsoort } from '../domain/source-kinds.ts';

export interface DownloadFile {
  /** Path relative to downloads/, with forward slashes. */
  path: string;
  table: string;
  format: 'csv' | 'json' | 'xlsx';
  rows: number;
  bytes: number;
  sha256: string;
  /** kind of every row in the file; null for files about the build or with several real kinds */
  bronsoort: Bronsoort | null;
}

/** A fixed time for every entry: the same table gives the same bytes in every build. */
const ZIP_DATE = new Date(Date.UTC(1980, 0, 1));

/**
 * Rewrites a zip (XLSX) with its entries in name order and one fixed date: exceljs stamps each
 * entry with the time of writing, which would change the checksum of an unchanged table and
 * make an archived edition impossible to compare with a new build.
 */
export async function normaliseZip(bytes: Buffer): Promise<Buffer> {
  const source = await JSZip.loadAsync(bytes);
  const target = new JSZip();
  const names = Object.keys(source.files)
    .filter((n) => !source.files[n]!.dir)
    .sort((a, b) =>
      a === '[Content_Types].xml' ? -1 : b === '[Content_Types].xml' ? 1 : a < b ? -1 : 1,
    );
  for (const name of names)
    target.file(name, await source.files[name]!.async('nodebuffer'), {
      date: ZIP_DATE,
      createFolders: false,
    });
  return target.generateAsync({
    type: 'nodebuffer',
    compression: 'DEFLATE',
    compressionOptions: { level: 6 },
    platform: 'UNIX',
  });
}

/**
 * Demo files carry a column voorbeelddata = ja on every row, so that no fictional figure can be
 * taken for a real one once the file is on someone's disk.
 */
function fieldsOf(spec: TableSpec, kind: Bronsoort | null): TableSpec['fields'] {
  return isDemo(kind) ? [...spec.fields, DEMO_FIELD] : spec.fields;
}

function rowsOf(rows: readonly Row[], kind: Bronsoort | null): Row[] {
  return isDemo(kind) ? rows.map((r) => ({ ...r, voorbeelddata: 'ja' })) : [...rows];
}

/**
 * A table as JSON with one row per line: as compact as JSON gets (a third smaller than indented
 * for the 12 MB quick-scan table) and still readable and diffable line by line.
 */
export function jsonRows(rows: readonly object[]): string {
  return rows.length === 0 ? '[]\n' : `[\n${rows.map((r) => JSON.stringify(r)).join(',\n')}\n]\n`;
}

/** Files written at once: the content is in memory already, the disk is the slow part. */
const WRITES_IN_FLIGHT = 32;

export class DownloadWriter {
  readonly files: DownloadFile[] = [];
  private readonly writing = new Set<Promise<void>>();
  private readonly folders = new Map<string, Promise<unknown>>();
  private failure: Error | null = null;

  constructor(private readonly root: string) {}

  /** Each folder is made once, however many files go into it. */
  private folder(full: string): Promise<unknown> {
    const dir = dirname(full);
    let made = this.folders.get(dir);
    if (!made) {
      made = mkdir(dir, { recursive: true });
      this.folders.set(dir, made);
    }
    return made;
  }

  /**
   * Records the file and starts writing it without waiting: about 10,000 small files written one
   * after the other kept the pipeline idle for a quarter of its time. flush() waits for them all.
   */
  private async save(
    path: string,
    table: string,
    format: DownloadFile['format'],
    rows: number,
    content: string | Buffer,
    bronsoort: Bronsoort | null,
  ): Promise<void> {
    if (this.failure !== null) throw this.failure;
    const full = join(this.root, path);
    const bytes = typeof content === 'string' ? Buffer.byteLength(content) : content.length;
    const sha256 = createHash('sha256').update(content).digest('hex');
    this.files.push({ path, table, format, rows, bytes, sha256, bronsoort });
    const write: Promise<void> = this.folder(full)
      .then(() => writeFile(full, content))
      .catch((error: unknown) => {
        this.failure ??= error instanceof Error ? error : new Error(String(error));
      })
      .finally(() => this.writing.delete(write));
    this.writing.add(write);
    if (this.writing.size >= WRITES_IN_FLIGHT) await Promise.race(this.writing);
  }

  /** Waits until every file is on disk; the first failed write is thrown here. */
  async flush(): Promise<void> {
    await Promise.all(this.writing);
    if (this.failure !== null) throw this.failure;
  }

  toCsv(spec: TableSpec, rows: readonly Row[], kind: Bronsoort | null): string {
    const fields = fieldsOf(spec, kind);
    const data = rowsOf(rows, kind).map((r) => fields.map((f) => csvCell(r[f.name] ?? null, f)));
    return `${Papa.unparse({ fields: fields.map((f) => f.name), data }, { newline: '\n' })}\n`;
  }

  async writeCsv(
    path: string,
    spec: TableSpec,
    rows: readonly Row[],
    kind: Bronsoort | null,
  ): Promise<void> {
    await this.save(
      `${path}.csv`,
      spec.name,
      'csv',
      rows.length,
      this.toCsv(spec, rows, kind),
      kind,
    );
  }

  async writeJson(
    path: string,
    spec: TableSpec,
    rows: readonly Row[],
    kind: Bronsoort | null,
  ): Promise<void> {
    const fields = fieldsOf(spec, kind);
    const data = rowsOf(rows, kind).map((r) =>
      Object.fromEntries(fields.map((f) => [f.name, typedCell(r[f.name] ?? null, f)])),
    );
    await this.save(`${path}.json`, spec.name, 'json', rows.length, jsonRows(data), kind);
  }

  /**
   * XLSX through exceljs's streaming writer: rows go to the file as they are added, so a table of
   * hundreds of thousands of rows does not sit in memory as cell objects.
   */
  async writeXlsx(
    path: string,
    spec: TableSpec,
    rows: readonly Row[],
    kind: Bronsoort | null,
  ): Promise<void> {
    const fields = fieldsOf(spec, kind);
    const full = join(this.root, `${path}.xlsx`);
    await this.folder(full);
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
    for (const r of rowsOf(rows, kind)) {
      sheet.addRow(fields.map((f) => typedCell(r[f.name] ?? null, f))).commit();
    }
    sheet.commit();
    await workbook.commit();
    const content = await normaliseZip(await readFile(full));
    await writeFile(full, content);
    this.files.push({
      path: `${path}.xlsx`,
      table: spec.name,
      format: 'xlsx',
      rows: rows.length,
      bytes: content.length,
      sha256: createHash('sha256').update(content).digest('hex'),
      bronsoort: kind,
    });
  }

  async writeAllFormats(
    path: string,
    spec: TableSpec,
    rows: readonly Row[],
    kind: Bronsoort | null,
  ): Promise<void> {
    await this.writeCsv(path, spec, rows, kind);
    await this.writeJson(path, spec, rows, kind);
    await this.writeXlsx(path, spec, rows, kind);
  }

  async writeRaw(
    path: string,
    table: string,
    format: DownloadFile['format'],
    rows: number,
    content: string,
  ): Promise<void> {
    await this.save(path, table, format, rows, content, null);
  }

  /** Frictionless Data Package of the main tables, with schemas, sources and hashes. */
  async writeDataPackage(input: DataPackageInput): Promise<void> {
    await mkdir(this.root, { recursive: true });
    await writeFile(join(this.root, 'datapackage.json'), dataPackageJson(this.files, input));
  }

  /** SHA256SUMS over every written file and datapackage.json, in `sha256sum -c` format. */
  async writeChecksums(): Promise<void> {
    const pkg = await readFile(join(this.root, 'datapackage.json'));
    await writeFile(join(this.root, 'SHA256SUMS'), checksumsText(this.files, pkg));
  }
}

export interface DataPackageInput {
  specs: TableSpec[];
  title: string;
  licence: string;
  sources: { title: string; path?: string; url?: string }[];
  created: string;
}

/** A main table: at the top of downloads/, or under voorbeelddata/ when real figures lead. */
function isMainTable(path: string): boolean {
  const parts = path.split('/');
  return parts.length === 1 || (parts.length === 2 && parts[0] === 'voorbeelddata');
}

/** datapackage.json for a set of files (the build's, or an edition's archived subset). */
export function dataPackageJson(files: readonly DownloadFile[], input: DataPackageInput): string {
  const resources = files
    .filter((file) => isMainTable(file.path) && input.specs.some((s) => s.name === file.table))
    .map((file) => {
      const spec = input.specs.find((s) => s.name === file.table)!;
      const demo = isDemo(file.bronsoort);
      return {
        name: file.path.replace(/[/.]/g, '-').toLowerCase(),
        title: `${spec.title}${demo ? ' (voorbeelddata)' : ''}`,
        description: spec.description,
        path: file.path,
        format: file.format,
        mediatype: MEDIA_TYPES[file.format],
        ...(file.format === 'xlsx' ? {} : { encoding: 'utf-8' }),
        bytes: file.bytes,
        hash: `sha256:${file.sha256}`,
        ...(file.bronsoort ? { bronsoort: file.bronsoort } : {}),
        schema: {
          fields: fieldsOf(spec, file.bronsoort).map((f) => ({
            name: f.name,
            type: f.type,
            description: f.description,
          })),
        },
        ...(file.format === 'csv' ? { dialect: CSV_DIALECT } : {}),
      };
    });
  const kinds = new Set(files.map((f) => f.bronsoort).filter((k) => k !== null));
  const allDemo = kinds.size > 0 && [...kinds].every((k) => isDemo(k));
  const someDemo = [...kinds].some((k) => isDemo(k));
  const pkg = {
    $schema: 'https://datapackage.org/profiles/2.0/datapackage.json',
    name: 'genderdiversiteit-top-publieke-sector',
    title: input.title,
    created: input.created,
    licenses: [{ name: input.licence }],
    sources: input.sources,
    ...(allDemo
      ? { description: 'VOORBEELDDATA: gegenereerde, fictieve cijfers, geen echte gegevens.' }
      : someDemo
        ? {
            description:
              'Echte cijfers en, gescheiden daarvan, voorbeelddata: bestanden onder voorbeelddata/ en bestanden met bronsoort voorbeelddata zijn gegenereerd en fictief.',
          }
        : {}),
    resources,
  };
  return `${JSON.stringify(pkg, null, 2)}\n`;
}

/** `sha256sum -c` lines for the files plus datapackage.json, sorted by path. */
export function checksumsText(
  files: readonly DownloadFile[],
  dataPackage: Buffer | string,
): string {
  const lines = files.map((f) => `${f.sha256}  ${f.path}`);
  lines.push(`${createHash('sha256').update(dataPackage).digest('hex')}  datapackage.json`);
  lines.sort((a, b) => a.slice(66).localeCompare(b.slice(66)));
  return `${lines.join('\n')}\n`;
}
