// The register in Chromium on the default (real) build: a municipality page shows the counts of
// its CSV rows and no demo banner; the Gemeenten sector page draws both maps of all
// municipalities with the bundled CBS/PDOK boundaries, legibly at phone and desktop widths,
// within the page budget and without axe violations. The demo site marks its pages, the public
// site none.
import Papa from 'papaparse';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { measurePage } from '../../scripts/lib/page-weight.ts';
import { launchBrowser, scanAccessibility } from './browser.ts';

const baseUrl = inject('baseUrl');
const demoUrl = inject('demoUrl');

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
  it('/instellingen/gm1966/ (code only in the TOOi URI) leads to Het Hogeland, whose page shows its CSV rows', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    // The old institution address is a redirect page to the municipality page (no JS needed).
    await page.goto(new URL('instellingen/gm1966/', baseUrl).href);
    expect(await page.locator('link[rel=canonical]').getAttribute('href')).toBe(
      new URL('gemeenten/het-hogeland/', baseUrl).href,
    );
    const response = await page.goto(new URL('gemeenten/het-hogeland/', baseUrl).href);
    expect(response?.status()).toBe(200);
    expect((await page.locator('h1').textContent())?.trim()).toBe('Het Hogeland');
    expect(await page.locator('.demo-banner').count()).toBe(0);
    const rows = await csv(new URL('downloads/gemeenten/het-hogeland-besturen.csv', baseUrl).href);
    const latest = rows
      .map((r) => r.peildatum!)
      .sort()
      .at(-1);
    const current = rows.filter((r) => r.peildatum === latest && r.bronsoort === 'register');
    expect(current.map((r) => r.orgaan).sort()).toEqual(['burgemeester', 'college', 'raad']);
    for (const row of current.filter((r) => r.orgaan !== 'burgemeester')) {
      const section = row.orgaan === 'raad' ? 'gemeenteraad' : 'college';
      const words = row.orgaan === 'raad' ? 'raadsleden' : 'collegeleden';
      // The lead sentence of the section and the first row of its comparison figure say the
      // counts of the CSV row.
      const lead = await page.locator(`h2#${section} + p`).textContent();
      expect(lead?.replace(/\s+/g, ' ')).toContain(`${row.vrouwen} van de ${row.totaal} ${words}`);
      const first = await page
        .locator(`figure#${row.orgaan}-vergelijking tbody tr`)
        .first()
        .locator('td')
        .textContent();
      expect(first).toContain(`(${row.vrouwen} van ${row.bekend})`);
    }
    await context.close();
  });

  it('labels real and demo pages apart: the demo site has the banner, the public site none', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    for (const path of ['', 'sectoren/gemeenten/', 'sectoren/onderwijs/', 'gemeenten/gent/']) {
      await page.goto(new URL(path, baseUrl).href);
      expect(await page.locator('.demo-banner').count(), path).toBe(0);
    }
    expect(await page.locator('main h2').count()).toBeGreaterThan(0);
    await page.goto(new URL('', baseUrl).href);
    expect(await page.locator('main h2').first().textContent()).toContain('gemeenten');
    for (const path of ['', 'sectoren/onderwijs/', 'gemeenten/gent/']) {
      await page.goto(new URL(path, demoUrl).href);
      expect(await page.locator('.demo-banner').count(), path).toBe(1);
      expect(await page.locator('.demo-banner').textContent(), path).toContain('fictief');
      expect(await page.title(), path).toMatch(/^VOORBEELD · /);
    }
    await context.close();
  });
});

describe('the map of Dutch municipalities', () => {
  for (const width of [390, 1280]) {
    it(`draws council and college maps of all 342 municipalities at ${width}px, legible and accessible`, async () => {
      const context = await browser.newContext({ viewport: { width, height: 900 } });
      const page = await context.newPage();
      await page.goto(new URL('sectoren/gemeenten/', baseUrl).href);
      for (const id of ['kaart-raad', 'kaart-college']) {
        const map = page.locator(`figure#${id}`);
        expect(await map.locator('svg g path:not(.hatch)').count()).toBe(342);
        // The table beside the map counts the same boards as the CSV.
        const counts = (await map.locator('tbody td').allTextContents()).map(Number);
        expect(counts.reduce((a, b) => a + b, 0)).toBe(342);
        // Per line of text: a legend label may wrap to two lines (tspans).
        const sizes = await map
          .locator('svg text tspan, svg text:not(:has(tspan))')
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
    const weight = await measurePage(browser, new URL('sectoren/gemeenten/', baseUrl).href);
    expect(weight.total).toBeLessThanOrEqual(100 * 1024);
  });
});
