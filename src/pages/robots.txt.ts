// robots.txt: everything may be indexed; the sitemap (written by the build) lists every page.
import type { APIRoute } from 'astro';
import { absoluteUrl } from '../site/paths.ts';

export const GET: APIRoute = () =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl('/sitemap.xml')}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
