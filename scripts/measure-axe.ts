// npm run measure:axe: how long one axe scan of a built page takes (dist/ or OUT_DIR) at 390 px,
// with the scan the tests use (axe.run in the page, tests/e2e/browser.ts) and with
// @axe-core/playwright's default (runPartial per frame, finishRun in a second page), and that
// both find the same violations. Routes: the arguments, or a few long list pages and a short one.
import { resolve } from 'node:path';
import { launchBrowser, scanAccessibility } from '../tests/e2e/browser.ts';
import { serveStatic } from './lib/static-server.ts';

const routes = process.argv.slice(2).length
  ? process.argv.slice(2)
  : [
      '/gemeenten/',
      '/sectoren/decentrale-overheden/instellingen/',
      '/edities/2026-04-15/',
      '/data/',
      '/gemeenten/aalst/',
    ];
const dist = resolve(import.meta.dirname, '..', process.env.OUT_DIR ?? 'dist');
const server = await serveStatic(dist);
const browser = await launchBrowser();

console.log(
  '| pagina | elementen | axe.run (de tests) | runPartial + finishRun | zelfde bevindingen |',
);
console.log('|---|---:|---:|---:|---|');
for (const route of routes) {
  const context = await browser.newContext({ viewport: { width: 390, height: 900 } });
  const page = await context.newPage();
  await page.goto(new URL(route.replace(/^\//, ''), server.url).href);
  const elements = await page.evaluate(() => document.querySelectorAll('*').length);
  let started = performance.now();
  const legacy = (await scanAccessibility(page)).map((v) => v.id).sort();
  const legacyMs = performance.now() - started;
  started = performance.now();
  const partial = (await scanAccessibility(page, 'partial')).map((v) => v.id).sort();
  const partialMs = performance.now() - started;
  const same = JSON.stringify(legacy) === JSON.stringify(partial);
  console.log(
    `| ${route} | ${elements} | ${(legacyMs / 1000).toFixed(2)} s | ${(partialMs / 1000).toFixed(2)} s | ${same ? 'ja' : `NEE: ${legacy.join(',')} / ${partial.join(',')}`} |`,
  );
  await context.close();
}
await browser.close();
await server.close();
