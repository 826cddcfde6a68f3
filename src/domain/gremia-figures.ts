// Every aggregate of the gremia (DATA.md §2.1) the site publishes, computed once: per sector,
// per kind of source for the totals, per gremium type, and the breakdown of a sector by
// subsector and gremium type. A total never spans two kinds of source (DATA.md §6).
import { aggregateGremia, groupBy, type GremiaAggregate } from './aggregates.ts';
import type { GremiumRecord } from './records.ts';
import type { Bronsoort } from './source-kinds.ts';

export interface AggregateRow extends GremiaAggregate {
  jaar: number;
  key: string;
  label: string;
  bronsoort: Bronsoort;
}

/** One row of a sector's breakdown: subsector and/or gremium type ('' = all of them). */
export interface BreakdownRow extends GremiaAggregate {
  jaar: number;
  sector: string;
  subsector: string;
  gremium_type: string;
  gremium_type_label: string;
  bronsoort: Bronsoort;
}

export interface GremiaFigures {
  sectorCijfers: AggregateRow[];
  /** all sectors of one kind of source, per year */
  totaalCijfers: AggregateRow[];
  groepCijfers: AggregateRow[];
  gremiumtypeCijfers: AggregateRow[];
  uitsplitsing: BreakdownRow[];
}

const SEP = '\u0000';

function aggregateRows(
  records: readonly GremiumRecord[],
  keyOf: (r: GremiumRecord) => string,
  labelOf: (r: GremiumRecord) => string,
): AggregateRow[] {
  const rows: AggregateRow[] = [];
  for (const group of groupBy(records, (r) => [r.jaar, r.bronsoort, keyOf(r)].join(SEP)).values()) {
    const first = group[0]!;
    rows.push({
      jaar: first.jaar,
      key: keyOf(first),
      label: labelOf(first),
      bronsoort: first.bronsoort,
      ...aggregateGremia(group),
    });
  }
  return rows.sort(
    (a, b) =>
      a.jaar - b.jaar || a.bronsoort.localeCompare(b.bronsoort) || a.key.localeCompare(b.key),
  );
}

function breakdownRows(records: readonly GremiumRecord[]): BreakdownRow[] {
  const rows: BreakdownRow[] = [];
  const add = (group: GremiumRecord[], subsector: string, type: GremiumRecord | null) => {
    const first = group[0]!;
    rows.push({
      jaar: first.jaar,
      sector: first.sector,
      subsector,
      gremium_type: type?.gremium_type ?? '',
      gremium_type_label: type?.gremium_type_label ?? '',
      bronsoort: first.bronsoort,
      ...aggregateGremia(group),
    });
  };
  for (const group of groupBy(records, (r) => `${r.jaar}${SEP}${r.sector}`).values()) {
    for (const byType of groupBy(group, (r) => r.gremium_type).values())
      add(byType, '', byType[0]!);
    const withSub = group.filter((r) => r.subsector !== '');
    for (const bySub of groupBy(withSub, (r) => r.subsector).values()) {
      add(bySub, bySub[0]!.subsector, null);
      for (const both of groupBy(bySub, (r) => r.gremium_type).values())
        add(both, both[0]!.subsector, both[0]!);
    }
  }
  return rows.sort(
    (a, b) =>
      a.jaar - b.jaar ||
      a.sector.localeCompare(b.sector) ||
      a.subsector.localeCompare(b.subsector, 'nl') ||
      a.gremium_type.localeCompare(b.gremium_type),
  );
}

export function computeGremiaFigures(gremia: readonly GremiumRecord[]): GremiaFigures {
  return {
    sectorCijfers: aggregateRows(
      gremia,
      (g) => g.sector,
      (g) => g.sector_label,
    ),
    totaalCijfers: aggregateRows(
      gremia,
      () => 'totaal',
      () => 'Totaal',
    ),
    groepCijfers: aggregateRows(
      gremia,
      (g) => g.groep,
      (g) => (g.groep === 'publiek' ? 'Publieke sector' : 'Semipublieke sector'),
    ),
    gremiumtypeCijfers: aggregateRows(
      gremia,
      (g) => g.gremium_type,
      (g) => g.gremium_type_label,
    ),
    uitsplitsing: breakdownRows(gremia),
  };
}
