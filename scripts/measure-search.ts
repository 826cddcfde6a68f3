// npm run measure:search: bytes the search page transfers before and after a typical query
// (Pagefind's index is fetched only on intent), measured in Chromium on the built dist/.
import { gzipSync } from 'node:zlib';
import { resolve } from 'node:path';
import { launchBrowser } from '../tests/e2e/browser.ts';
import { serveStatic } from './lib/static-server.ts';

const query = process.argv[2] ?? 'Kruibeke';
const dist = resolve(import.meta.dirname, '..', process.env.OUT_DIR ?? 'dist');
const server = await serveStatic(dist);
const browser = await launchBrowser();
const context = await browser.newContext();
const page = await context.newPage();
const loaded: { url: string; raw: number; gzip: number }[] = [];
page.on('response', (response) => {
  void response
    .body()
    .then((body) =>
      loaded.push({ url: response.url(), raw: body.length, gzip: gzipSync(body).length }),
    )
    .catch(() => undefined);
});
const total = () =>
  loaded.reduce((a, r) => ({ raw: a.raw + r.raw, gzip: a.gzip + r.gzip }), { raw: 0, gzip: 0 });
await page.goto(new URL('zoeken/', server.url).href, { waitUntil: 'networkidle' });
const before = total();
const countBefore = loaded.length;
await page.locator('#zoekterm').focus();
await page.keyboard.type(query);
await page.waitForFunction(() =>
  /resultaten|Geen/.test(document.querySelector('#zoekstatus')?.textContent ?? ''),
);
await page.waitForLoadState('networkidle');
const after = total();
const kb = (n: number) => (n / 1024).toFixed(1);
console.log(
  `Zoekpagina vóór een zoekopdracht: ${countBefore} bestanden, ${kb(before.raw)} kB (${kb(before.gzip)} kB gzip)`,
);
console.log(
  `Na "${query}": ${loaded.length} bestanden, ${kb(after.raw)} kB (${kb(after.gzip)} kB gzip); de zoekopdracht zelf: ${kb(after.raw - before.raw)} kB (${kb(after.gzip - before.gzip)} kB gzip)`,
);
for (const r of loaded.slice(countBefore))
  console.log(`  ${new URL(r.url).pathname}  ${kb(r.raw)} kB`);
await browser.close();
await server.close();
