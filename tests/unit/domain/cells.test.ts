// How a cell is written into a download: the same neutralising in CSV as in JSON and XLSX, for
// every character a spreadsheet takes as the start of a formula, tab and carriage return included.
import { describe, expect, it } from 'vitest';
import { csvCell, neutraliseFormula, typedCell } from '../../../src/domain/cells.ts';
import type { FieldSpec } from '../../../src/domain/download-tables.ts';

const text: FieldSpec = { name: 'instelling', type: 'string', description: 'naam' };
const share: FieldSpec = { name: 'aandeel_vrouwen', type: 'number', description: 'aandeel' };

describe('download cells', () => {
  it.each(['=1+1', '+31 20', '-2+3', '@SUM(A1)', '\tTAB', '\r=1'])(
    'defuses %j in CSV, JSON and XLSX alike',
    (value) => {
      expect(csvCell(value, text)).toBe(`'${value}`);
      expect(typedCell(value, text)).toBe(`'${value}`);
      expect(neutraliseFormula(value)).toBe(`'${value}`);
    },
  );

  it('leaves numbers written as text, and ordinary names, as they are', () => {
    for (const value of ['-3', '+4', '1.5', 'Gemeente Alfa', "'s-Hertogenbosch"])
      expect(typedCell(value, text)).toBe(value);
  });

  it('writes shares with four decimals in CSV and rounded numbers in JSON and XLSX', () => {
    expect(csvCell(0.42745, share)).toBe('0.4275');
    expect(typedCell(0.42745, share)).toBe(0.4275);
    expect(csvCell(null, share)).toBe('');
    expect(typedCell(Number.NaN, share)).toBeNull();
  });
});
