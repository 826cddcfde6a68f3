// The institutions of a sector with their aggregate for one year, for the sector's tables.
import { aggregateGremia, type GremiaAggregate } from '../domain/aggregates.ts';
import type { InstitutionSummary } from '../domain/site-data.ts';
import type { Indexes } from './entities.ts';

export interface InstitutionRow {
  i: InstitutionSummary;
  /** null when the institution has no gremia in that year */
  agg: GremiaAggregate | null;
}

/** Alphabetical, as readers look for a name. */
export function institutionRows(ix: Indexes, sector: string, jaar: number): InstitutionRow[] {
  const latest = (ix.gremiaBySector.get(sector) ?? []).filter((g) => g.jaar === jaar);
  const byInstitution = new Map<string, typeof latest>();
  for (const g of latest)
    byInstitution.set(g.instelling_id, [...(byInstitution.get(g.instelling_id) ?? []), g]);
  return (ix.institutionsBySector.get(sector) ?? [])
    .map((i) => {
      const own = byInstitution.get(i.id);
      return { i, agg: own ? aggregateGremia(own) : null };
    })
    .sort((a, b) => a.i.naam.localeCompare(b.i.naam, 'nl'));
}

/** The institutions with the most seats that year (ties by name). */
export function largestInstitutions(rows: readonly InstitutionRow[], count: number) {
  const seats = (r: InstitutionRow) => (r.agg ? r.agg.vrouwen + r.agg.mannen + r.agg.x : -1);
  return [...rows]
    .sort((a, b) => seats(b) - seats(a) || a.i.naam.localeCompare(b.i.naam, 'nl'))
    .slice(0, count);
}

/** Rows per list page: small enough for a phone on a slow connection, large enough to browse. */
export const INSTITUTIONS_PER_PAGE = 250;
