// The register in Chromium: a municipality page shows the counts of its CSV rows and no demo
// banner; the Gemeenten sector page, built with the Dutch boundaries from ../shared/reference
// (never copied into the project), draws both maps legibly at phone and desktop widths, within
// the page budget and without axe violations.
import { existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Papa from 'papaparse';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { buildSite } from '../../scripts/lib/build-site.ts';
import { measurePage } from '../../scripts/lib/page-weight.ts';
import { serveStatic, type StaticServer } from '../../scripts/lib/static-server.ts';
import { launchBrowser, scanAccessibility } from './browser.ts';

const baseUrl = inject('baseUrl');
const projectDir = resolve(import.meta.dirname, '..', '..');
const boundaries = resolve(projectDir, '..', 'shared', 'reference', 'nl', 'gemeente_2026.topojson');

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

type Row = Record<string, string>;
async function csv(url: string): Promise<Row[]> {
  const text = await (await fetch(url)).text();
  return Papa.parse<Row>(text, { header: true, skipEmptyLines: true }).data;
}

describe('a municipality from the register on the default build', () => {
  it('/instellingen/gm1966/ (code only in the TOOi URI) shows its CSV rows, without demo banner', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const response = await page.goto(new URL('instellingen/gm1966/', baseUrl).href);
    expect(response?.status()).toBe(200);
    expect(await page.locator('h1').textContent()).toBe('Gemeente Het Hogeland');
    expect(await page.locator('.demo-banner').count()).toBe(0);
    expect(await page.locator('body').textContent()).toContain('registerextract');
    const rows = await csv(new URL('downloads/instellingen/gm1966.csv', baseUrl).href);
    expect(rows).toHaveLength(2);
    for (const row of rows) {
      const anchor =
        row.gremium_type === 'raad'
          ? 'raad-gemeenteraad'
          : 'college-college-van-burgemeester-en-wethouders';
      const figure = page.locator(`figure#${anchor}`);
      // The seat diagram holds one mark per seat, by gender, as the CSV row counts them.
      expect(await figure.locator('svg .seat-v').count()).toBe(Number(row.vrouwen));
      expect(await figure.locator('svg .seat-m').count()).toBe(Number(row.mannen));
      const headers = await figure.locator('thead th').allTextContents();
      const cells = await figure.locator('tbody tr').first().locator('th, td').allTextContents();
      const cell = (name: string) => cells[headers.findIndex((h) => h.trim() === name)];
      expect([cell('Vrouwen'), cell('Mannen'), cell('Anders/onbekend')]).toEqual([
        row.vrouwen,
        row.mannen,
        row.x,
      ]);
      expect(await figure.locator('.summary').textContent()).toContain(`${row.totaal} zetels`);
    }
    await context.close();
  });

  it('labels real and demo pages apart: a demo sector has the banner, the register sector not', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(new URL('sectoren/gemeenten/', baseUrl).href);
    expect(await page.locator('.demo-banner').count()).toBe(0);
    await page.goto(new URL('sectoren/onderwijs/', baseUrl).href);
    expect(await page.locator('.demo-banner').textContent()).toContain('voorbeelddata');
    await page.goto(new URL('', baseUrl).href);
    expect(await page.locator('.demo-banner').count()).toBe(0);
    expect(await page.locator('main h2').first().textContent()).toContain('Gemeenten');
    await context.close();
  });
});

describe.runIf(existsSync(boundaries))('the map of Dutch municipalities', () => {
  let work: string;
  let server: StaticServer;
  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'kaart-nl-'));
    const dataDir = join(work, 'data');
    mkdirSync(join(dataDir, 'referentie'), { recursive: true });
    symlinkSync(join(projectDir, 'data', 'roo'), join(dataDir, 'roo'));
    symlinkSync(join(projectDir, 'data', 'bron.json'), join(dataDir, 'bron.json'));
    symlinkSync(boundaries, join(dataDir, 'referentie', 'grenzen-nl.topojson'));
    writeFileSync(
      join(dataDir, 'referentie', 'grenzen-nl.topojson.bron.json'),
      JSON.stringify({
        titel: 'Gemeentegrenzen 2026 (CBS/PDOK via cartomap/nl)',
        licentie: 'CC-BY-4.0',
        url: 'https://cartomap.github.io/nl/wgs84/gemeente_2026.topojson',
      }),
    );
    await buildSite({ projectDir, dataDir, outDir: join(work, 'dist'), log: () => undefined });
    server = await serveStatic(join(work, 'dist'));
  }, 300_000);
  afterAll(async () => {
    await server?.close();
    rmSync(work, { recursive: true, force: true });
  });

  for (const width of [390, 1280]) {
    it(`draws council and college maps of all 342 municipalities at ${width}px, legible and accessible`, async () => {
      const context = await browser.newContext({ viewport: { width, height: 900 } });
      const page = await context.newPage();
      await page.goto(new URL('sectoren/gemeenten/', server.url).href);
      for (const id of ['kaart-raad', 'kaart-college']) {
        const map = page.locator(`figure#${id}`);
        expect(await map.locator('svg g path:not(.hatch)').count()).toBe(342);
        // The table beside the map counts the same boards as the CSV.
        const counts = (await map.locator('tbody td').allTextContents()).map(Number);
        expect(counts.reduce((a, b) => a + b, 0)).toBe(342);
        const sizes = await map
          .locator('svg text')
          .evaluateAll((nodes) =>
            nodes.map((n) => (n as SVGTextElement).getBoundingClientRect().height),
          );
        // Rendered legend text between 12 and 20 CSS px (the box is a little taller than the glyphs).
        for (const h of sizes) {
          expect(h).toBeGreaterThanOrEqual(12);
          expect(h).toBeLessThanOrEqual(26);
        }
      }
      expect(await page.locator('text=geen kaart ingesteld').count()).toBe(0);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - window.innerWidth,
      );
      expect(overflow).toBeLessThanOrEqual(1);
      expect(await scanAccessibility(page)).toEqual([]);
      await context.close();
    });
  }

  it('stays within the page budget with both maps (HTML+CSS+JS <= 100 KB gzip)', async () => {
    const weight = await measurePage(browser, new URL('sectoren/gemeenten/', server.url).href);
    expect(weight.total).toBeLessThanOrEqual(100 * 1024);
  });
});
