// Categories that partition a whole must add up to it (DATA.md §7): checked on every golden
// provincies.csv, which the golden test keeps equal to what the pipeline writes.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';

const roots = ['tests/fixtures/gremia', 'tests/fixtures/mandaten', 'tests/fixtures/roo'];
const files = roots
  .flatMap((root) =>
    readdirSync(root).map((name) => join(root, name, 'expected', 'provincies.csv')),
  )
  .filter((path) => existsSync(path));

describe('Gelijke Kansen status counts partition the municipalities', () => {
  it('has golden provincies.csv files with rows to check', () => {
    const rows = files.flatMap(
      (f) => Papa.parse<Record<string, string>>(readFileSync(f, 'utf8'), { header: true }).data,
    );
    expect(rows.filter((r) => Number(r.n_gemeenten) > 0).length).toBeGreaterThan(5);
  });
  for (const file of files) {
    it(file, () => {
      const rows = Papa.parse<Record<string, string>>(readFileSync(file, 'utf8'), {
        header: true,
        skipEmptyLines: true,
      }).data;
      for (const r of rows) {
        const parts = [
          'n_gk_schepen_gemeenten',
          'n_gk_alleen_burgemeester',
          'n_gk_geen',
          'n_gk_onbekend',
        ].map((k) => Number(r[k]));
        expect(parts.every(Number.isInteger)).toBe(true);
        expect(parts.reduce((a, b) => a + b, 0)).toBe(Number(r.n_gemeenten));
        // The overlapping count can never be below the exclusive one.
        expect(Number(r.n_gk_burgemeester)).toBeGreaterThanOrEqual(
          Number(r.n_gk_alleen_burgemeester),
        );
      }
    });
  }
});
