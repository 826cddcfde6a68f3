// npm run measure:layout: what a reader gets per template of the built dist/ and dist-voorbeeld/
// (npm run build, npm run build:voorbeeld) at 390 and 1280 px,
// measured in Chromium (tests/e2e/layout-measure.ts): rendered chart text size, the widest table
// and how many tables are wider than their box (all must pin their name column), clipped or
// overlapping chart labels, small targets. Prints a Markdown table.
import { resolve } from 'node:path';
import { launchBrowser } from '../tests/e2e/browser.ts';
import { LAYOUT_TEMPLATES, measureLayout, openTemplate } from '../tests/e2e/layout-measure.ts';
import { serveStatic } from './lib/static-server.ts';

const project = resolve(import.meta.dirname, '..');
const servers = {
  openbaar: await serveStatic(resolve(project, process.env.OUT_DIR ?? 'dist')),
  voorbeeld: await serveStatic(resolve(project, 'dist-voorbeeld')),
};
const browser = await launchBrowser();
const px = (n: number): string => n.toFixed(1).replace('.', ',');
console.log(
  '| breedte | pagina | grafiektekst (px) | breedste tabel (px) | tabellen breder dan hun vak (vastgezette naamkolom) | afgesneden/overlappende labels | kleine doelen |',
);
console.log('|---:|---|---|---:|---|---:|---:|');
for (const width of [390, 1280]) {
  const context = await browser.newContext({ viewport: { width, height: 844 } });
  const page = await context.newPage();
  for (const { site, route } of LAYOUT_TEMPLATES) {
    await openTemplate(page, servers[site].url, route);
    const m = await measureLayout(page);
    const font = m.chartFont ? `${px(m.chartFont.min)}–${px(m.chartFont.max)}` : '–';
    const pinned = m.wideTables.filter((t) => t.pinned && t.cue).length;
    console.log(
      `| ${width} | ${site === 'voorbeeld' ? 'voorbeeld ' : ''}${route} | ${font} | ${m.widestTable} | ${m.wideTables.length} (${pinned}) | ${m.clipped.length + m.overlapping.length} | ${m.smallTargets.length} |`,
    );
  }
  await context.close();
}
await browser.close();
await Promise.all(Object.values(servers).map((s) => s.close()));
