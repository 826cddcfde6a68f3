// How values are written into downloads: shares with 4 decimals, empty for unknown, and text that
// a spreadsheet would run as a formula defused with a leading apostrophe.
import type { Cell, FieldSpec } from './download-tables.ts';

const FORMULA_START = /^[=+\-@\t\r]/;
const NUMERIC = /^[+-]?(\d+([.,]\d*)?|[.,]\d+)([eE][+-]?\d+)?$/;

/** Prefixes ' to text that starts like a formula and is not a number. */
export function neutraliseFormula(text: string): string {
  if (FORMULA_START.test(text) && !NUMERIC.test(text.trim())) return `'${text}`;
  return text;
}

export function roundShare(value: number): number {
  return Math.round(value * 10_000) / 10_000;
}

/** A cell as machine-readable text for CSV. */
export function csvCell(value: Cell, field: FieldSpec): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return '';
    return field.type === 'number' ? roundShare(value).toFixed(4) : String(value);
  }
  return neutraliseFormula(value);
}

/** A cell for JSON and XLSX: numbers stay numbers (shares rounded), text is neutralised. */
export function typedCell(value: Cell, field: FieldSpec): string | number | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return null;
    return field.type === 'number' ? roundShare(value) : value;
  }
  return neutraliseFormula(value);
}
