// Atom feed per sector: editions (with the sector's key figure) and corrections to its pages.
import type { APIRoute } from 'astro';
import { indexes } from '../../../site/entities.ts';
import { atomFeed, historyEntries } from '../../../site/feeds.ts';
import { keyFigureSentence, sectorKeyFigure } from '../../../site/key-figures.ts';
import { absoluteUrl } from '../../../site/paths.ts';
import type { Sector } from '../../../domain/lookups.ts';
import { isDemo } from '../../../domain/source-kinds.ts';
import { sectorKind } from '../../../site/kinds.ts';

export function getStaticPaths() {
  return indexes().site.sectoren.map((s) => ({
    params: { sector: s.sector },
    props: { sector: s },
  }));
}

export const GET: APIRoute = ({ props }) => {
  const { sector } = props as { sector: Sector };
  const ix = indexes();
  const page = `/sectoren/${sector.sector}/`;
  const key = sectorKeyFigure(ix, sector);
  const paths = [
    page,
    ...(ix.institutionsBySector.get(sector.sector) ?? []).map((i) => `/instellingen/${i.slug}/`),
  ];
  const xml = atomFeed({
    id: absoluteUrl(`${page}feed.xml`),
    title: `${sector.sector_label}: edities en correcties`,
    self: absoluteUrl(`${page}feed.xml`),
    alternate: absoluteUrl(page),
    author: ix.site.editie.uitgever,
    demo: isDemo(sectorKind(ix.site, sector.sector)),
    entries: historyEntries(ix.site.geschiedenis, absoluteUrl, {
      paths,
      currentSummary: key ? `${sector.sector_label}: ${keyFigureSentence(key)}.` : '',
    }),
  });
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
