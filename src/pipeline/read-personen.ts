// Reads personen/*.csv (persoon, geslacht): gender by persoon URI for exports without it.
import type { Problems } from './problems.ts';
import { relativeName } from './paths.ts';
import { readCsvTable, reportTableIssues } from './read-table.ts';

export async function readPersonen(
  paths: string[],
  problems: Problems,
): Promise<Map<string, string>> {
  const result = new Map<string, string>();
  for (const path of paths) {
    const file = relativeName(path);
    const table = await readCsvTable(path);
    const report = problems.report(file, 'personen');
    report.codering = table.encoding;
    report.rijen_gelezen = table.rows.length + table.raggedLines.length;
    if (reportTableIssues(table, file, problems)) continue;
    for (const column of ['persoon', 'geslacht']) {
      if (!table.header.includes(column))
        problems.error({ file, line: 1 }, `kolom '${column}' ontbreekt`);
    }
    for (const ragged of table.raggedLines) {
      problems.error(
        { file, line: ragged.line },
        `${ragged.fields} velden, verwacht ${table.header.length}`,
      );
      problems.skip(file, 'fout in regel');
    }
    for (const { line, values } of table.rows) {
      const persoon = (values.persoon ?? '').trim();
      const geslacht = (values.geslacht ?? '').trim();
      if (persoon === '') {
        problems.error({ file, line, column: 'persoon' }, 'leeg');
        problems.skip(file, 'fout in regel');
        continue;
      }
      const earlier = result.get(persoon);
      if (earlier !== undefined && earlier !== geslacht) {
        problems.notice(
          { file, line, column: 'geslacht' },
          `${persoon} had al geslacht ${JSON.stringify(earlier)}; eerste waarde blijft`,
        );
        problems.skip(file, 'dubbele persoon');
        continue;
      }
      result.set(persoon, geslacht);
      report.rijen_gebruikt += 1;
    }
  }
  return result;
}
