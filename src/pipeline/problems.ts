// Collects validation errors and notices with file, line and column, and the per-file import
// report that accounts for every row read (used or skipped, and why).

export const MAX_ERRORS_PER_FILE = 50;

export interface Location {
  file: string;
  line?: number;
  /** a named column of a table ("kolom 'vrouwen'") */
  column?: string;
  /** a character position in the line (XML files are often one long line) */
  char?: number;
}

export interface FileReport {
  bestand: string;
  soort: string;
  codering?: string;
  rijen_gelezen: number;
  rijen_gebruikt: number;
  rijen_overgeslagen: Record<string, number>;
  meldingen: string[];
}

export function formatLocation(loc: Location): string {
  let text = loc.file;
  if (loc.line !== undefined) text += `:${loc.line}`;
  if (loc.line !== undefined && loc.char !== undefined) text += `:${loc.char}`;
  if (loc.column !== undefined) text += ` kolom '${loc.column}'`;
  return text;
}

export class Problems {
  readonly errors: string[] = [];
  private readonly perFile = new Map<string, number>();
  private readonly reports = new Map<string, FileReport>();

  error(loc: Location, message: string): void {
    const count = (this.perFile.get(loc.file) ?? 0) + 1;
    this.perFile.set(loc.file, count);
    if (count <= MAX_ERRORS_PER_FILE) this.errors.push(`${formatLocation(loc)}: ${message}`);
  }

  /** True once a file has reached the error cap; readers may stop validating it. */
  full(file: string): boolean {
    return (this.perFile.get(file) ?? 0) >= MAX_ERRORS_PER_FILE;
  }

  errorCount(file?: string): number {
    if (file === undefined) return [...this.perFile.values()].reduce((a, b) => a + b, 0);
    return this.perFile.get(file) ?? 0;
  }

  report(file: string, soort: string): FileReport {
    let r = this.reports.get(file);
    if (!r) {
      r = {
        bestand: file,
        soort,
        rijen_gelezen: 0,
        rijen_gebruikt: 0,
        rijen_overgeslagen: {},
        meldingen: [],
      };
      this.reports.set(file, r);
    }
    return r;
  }

  notice(loc: Location, message: string): void {
    const r = this.report(loc.file, 'bestand');
    if (r.meldingen.length < 200) r.meldingen.push(`${formatLocation(loc)}: ${message}`);
  }

  skip(file: string, reason: string, count = 1): void {
    const r = this.report(file, 'bestand');
    r.rijen_overgeslagen[reason] = (r.rijen_overgeslagen[reason] ?? 0) + count;
  }

  allReports(): FileReport[] {
    return [...this.reports.values()].sort((a, b) => a.bestand.localeCompare(b.bestand));
  }

  /** The error list for the console, with a line per file whose errors went past the cap. */
  summary(): string {
    const lines = [...this.errors];
    for (const [file, count] of this.perFile) {
      if (count > MAX_ERRORS_PER_FILE) {
        lines.push(`${file}: nog ${count - MAX_ERRORS_PER_FILE} fouten niet getoond`);
      }
    }
    return lines.join('\n');
  }
}

export class DataError extends Error {
  constructor(readonly problems: Problems) {
    super(problems.summary());
    this.name = 'DataError';
  }
}
