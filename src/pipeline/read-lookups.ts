// Loads the lookup tables: the project's own, extended (and overridden per label) by the
// DATA_DIR's, each row validated against its schema.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'zod';
import {
  BeleidsdomeinRowSchema,
  GremiumTypeRowSchema,
  RolRowSchema,
  VerkiezingsdatumRowSchema,
  type ElectionDay,
  RooFunctieRowSchema,
  SectorRowSchema,
  lookupKey,
  rooFunctionKey,
  type GremiumType,
  type Lookups,
  type Sector,
} from '../domain/lookups.ts';
import { readCsvTable, reportTableIssues } from './read-table.ts';
import type { Problems } from './problems.ts';
import { relativeName } from './paths.ts';

async function readLookupRows<S extends z.ZodType>(
  dirs: string[],
  file: string,
  schema: S,
  problems: Problems,
): Promise<z.infer<S>[]> {
  const rows: z.infer<S>[] = [];
  for (const dir of dirs) {
    const path = join(dir, file);
    if (!existsSync(path)) continue;
    const name = relativeName(path);
    const table = await readCsvTable(path);
    const report = problems.report(name, 'lookup');
    report.rijen_gelezen += table.rows.length + table.raggedLines.length;
    if (reportTableIssues(table, name, problems)) continue;
    for (const ragged of table.raggedLines) {
      problems.error(
        { file: name, line: ragged.line },
        `${ragged.fields} velden, verwacht ${table.header.length}`,
      );
    }
    for (const row of table.rows) {
      const trimmed = Object.fromEntries(Object.entries(row.values).map(([k, v]) => [k, v.trim()]));
      const parsed = schema.safeParse(trimmed);
      if (!parsed.success) {
        for (const issue of parsed.error.issues) {
          const column = String(issue.path[0] ?? '');
          problems.error(
            { file: name, line: row.line, column },
            `${JSON.stringify(trimmed[column] ?? '')}: ${issue.message}`,
          );
        }
        continue;
      }
      report.rijen_gebruikt += 1;
      rows.push(parsed.data);
    }
  }
  return rows;
}

/** Lookup directories in precedence order: project first, DATA_DIR rows added (and override). */
export async function readLookups(dirs: string[], problems: Problems): Promise<Lookups> {
  const sectors = new Map<string, Sector>();
  for (const row of await readLookupRows(dirs, 'sectoren.csv', SectorRowSchema, problems)) {
    const { label, ...sector } = row;
    sectors.set(lookupKey(label), sector);
  }
  // The canonical slug and label always map to themselves.
  for (const sector of [...sectors.values()]) {
    for (const alias of [sector.sector, sector.sector_label]) {
      if (!sectors.has(lookupKey(alias))) sectors.set(lookupKey(alias), sector);
    }
  }
  const gremiumTypes = new Map<string, GremiumType>();
  for (const row of await readLookupRows(
    dirs,
    'gremiumtypes.csv',
    GremiumTypeRowSchema,
    problems,
  )) {
    const { label, ...type } = row;
    gremiumTypes.set(lookupKey(label), type);
  }
  for (const type of [...gremiumTypes.values()]) {
    for (const alias of [type.code, type.code_label]) {
      if (!gremiumTypes.has(lookupKey(alias))) gremiumTypes.set(lookupKey(alias), type);
    }
  }
  const beleidsdomeinen = new Map<string, string>();
  for (const row of await readLookupRows(
    dirs,
    'beleidsdomeinen.csv',
    BeleidsdomeinRowSchema,
    problems,
  )) {
    beleidsdomeinen.set(lookupKey(row.label), row.thema);
  }
  const rooFuncties: Lookups['rooFuncties'] = new Map();
  const rooGremia: Lookups['rooGremia'] = new Map();
  for (const row of await readLookupRows(dirs, 'roo-functies.csv', RooFunctieRowSchema, problems)) {
    const gremium = row.gremium.replace(/\s+/g, ' ').trim();
    rooFuncties.set(
      rooFunctionKey(row.type, row.functie),
      row.gremium_type === '-'
        ? { seat: false, rol: row.rol }
        : {
            seat: true,
            gremium_type: row.gremium_type,
            gremium,
            voorzitter: row.voorzitter,
            rol: row.rol,
          },
    );
  }
  const rollen: Lookups['rollen'] = new Map();
  for (const row of await readLookupRows(dirs, 'rollen.csv', RolRowSchema, problems))
    rollen.set(row.rol, row);
  const rooRollen: Lookups['rooRollen'] = new Map();
  for (const [key, rule] of rooFuncties) {
    if (rule.rol === null) continue;
    const type = key.split('|')[0]!;
    const list = rooRollen.get(type) ?? [];
    if (!list.includes(rule.rol)) list.push(rule.rol);
    rooRollen.set(type, list);
    if (!rollen.has(rule.rol))
      problems.error(
        { file: 'lookups/rollen.csv' },
        `de rol ${JSON.stringify(rule.rol)} uit roo-functies.csv heeft geen regel (rol, label, groep)`,
      );
  }
  // A type's boards: every board some function of that type sits on (after overrides).
  for (const [key, rule] of rooFuncties) {
    if (!rule.seat) continue;
    const type = key.split('|')[0]!;
    const list = rooGremia.get(type) ?? [];
    if (!list.some((b) => b.gremium_type === rule.gremium_type && b.gremium === rule.gremium))
      list.push({ gremium_type: rule.gremium_type, gremium: rule.gremium });
    rooGremia.set(type, list);
  }
  const days = new Map<string, ElectionDay>();
  for (const row of await readLookupRows(
    dirs,
    'verkiezingsdata.csv',
    VerkiezingsdatumRowSchema,
    problems,
  ))
    days.set(row.verkiezing, row);
  const verkiezingsdata = [...days.values()].sort((a, b) => a.datum.localeCompare(b.datum));
  return {
    sectors,
    gremiumTypes,
    beleidsdomeinen,
    rooFuncties,
    rooGremia,
    rooRollen,
    rollen,
    verkiezingsdata,
  };
}
