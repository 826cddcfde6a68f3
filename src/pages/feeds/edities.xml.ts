// Atom feed of all editions and corrections.
import type { APIRoute } from 'astro';
import { loadSiteData } from '../../site/load.ts';
import { atomFeed, historyEntries } from '../../site/feeds.ts';
import { absoluteUrl } from '../../site/paths.ts';
import { siteAllDemo } from '../../site/kinds.ts';

export const GET: APIRoute = () => {
  const site = loadSiteData();
  const xml = atomFeed({
    id: absoluteUrl('/feeds/edities.xml'),
    title: `${site.editie.titel}: edities en correcties`,
    self: absoluteUrl('/feeds/edities.xml'),
    alternate: absoluteUrl('/over/'),
    author: site.editie.uitgever,
    demo: siteAllDemo(site),
    entries: historyEntries(site.geschiedenis, absoluteUrl, null),
  });
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
