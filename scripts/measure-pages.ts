// npm run measure: page weight per template of the built dist/ and dist-voorbeeld/ (compressed HTML+CSS+JS and JS
// alone), measured in Chromium. Prints a Markdown table.
import { resolve } from 'node:path';
import { launchBrowser } from '../tests/e2e/browser.ts';
import { measurePage, TEMPLATE_SAMPLES } from './lib/page-weight.ts';
import { serveStatic } from './lib/static-server.ts';

const project = resolve(import.meta.dirname, '..');
const servers = {
  openbaar: await serveStatic(resolve(project, process.env.OUT_DIR ?? 'dist')),
  voorbeeld: await serveStatic(resolve(project, 'dist-voorbeeld')),
};
const browser = await launchBrowser();
const kb = (n: number): string => (n / 1024).toFixed(1);
console.log('| pagina | HTML | CSS | JS | HTML+CSS+JS (kB, gzip) |');
console.log('|---|---:|---:|---:|---:|');
for (const { site, path } of TEMPLATE_SAMPLES) {
  const w = await measurePage(browser, new URL(path, servers[site].url).href);
  console.log(
    `| ${site === 'voorbeeld' ? 'voorbeeld ' : ''}/${path} | ${kb(w.html)} | ${kb(w.css)} | ${kb(w.js)} | ${kb(w.total)} |`,
  );
}
await browser.close();
await Promise.all(Object.values(servers).map((s) => s.close()));
