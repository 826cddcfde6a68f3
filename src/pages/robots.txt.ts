// robots.txt: the public site may be indexed, and the sitemap (written by the build) lists every
// page; the demo site (fictional figures) asks every crawler to stay away.
import type { APIRoute } from 'astro';
import { loadSiteData } from '../site/load.ts';
import { absoluteUrl } from '../site/paths.ts';

export const GET: APIRoute = () =>
  new Response(
    loadSiteData().editie.voorbeelddata === true
      ? 'User-agent: *\nDisallow: /\n'
      : `User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl('/sitemap.xml')}\n`,
    { headers: { 'Content-Type': 'text/plain; charset=utf-8' } },
  );
