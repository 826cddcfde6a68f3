// Measures what a page transfers before interaction, as a browser loads it: every response's
// body, gzip-compressed (as any static host serves text), summed per kind.
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';

/** One page of every template, on the bundled data. */
/** Which build a sample is on: the public site (real figures) or the demo site (generated). */
export type SampleSite = 'openbaar' | 'voorbeeld';

/**
 * One page per template of both builds, as a path under the site's root: the page-weight
 * budgets, the phone-first layout test and npm run measure / measure:layout all use these.
 */
export const TEMPLATE_SAMPLES: { site: SampleSite; path: string }[] = [
  ...[
    '',
    'sectoren/',
    'sectoren/onderwijs/',
    'sectoren/gemeenten/',
    'sectoren/gemeenten/rollen/',
    'gemeenten/',
    'gemeenten/amsterdam/',
    'gemeenten/gent/',
    'provincies/limburg-nl/',
    'provincies/limburg/',
    'verkiezingen/gr2022/',
    'gelijke-kansen/',
    'zoeken/',
    'vergelijken/',
    'data/',
    'methode/',
    'over/',
    'toegankelijkheid/',
    'edities/',
    'edities/2026-04-15/',
    'vergelijken/?instellingen=gm0363,gm0599',
  ].map((path) => ({ site: 'openbaar' as const, path })),
  ...[
    'sectoren/onderwijs/',
    'sectoren/onderwijs/instellingen/',
    'sectoren/onderwijs/instellingen/op-aandeel-laag/',
    'instellingen/demo-00001/',
    'gemeenten/gent/',
    'provincies/limburg/',
    'gelijke-kansen/',
    'gelijke-kansen/geen/',
    'vergelijken/?instellingen=demo-00001&gemeenten=44021,41002',
  ].map((path) => ({ site: 'voorbeeld' as const, path })),
];

export interface PageWeight {
  url: string;
  /** HTTP status of the document (a budget measured on a 404 page would prove nothing) */
  status: number;
  html: number;
  css: number;
  js: number;
  other: number;
  /** HTML + CSS + JS, compressed bytes */
  total: number;
}

export async function measurePage(browser: Browser, url: string): Promise<PageWeight> {
  const context = await browser.newContext({ viewport: { width: 390, height: 900 } });
  const page = await context.newPage();
  const bodies: Promise<{ type: string; bytes: number }>[] = [];
  page.on('response', (response) => {
    const type = response.request().resourceType();
    bodies.push(
      response
        .body()
        .then((body) => ({ type, bytes: gzipSync(body).length }))
        .catch(() => ({ type, bytes: 0 })),
    );
  });
  const response = await page.goto(url, { waitUntil: 'networkidle', timeout: 30_000 });
  const sizes = await Promise.all(bodies);
  await context.close();
  const sum = (kind: string): number =>
    sizes.filter((s) => s.type === kind).reduce((a, s) => a + s.bytes, 0);
  const html = sum('document');
  const css = sum('stylesheet');
  const js = sum('script');
  const other = sizes.reduce((a, s) => a + s.bytes, 0) - html - css - js;
  return { url, status: response?.status() ?? 0, html, css, js, other, total: html + css + js };
}
