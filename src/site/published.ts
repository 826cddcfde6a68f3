// What a page shows of the figures others published (kind gepubliceerd): looked up from the
// pipeline's rows, never recomputed.
import type { PublishedFigure, SiteData } from '../domain/site-data.ts';

/** The measure the monitor publishes per sector and year. */
export const SERIES_MEASURE = 'gemiddeld aandeel vrouwen in de top';

const byYear = (a: PublishedFigure, b: PublishedFigure) => a.periode.localeCompare(b.periode);

/** A sector's yearly series, the monitor's total of the same measure, and its other figures. */
export function publishedSeries(site: SiteData, sector: string) {
  const own = site.gepubliceerd.nl.filter((f) => f.sector === sector);
  return {
    own: own.filter((f) => f.maat === SERIES_MEASURE && /^\d{4}$/.test(f.periode)).sort(byYear),
    total: site.gepubliceerd.nl
      .filter((f) => f.scope === 'Totaal' && f.maat === SERIES_MEASURE && /^\d{4}$/.test(f.periode))
      .sort(byYear),
    other: own.filter((f) => f.maat !== SERIES_MEASURE || !/^\d{4}$/.test(f.periode)),
  };
}

/** The Flemish published figures of a province ("Provincie Antwerpen") and of all Flanders. */
export function provinceFigures(site: SiteData, provincie: string): PublishedFigure[] {
  return site.gepubliceerd.vl
    .filter((f) => f.scope === `Provincie ${provincie}` || f.scope === 'Vlaanderen')
    .sort((a, b) => a.periode.localeCompare(b.periode) || a.scope.localeCompare(b.scope, 'nl'));
}
