// The institutions of a sector with their aggregate for one year, for the sector's tables.
import { aggregateGremia, type GremiaAggregate } from '../domain/aggregates.ts';
import type { InstitutionSummary } from '../domain/site-data.ts';
import type { GetStaticPathsOptions } from 'astro';
import { indexes, type Indexes } from './entities.ts';

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

/** The orders the full institution list is published in, each as its own set of pages. */
export const INSTITUTION_ORDERS = {
  naam: { path: '', label: 'alfabetisch' },
  'aandeel-laag': { path: 'op-aandeel-laag/', label: 'laagste aandeel vrouwen eerst' },
  'aandeel-hoog': { path: 'op-aandeel-hoog/', label: 'hoogste aandeel vrouwen eerst' },
} as const;
export type InstitutionOrder = keyof typeof INSTITUTION_ORDERS;

/**
 * The whole list in one order: by share of women (institutions without data that year last,
 * ties by name) or by name. Sorting the whole list, not a page, is what lets a reader find the
 * lowest share of a sector without scripts.
 */
export function orderInstitutions(
  rows: readonly InstitutionRow[],
  order: InstitutionOrder,
): InstitutionRow[] {
  if (order === 'naam') return [...rows];
  const sign = order === 'aandeel-laag' ? 1 : -1;
  const share = (r: InstitutionRow) => r.agg?.aandeel_vrouwen_totaal ?? null;
  return [...rows].sort((a, b) => {
    const [x, y] = [share(a), share(b)];
    if (x === null || y === null) return (x === null ? 1 : 0) - (y === null ? 1 : 0);
    return sign * (x - y) || a.i.naam.localeCompare(b.i.naam, 'nl');
  });
}

/** The static paths of a sector's institution list in one order (Astro's paginate). */
export function institutionListPaths(
  paginate: GetStaticPathsOptions['paginate'],
  order: InstitutionOrder,
) {
  const ix = indexes();
  return ix.site.sectoren
    .filter((s) => ix.sectorRows.has(s.sector))
    .flatMap((s) => {
      const jaar = ix.sectorRows.get(s.sector)!.at(-1)!.jaar;
      return paginate(orderInstitutions(institutionRows(ix, s.sector, jaar), order), {
        pageSize: INSTITUTIONS_PER_PAGE,
        params: { sector: s.sector },
        props: { sector: s, jaar },
      });
    });
}
