// Incremental RFC 4180 CSV reader that remembers on which physical line each record starts, so
// that every validation error can name its line even when fields contain newlines.

export interface CsvRecord {
  /** 1-based physical line on which the record starts (the header is line 1). */
  line: number;
  fields: string[];
}

export type Delimiter = ',' | ';' | '\t';

/** Picks the delimiter that occurs most often outside quotes in the first line. */
export function sniffDelimiter(text: string): Delimiter {
  const counts: Record<Delimiter, number> = { ',': 0, ';': 0, '\t': 0 };
  let inQuotes = false;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i];
    if (ch === '"') inQuotes = !inQuotes;
    else if (!inQuotes && (ch === '\n' || ch === '\r')) break;
    else if (!inQuotes && (ch === ',' || ch === ';' || ch === '\t')) counts[ch] += 1;
  }
  if (counts[';'] > counts[','] && counts[';'] >= counts['\t']) return ';';
  if (counts['\t'] > counts[','] && counts['\t'] > counts[';']) return '\t';
  return ',';
}

export class CsvParser {
  /**
   * Line of a quote that the file never closes, or null. The parser ends the field at the end of
   * the file, so a reader must treat this as an error: the rest of the file went into one field.
   */
  unclosedQuoteLine: number | null = null;
  private quoteOpenedLine = 1;
  private field = '';
  private fields: string[] = [];
  private inQuotes = false;
  private fieldWasQuoted = false;
  private pendingQuote = false;
  private lastWasCr = false;
  private quotedCr = false;
  private line = 1;
  private recordLine = 1;
  private recordHasContent = false;

  constructor(
    private readonly delimiter: Delimiter,
    private readonly onRecord: (record: CsvRecord) => void,
  ) {}

  push(chunk: string): void {
    const d = this.delimiter;
    for (const ch of chunk) {
      if (this.lastWasCr) {
        this.lastWasCr = false;
        if (ch === '\n') continue;
      }
      if (this.inQuotes) {
        if (this.pendingQuote) {
          this.pendingQuote = false;
          if (ch === '"') {
            this.field += '"';
            continue;
          }
          this.inQuotes = false;
          // fall through: the character after a closing quote is handled below
        } else if (ch === '"') {
          this.pendingQuote = true;
          continue;
        } else {
          // CRLF inside a quoted field is one line break, even across chunks.
          if (ch === '\r' || (ch === '\n' && !this.quotedCr)) this.line += 1;
          this.quotedCr = ch === '\r';
          this.field += ch;
          continue;
        }
      }
      if (ch === d) {
        this.endField();
      } else if (ch === '\n' || ch === '\r') {
        this.endRecord();
        this.line += 1;
        this.recordLine = this.line;
        if (ch === '\r') this.lastWasCr = true;
      } else if (ch === '"' && this.field === '' && !this.fieldWasQuoted) {
        this.inQuotes = true;
        this.quoteOpenedLine = this.line;
        this.fieldWasQuoted = true;
        this.recordHasContent = true;
      } else {
        this.field += ch;
        this.recordHasContent = true;
      }
    }
  }

  end(): void {
    if (this.pendingQuote) {
      this.pendingQuote = false;
      this.inQuotes = false;
    }
    if (this.inQuotes) {
      this.unclosedQuoteLine = this.quoteOpenedLine;
      this.inQuotes = false;
    }
    if (this.recordHasContent || this.fields.length > 0 || this.field !== '') this.endRecord();
  }

  private endField(): void {
    // NFC: an id typed with a composed é and one with e + combining accent are one id.
    this.fields.push(this.field.normalize('NFC'));
    this.field = '';
    this.fieldWasQuoted = false;
    this.recordHasContent = true;
  }

  private endRecord(): void {
    this.fields.push(this.field.normalize('NFC'));
    const blank = !this.recordHasContent && this.fields.length === 1 && this.fields[0] === '';
    // A blank line comes back with no fields so that readers can count it.
    this.onRecord({ line: this.recordLine, fields: blank ? [] : this.fields });
    this.field = '';
    this.fields = [];
    this.fieldWasQuoted = false;
    this.recordHasContent = false;
  }
}

/** Parses a whole CSV text; blank lines come back as records with no fields. */
export function parseCsvDocument(
  text: string,
  delimiter: Delimiter = sniffDelimiter(text),
): { records: CsvRecord[]; unclosedQuoteLine: number | null } {
  const records: CsvRecord[] = [];
  const parser = new CsvParser(delimiter, (r) => records.push(r));
  parser.push(text);
  parser.end();
  return { records, unclosedQuoteLine: parser.unclosedQuoteLine };
}

/** The records of a whole CSV text (for files the project wrote itself). */
export function parseCsvText(
  text: string,
  delimiter: Delimiter = sniffDelimiter(text),
): CsvRecord[] {
  return parseCsvDocument(text, delimiter).records;
}
