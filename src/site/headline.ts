// Picks the headline figures for the home page from the aggregates: per kind of source its own
// latest year (a total never spans two kinds), and the Flemish latest peildatum.
import type { AggregateRow, SiteData } from '../domain/site-data.ts';
import type { ProvinceFigures } from '../domain/municipality-figures.ts';
import type { Bronsoort } from '../domain/source-kinds.ts';

export interface Headline {
  jaar: number;
  bronsoort: Bronsoort;
  totaal: AggregateRow;
  vorigJaar: AggregateRow | null;
}

/** The latest total of one kind of source; null when the build has none of that kind. */
export function latestHeadline(site: SiteData, kind: Bronsoort): Headline | null {
  const rows = site.totaalCijfers.filter((r) => r.bronsoort === kind);
  const totaal = rows.at(-1);
  if (!totaal) return null;
  return {
    jaar: totaal.jaar,
    bronsoort: kind,
    totaal,
    vorigJaar: rows.find((r) => r.jaar === totaal.jaar - 1) ?? null,
  };
}

export function latestFlanders(site: SiteData): ProvinceFigures | null {
  const peildatum = site.peildata.at(-1);
  if (!peildatum) return null;
  return (
    site.provincieCijfers.find((r) => r.peildatum === peildatum && r.provincie === 'Vlaanderen') ??
    null
  );
}
