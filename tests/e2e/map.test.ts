// With referentie/grenzen.topojson in the data directory the municipalities page draws a map;
// the boundaries come from ../shared/reference at test time and are never copied into the project.
// The Flemish figures are the demo's generated mandaten extract (the public one has no gender).
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { sharedAvailable } from '../support/shared.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../../scripts/lib/build-site.ts';
import { writeDemoData } from '../../scripts/demo/write-demo.ts';
import { serveStatic, type StaticServer } from '../../scripts/lib/static-server.ts';
import { launchBrowser, scanAccessibility } from './browser.ts';

const projectDir = resolve(import.meta.dirname, '..', '..');
const boundaries = resolve(
  projectDir,
  '..',
  'shared',
  'reference',
  'flanders-municipalities-2025_derived.topo.json',
);
const oldBoundaries = resolve(
  projectDir,
  '..',
  'shared',
  'reference',
  'belgium-municipalities-2019_bmesuere.topo.json',
);

let work: string;
let server: StaticServer;
let browser: Browser;

async function buildWith(topojson: string, name: string): Promise<string> {
  const dataDir = join(work, `data-${name}`);
  mkdirSync(join(dataDir, 'mandaten'), { recursive: true });
  mkdirSync(join(dataDir, 'referentie'), { recursive: true });
  for (const file of [
    'mandaten-20250616060000000.csv',
    'mandaten-20250616060000000.csv.bron.json',
  ]) {
    symlinkSync(join(work, 'demo', 'mandaten', file), join(dataDir, 'mandaten', file));
  }
  symlinkSync(join(work, 'demo', 'bron.json'), join(dataDir, 'bron.json'));
  symlinkSync(topojson, join(dataDir, 'referentie', 'grenzen.topojson'));
  writeFileSync(
    join(dataDir, 'referentie', 'grenzen.topojson.bron.json'),
    JSON.stringify({ titel: 'Gemeentegrenzen (CC0)', licentie: 'CC0-1.0' }),
  );
  const outDir = join(work, `dist-${name}`);
  // Both sites are served from one directory, each under its own sub-path: built for it, so
  // that their stylesheets and scripts load too.
  await buildSite({
    projectDir,
    dataDir,
    outDir,
    basePath: `/dist-${name}/`,
    log: () => undefined,
  });
  return outDir;
}

describe.runIf(sharedAvailable(boundaries))('map of municipalities', () => {
  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'map-'));
    await writeDemoData({ projectDir, outDir: join(work, 'demo'), log: () => undefined });
    await buildWith(boundaries, '2025');
    await buildWith(oldBoundaries, '2019');
    server = await serveStatic(work);
    browser = await launchBrowser();
  }, 300_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    rmSync(work, { recursive: true, force: true });
  });

  for (const [name, expected] of [
    ['2025', 285],
    ['2019', 300],
  ] as const) {
    it(`draws every municipality from ${name} boundaries, with legend, table and no axe violations`, async () => {
      const context = await browser.newContext({ viewport: { width: 390, height: 900 } });
      const page = await context.newPage();
      await page.goto(new URL(`dist-${name}/gemeenten/`, server.url).href);
      const map = page.locator('figure#kaart');
      expect(await map.count()).toBe(1);
      // One shape per boundary; 2019 shapes of merged municipalities take their successor's status.
      expect(await map.locator('svg g path:not(.hatch)').count()).toBe(expected);
      expect(await map.locator('svg').textContent()).toContain('Onbekend');
      expect(await map.locator('table tbody tr').count()).toBe(4);
      expect(await page.locator('text=geen kaart ingesteld').count()).toBe(0);
      expect(await scanAccessibility(page)).toEqual([]);
      await context.close();
    });
  }
});
