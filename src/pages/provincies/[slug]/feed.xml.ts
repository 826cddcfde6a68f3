// Atom feed per province: editions (with the province's key figure) and corrections to the pages
// of the province and its municipalities.
import type { APIRoute } from 'astro';
import { indexes } from '../../../site/entities.ts';
import { atomFeed, historyEntries } from '../../../site/feeds.ts';
import { keyFigureSentence, provinceKeyFigure } from '../../../site/key-figures.ts';
import { absoluteUrl } from '../../../site/paths.ts';
import { isDemo } from '../../../domain/source-kinds.ts';
import { mandatenKind } from '../../../site/kinds.ts';

export function getStaticPaths() {
  return indexes().site.provincies.map((p) => ({
    params: { slug: p.slug },
    props: { provincie: p },
  }));
}

export const GET: APIRoute = ({ props }) => {
  const { provincie } = props as { provincie: { naam: string; slug: string } };
  const ix = indexes();
  const page = `/provincies/${provincie.slug}/`;
  const key = provinceKeyFigure(ix, provincie.naam);
  const paths = [
    page,
    ...ix.site.gemeenten
      .filter((m) => m.provincie === provincie.naam)
      .map((m) => `/gemeenten/${m.slug}/`),
  ];
  const xml = atomFeed({
    id: absoluteUrl(`${page}feed.xml`),
    title: `Provincie ${provincie.naam}: edities en correcties`,
    self: absoluteUrl(`${page}feed.xml`),
    alternate: absoluteUrl(page),
    author: ix.site.editie.uitgever,
    demo: isDemo(mandatenKind(ix.site)),
    entries: historyEntries(ix.site.geschiedenis, absoluteUrl, {
      paths,
      currentSummary: key ? `Provincie ${provincie.naam}: ${keyFigureSentence(key)}.` : '',
    }),
  });
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
