// Reads the published headline figures (real facts with their sources) shipped in data/gepubliceerd.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { PublishedFigure } from '../domain/site-data.ts';
import type { Problems } from './problems.ts';
import { lookupKey, type Lookups } from '../domain/lookups.ts';
import { relativeName } from './paths.ts';
import { readCsvTable, reportTableIssues } from './read-table.ts';

async function readFigures(
  path: string,
  problems: Problems,
  sectorOf: (scope: string) => string,
): Promise<PublishedFigure[]> {
  if (!existsSync(path)) return [];
  const file = relativeName(path);
  const table = await readCsvTable(path);
  const report = problems.report(file, 'gepubliceerde cijfers');
  report.rijen_gelezen = table.rows.length;
  if (reportTableIssues(table, file, problems)) return [];
  const result: PublishedFigure[] = [];
  for (const { line, values } of table.rows) {
    const waarde = Number((values.waarde ?? '').trim());
    if (!Number.isFinite(waarde) || (values.waarde ?? '').trim() === '') {
      problems.error(
        { file, line, column: 'waarde' },
        `${JSON.stringify(values.waarde)} is geen getal`,
      );
      continue;
    }
    result.push({
      scope: values.scope ?? '',
      periode: values.periode ?? '',
      maat: values.maat ?? '',
      waarde,
      eenheid: values.eenheid ?? '',
      bron: values.bron ?? '',
      bron_url: values.bron_url ?? '',
      toelichting: values.toelichting ?? '',
      vergelijk: (values.vergelijk ?? '').trim(),
      sector: sectorOf(values.scope ?? ''),
    });
    report.rijen_gebruikt += 1;
  }
  return result;
}

/**
 * The published figures of the Netherlands and Flanders. A Dutch figure whose scope is a sector
 * label of lookups/sectoren.csv ("Onderwijs", "Rijk+") belongs to that sector's page.
 */
export async function readPublishedFigures(
  dir: string,
  problems: Problems,
  lookups: Lookups,
): Promise<{ nl: PublishedFigure[]; vl: PublishedFigure[] }> {
  return {
    nl: await readFigures(
      join(dir, 'cijfers-nl.csv'),
      problems,
      (scope) => lookups.sectors.get(lookupKey(scope))?.sector ?? '',
    ),
    vl: await readFigures(join(dir, 'cijfers-vl.csv'), problems, () => ''),
  };
}
