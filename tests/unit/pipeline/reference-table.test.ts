// The project's own municipality table agrees with the third-party reference in ../shared
// (read at test time, never copied): 300 municipalities until 2024, 285 from 2025, 13 mergers.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { existsOn, MunicipalityMatcher, assignSlugs } from '../../../src/domain/municipalities.ts';
import { Problems } from '../../../src/pipeline/problems.ts';
import { readMunicipalities } from '../../../src/pipeline/read-reference.ts';

const projectDir = resolve(import.meta.dirname, '..', '..', '..');
const shared = resolve(projectDir, '..', 'shared', 'reference');

function readShared(name: string): Record<string, string>[] {
  return Papa.parse<Record<string, string>>(readFileSync(join(shared, name), 'utf8'), {
    header: true,
    skipEmptyLines: true,
  }).data;
}

describe('reference municipalities', async () => {
  const problems = new Problems();
  const own = await readMunicipalities(
    join(projectDir, 'data', 'referentie', 'gemeenten.csv'),
    problems,
  );

  it('reads without errors', () => {
    expect(problems.errors).toEqual([]);
  });

  it('has 300 municipalities on 2024-12-31 and 285 on 2025-01-01', () => {
    expect(own.filter((m) => existsOn(m, '2024-12-31'))).toHaveLength(300);
    expect(own.filter((m) => existsOn(m, '2025-01-01'))).toHaveLength(285);
  });

  it.runIf(existsSync(shared))('matches ../shared/reference in NIS, name and province', () => {
    const before = readShared('flemish_municipalities_2019-2024.csv');
    const after = readShared('flemish_municipalities_2025.csv');
    const byNis = (date: string) =>
      new Map(own.filter((m) => existsOn(m, date)).map((m) => [m.nis, m]));
    for (const [rows, date] of [
      [before, '2024-12-31'],
      [after, '2025-01-01'],
    ] as const) {
      const ours = byNis(date);
      expect(ours.size).toBe(rows.length);
      for (const r of rows) {
        const m = ours.get(r.nis!);
        expect(m, `${r.nis} ${r.name_nl}`).toBeDefined();
        expect(m!.naam).toBe(r.name_nl);
        expect(m!.provincie).toBe(r.prov_nl);
      }
    }
    for (const f of readShared('nis_fusions_2025_flanders.csv')) {
      if (f.old_nis === f.new_nis_2025) continue;
      expect(own.find((m) => m.nis === f.old_nis)?.opgegaan_in, f.old_name_nl).toBe(f.new_nis_2025);
    }
  });

  it('matches name variants and follows mergers to the successor', () => {
    const matcher = new MunicipalityMatcher(own);
    expect(matcher.match('SINT NIKLAAS', '2023-01-01')?.nis).toBe('46021');
    expect(matcher.match('Stad Gent', '2023-01-01')?.nis).toBe('44021');
    expect(matcher.match('Tielt', '2023-01-01')?.nis).toBe('37015');
    expect(matcher.match('Tielt', '2025-06-01')?.nis).toBe('37022');
    expect(matcher.match('Kruibeke', '2025-06-01')?.nis).toBe('46030');
    expect(matcher.match('Atlantis', '2025-06-01')).toBeNull();
  });

  it('gives unique slugs, the plain one to the municipality that still exists', () => {
    const slugs = assignSlugs(own);
    expect(new Set(slugs.values()).size).toBe(own.length);
    expect(slugs.get('37022')).toBe('tielt');
    expect(slugs.get('37015')).toBe('tielt-37015');
    expect(slugs.get('46030')).toBe('beveren-kruibeke-zwijndrecht');
  });
});
