// Measures what a page transfers before interaction, as a browser loads it: every response's
// body, gzip-compressed (as any static host serves text), summed per kind.
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';

/** One page of every template, on the bundled data. */
export const TEMPLATE_SAMPLES = [
  '',
  'sectoren/',
  'sectoren/onderwijs/',
  'sectoren/gemeenten/',
  'instellingen/demo-00001/',
  'instellingen/gm0363/',
  'gemeenten/',
  'gemeenten/gent/',
  'provincies/antwerpen/',
  'gelijke-kansen/',
  'data/',
  'methode/',
  'zoeken/',
  'edities/',
  'edities/2026-04-15/',
  'vergelijken/?instellingen=demo-00001&gemeenten=44021,41002',
];

export interface PageWeight {
  url: string;
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
  await page.goto(url, { waitUntil: 'networkidle' });
  const sizes = await Promise.all(bodies);
  await context.close();
  const sum = (kind: string): number =>
    sizes.filter((s) => s.type === kind).reduce((a, s) => a + s.bytes, 0);
  const html = sum('document');
  const css = sum('stylesheet');
  const js = sum('script');
  const other = sizes.reduce((a, s) => a + s.bytes, 0) - html - css - js;
  return { url, html, css, js, other, total: html + css + js };
}
