// Picks the headline figures for the home page from the aggregates (latest year / peildatum).
import type { AggregateRow, SiteData } from '../domain/site-data.ts';
import type { ProvinceFigures } from '../domain/municipality-figures.ts';

export interface Headline {
  jaar: number;
  totaal: AggregateRow;
  vorigJaar: AggregateRow | null;
}

export function latestHeadline(site: SiteData): Headline | null {
  const jaar = site.jaren.at(-1);
  if (jaar === undefined) return null;
  const totaal = site.totaalCijfers.find((r) => r.jaar === jaar);
  if (!totaal) return null;
  return { jaar, totaal, vorigJaar: site.totaalCijfers.find((r) => r.jaar === jaar - 1) ?? null };
}

export function latestFlanders(site: SiteData): ProvinceFigures | null {
  const peildatum = site.peildata.at(-1);
  if (!peildatum) return null;
  return (
    site.provincieCijfers.find((r) => r.peildatum === peildatum && r.provincie === 'Vlaanderen') ??
    null
  );
}
