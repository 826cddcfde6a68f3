// Where an edition keeps a figure: the archived copy of a download, and the anchor of an
// edition on an entity page. Citations point there, so that a cited figure stays verifiable
// after the next edition (SITE.md §4).
import type { EditionInfo } from '../domain/editions.ts';
import type { SiteData } from '../domain/site-data.ts';

export function currentEdition(site: SiteData): EditionInfo | null {
  return site.edities.find((e) => e.huidig) ?? null;
}

/** The archived path of a download ("instellingen/gm0363.csv") in an edition, if it has it. */
export function archivedPath(edition: EditionInfo | null, downloadPath: string): string | null {
  if (!edition) return null;
  const path = downloadPath.replace(/^\/?downloads\//, '').replace(/^\//, '');
  return edition.bestanden.includes(path) ? `/edities/${edition.datum}/downloads/${path}` : null;
}

/** The site path of a download link ("/genderdiversiteit/downloads/x.csv" -> "downloads/x.csv"). */
export function downloadPathOf(href: string, base: string): string | null {
  const rest = base !== '/' && href.startsWith(base) ? href.slice(base.length) : href;
  const match = /^\/?downloads\/(.+)$/.exec(rest);
  return match ? match[1]! : null;
}

export function editionAnchor(datum: string): string {
  return `editie-${datum}`;
}
