// Which kind of source a page's figures come from (DATA.md §6), so that each page, chart, feed,
// card and image says it and the demo banner appears exactly where demo figures are shown.
import type { InstitutionSummary, SiteData } from '../domain/site-data.ts';
import { isDemo, type Bronsoort } from '../domain/source-kinds.ts';
import { formatDate } from './format.ts';

export function sectorKind(site: SiteData, sector: string): Bronsoort | null {
  return site.soorten.sectoren[sector] ?? null;
}

export function institutionKind(site: SiteData, i: InstitutionSummary): Bronsoort | null {
  return sectorKind(site, i.sector);
}

/** The kind of the Flemish figures (municipalities, provinces, Gelijke Kansen). */
export function mandatenKind(site: SiteData): Bronsoort | null {
  return site.soorten.mandaten;
}

/** Every kind of figure this build holds. */
export function siteKinds(site: SiteData): Set<Bronsoort> {
  const kinds = new Set<Bronsoort>(Object.values(site.soorten.sectoren));
  if (site.soorten.mandaten) kinds.add(site.soorten.mandaten);
  return kinds;
}

export function siteHasReal(site: SiteData): boolean {
  return [...siteKinds(site)].some((k) => !isDemo(k));
}

/** True when every figure of the build is demo data. */
export function siteAllDemo(site: SiteData): boolean {
  const kinds = siteKinds(site);
  return kinds.size > 0 && [...kinds].every((k) => isDemo(k));
}

/** Sectors of one kind of source, in lookup order. */
export function sectorsOfKind(site: SiteData, demo: boolean) {
  return site.sectoren.filter((s) => {
    const kind = site.soorten.sectoren[s.sector];
    return kind !== undefined && isDemo(kind) === demo;
  });
}

/** "registerextract, peildatum 15 april 2026", "voorbeelddata (fictief)", "bronbestand". */
export function kindPhrase(kind: Bronsoort | null, peildatum?: string | null): string {
  if (kind === 'voorbeelddata') return 'voorbeelddata (fictief)';
  if (kind === 'register')
    return peildatum ? `registerextract, peildatum ${formatDate(peildatum)}` : 'registerextract';
  if (kind === 'gepubliceerd') return 'gepubliceerd cijfer';
  return 'bronbestand';
}
