// Phone first (issue 15), measured per template at 390 and 1280 px in Chromium: chart text
// between 12 and 20 px, no chart label clipped or overlapping, wide tables with a pinned name
// column and a scroll cue, controls of at least 24 px and inputs at 16 px, no page overflow, the
// page's key sentence in the first screen, zero axe violations in the dark scheme too, and on
// paper every chart table open with absolute link addresses and no buttons.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, scanAccessibility } from './browser.ts';
import { LAYOUT_TEMPLATES, measureLayout, openTemplate } from './layout-measure.ts';

const baseUrl = inject('baseUrl');
const origins = { openbaar: baseUrl, voorbeeld: inject('demoUrl') };
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

const HEIGHT = 844;

describe('phone-first layout', () => {
  for (const width of [390, 1280]) {
    it(`keeps charts legible, tables usable and targets large enough at ${width}px`, async () => {
      const context = await browser.newContext({ viewport: { width, height: HEIGHT } });
      const page = await context.newPage();
      const fonts: number[] = [];
      for (const { site, route: path } of LAYOUT_TEMPLATES) {
        const route = `${site === 'voorbeeld' ? 'voorbeeld ' : ''}${path}`;
        await openTemplate(page, origins[site], path);
        const m = await measureLayout(page);
        expect(m.pageOverflow, `${route}: page overflow`).toBeLessThanOrEqual(1);
        if (m.chartFont) {
          fonts.push(m.chartFont.min, m.chartFont.max);
          if (width === 390)
            expect(m.chartFont.min, `${route}: chart text`).toBeGreaterThanOrEqual(12);
          else expect(m.chartFont.max, `${route}: chart text`).toBeLessThanOrEqual(20);
        }
        expect(m.clipped, `${route}: clipped chart labels`).toEqual([]);
        expect(m.overlapping, `${route}: overlapping chart labels`).toEqual([]);
        for (const table of m.wideTables) {
          expect(table.pinned, `${route}: ${table.table} pins its name column`).toBe(true);
          expect(table.cue, `${route}: ${table.table} shows a scroll cue`).toBe(true);
        }
        expect(m.smallTargets, `${route}: small targets`).toEqual([]);
        expect(m.smallInputs, `${route}: inputs under 16 px`).toEqual([]);
        // The page's key sentence (its lead, else its heading) ends within the first screen.
        const key = page.locator('main .lead, main h1').first();
        const box = await key.boundingBox();
        expect(box, route).not.toBeNull();
        expect(
          box!.y + box!.height,
          `${route}: key sentence in the first screen`,
        ).toBeLessThanOrEqual(HEIGHT);
      }
      expect(fonts.length).toBeGreaterThan(10);
      console.log(
        `Grafiektekst bij ${width}px: ${Math.min(...fonts).toFixed(1)}–${Math.max(...fonts).toFixed(1)} px`,
      );
      await context.close();
    });
  }

  it('shows the written scroll cue only for tables wider than the screen', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: HEIGHT } });
    const page = await context.newPage();
    await page.goto(new URL('gemeenten/', baseUrl).href);
    // The table of all municipalities is folded on load; open it.
    await page.locator('details.table-details > summary').click();
    const cue = page.locator('main .scroll-cue:not([hidden])');
    await expect.poll(() => cue.count()).toBeGreaterThan(0);
    await page.setViewportSize({ width: 1280, height: HEIGHT });
    await expect.poll(() => cue.count()).toBe(0);
    await context.close();
  });

  it('makes sort controls look like controls and announces the sort', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: HEIGHT } });
    const page = await context.newPage();
    await page.goto(new URL('sectoren/', baseUrl).href);
    const button = page.locator('table[data-sortable] th .sort-button').first();
    const arrow = await button.evaluate((b) => getComputedStyle(b, '::after').content);
    expect(arrow).toContain('↕');
    await button.click();
    await expect
      .poll(() => page.locator('main [role="status"]').allTextContents())
      .toContainEqual(expect.stringMatching(/^Gesorteerd op .+, oplopend\.$/));
    await context.close();
  });

  for (const route of [
    '/sectoren/gemeenten/',
    '/gemeenten/amsterdam/',
    '/gemeenten/gent/',
    '/zoeken/',
    '/vergelijken/',
  ]) {
    it(`has zero axe violations in the dark colour scheme: ${route}`, async () => {
      const context = await browser.newContext({
        viewport: { width: 390, height: HEIGHT },
        colorScheme: 'dark',
      });
      const page = await context.newPage();
      await page.goto(new URL(route.slice(1), baseUrl).href);
      expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(
        true,
      );
      expect(await scanAccessibility(page)).toEqual([]);
      await context.close();
    });
  }
});

describe('print', () => {
  it('opens every chart table, writes absolute link addresses and hides buttons', async () => {
    const context = await browser.newContext({ viewport: { width: 800, height: 1000 } });
    const page = await context.newPage();
    await page.goto(new URL('sectoren/gemeenten/', baseUrl).href);
    expect(await page.getByRole('button', { name: 'Print deze pagina' }).count()).toBe(1);
    await page.emulateMedia({ media: 'print' });
    await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
    const tables = page.locator('figure details table');
    expect(await tables.count()).toBeGreaterThan(2);
    for (const table of await tables.all()) expect(await table.isVisible()).toBe(true);
    expect(await page.locator('button:visible').count()).toBe(0);
    const printed = await page
      .locator('main a[data-print-url]')
      .evaluateAll((links) => links.map((a) => (a as HTMLElement).dataset.printUrl!));
    expect(printed.length).toBeGreaterThan(5);
    for (const url of printed) expect(url).toMatch(/^https?:\/\//);
    const after = await page
      .locator('main a[data-print-url]')
      .first()
      .evaluate((a) => getComputedStyle(a, '::after').content);
    expect(after).toMatch(/^" \(http/);
    await page.evaluate(() => dispatchEvent(new Event('afterprint')));
    await page.emulateMedia({ media: 'screen' });
    expect(await tables.first().isVisible()).toBe(false);
    await context.close();
  });

  it('shows the chart tables on paper without JS as well', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(new URL('gemeenten/amsterdam/', baseUrl).href);
    const table = page.locator('figure details table').first();
    expect(await table.isVisible()).toBe(false);
    await page.emulateMedia({ media: 'print' });
    expect(await table.isVisible()).toBe(true);
    await context.close();
  });
});
