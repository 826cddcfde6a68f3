// schema.org Dataset metadata for entity and data pages (JSON-LD), so that dataset search
// engines and reference managers find the figures with their licence, coverage and CSV files.
import type { SiteData } from '../domain/site-data.ts';

export interface DatasetInput {
  name: string;
  description: string;
  url: string;
  /** ISO 8601 interval or date: "2021/2025", "2022-05-11/2025-06-16" */
  temporalCoverage: string;
  spatialCoverage: string;
  csv: { name: string; url: string }[];
  keywords?: string[];
  /** built from demo data: said in the name and description */
  demo?: boolean;
}

/** An SPDX id ("CC0-1.0", "CC-BY-4.0") becomes its licence URL; a URL stays itself. */
export function licenseUrl(licentie: string, explicit?: string): string {
  if (explicit) return explicit;
  if (/^https?:\/\//.test(licentie)) return licentie;
  return `https://spdx.org/licenses/${encodeURIComponent(licentie)}.html`;
}

export function datasetJsonLd(site: SiteData, input: DatasetInput): Record<string, unknown> {
  const publisher = { '@type': 'Organization', name: site.editie.uitgever };
  return {
    '@context': 'https://schema.org',
    '@type': 'Dataset',
    name: input.demo ? `${input.name} (voorbeelddata)` : input.name,
    description:
      input.description.length >= 50
        ? input.description
        : `${input.description} Vrouwen en mannen in de top, per jaar of peildatum.`,
    url: input.url,
    identifier: input.url,
    isAccessibleForFree: true,
    inLanguage: 'nl',
    keywords: ['gender', 'diversiteit', 'bestuur', ...(input.keywords ?? [])],
    temporalCoverage: input.temporalCoverage,
    spatialCoverage: { '@type': 'Place', name: input.spatialCoverage },
    license: licenseUrl(site.editie.licentie, site.editie.licentie_url),
    creator: publisher,
    publisher,
    datePublished: site.editie.publicatiedatum,
    version: site.editie.publicatiedatum,
    ...(input.demo
      ? { disambiguatingDescription: 'Voorbeelddata: gegenereerde, fictieve gegevens.' }
      : {}),
    distribution: input.csv.map((c) => ({
      '@type': 'DataDownload',
      name: c.name,
      encodingFormat: 'text/csv',
      contentUrl: c.url,
    })),
  };
}

/** JSON for inside <script type="application/ld+json">: "<" escaped so no text can end the tag. */
export function jsonLdScript(data: Record<string, unknown>): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
