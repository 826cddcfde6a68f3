import { describe, expect, it } from 'vitest';
import {
  CsvParser,
  parseCsvText,
  sniffDelimiter,
  type CsvRecord,
} from '../../../src/pipeline/csv-records.ts';

describe('CSV reader', () => {
  it('keeps the starting line of records with embedded newlines (CRLF too)', () => {
    const records = parseCsvText('a,b\r\n"x\r\ny",1\r\n"z ""q""",2\r\n', ',');
    expect(records.map((r) => r.line)).toEqual([1, 2, 4]);
    expect(records[1]!.fields).toEqual(['x\r\ny', '1']);
    expect(records[2]!.fields).toEqual(['z "q"', '2']);
  });
  it('gives the same records when fed in arbitrary chunks', () => {
    const text = 'h1;h2\n"a;\n b";c\n\nd;"e"\r\nf;g';
    const whole = parseCsvText(text, ';');
    for (let size = 1; size < 7; size += 1) {
      const records: CsvRecord[] = [];
      const parser = new CsvParser(';', (r) => records.push(r));
      for (let i = 0; i < text.length; i += size) parser.push(text.slice(i, i + size));
      parser.end();
      expect(records).toEqual(whole);
    }
    expect(whole.map((r) => r.line)).toEqual([1, 2, 4, 5, 6]);
    expect(whole[2]!.fields).toEqual([]);
  });
  it('sniffs the delimiter from the header only', () => {
    expect(sniffDelimiter('a;b;c\n1,2')).toBe(';');
    expect(sniffDelimiter('a,b,"c;d"\n')).toBe(',');
    expect(sniffDelimiter('a\tb\tc')).toBe('\t');
  });
});
