// Shareable lists: each Gelijke Kansen status has a page that works without scripts and a CSV
// of exactly its municipalities (on the demo site: the public mandaten export has no such
// figures); the filter on /gemeenten/ lives in the address, on both sites.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, scanAccessibility } from './browser.ts';

const baseUrl = inject('baseUrl');
const demoUrl = inject('demoUrl');
const demoDir = inject('demoDir');
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

describe('Gelijke Kansen lists', () => {
  it('lists, without JavaScript, exactly the municipalities of its CSV', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    for (const status of ['geen', 'schepen', 'burgemeester', 'onbekend']) {
      const response = await page.goto(new URL(`gelijke-kansen/${status}/`, demoUrl).href);
      expect(response?.status()).toBe(200);
      const shown = (await page.locator('table tbody th[scope=row]').allTextContents()).map((t) =>
        t.trim(),
      );
      const csv = Papa.parse<Record<string, string>>(
        readFileSync(join(demoDir, 'downloads', 'gelijke-kansen', `${status}.csv`), 'utf8'),
        { header: true, skipEmptyLines: true },
      ).data;
      expect(csv.every((r) => r.gk_status === status)).toBe(true);
      expect(shown).toEqual(csv.map((r) => r.gemeente));
      // The same word on the page as in the file.
      if (shown.length > 0)
        expect(
          (await page.locator('table tbody tr').first().locator('td').last().textContent())!
            .trim()
            .toLowerCase(),
        ).toBe(status);
    }
    await context.close();
    // axe runs as a script: the accessibility scan needs a context with JavaScript.
    const scripted = await browser.newContext();
    const scan = await scripted.newPage();
    await scan.goto(new URL('gelijke-kansen/geen/', demoUrl).href);
    expect(await scanAccessibility(scan)).toEqual([]);
    await scripted.close();
  });

  for (const [site, url, label, value] of [
    ['openbare site', baseUrl, 'Land', 'Nederland'],
    ['voorbeeldsite', demoUrl, 'Gelijke Kansen', 'Geen'],
  ] as const)
    it(`keeps the /gemeenten/ filter in the address and restores it on load (${site})`, async () => {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(new URL('gemeenten/', url).href);
      // The table is folded on load (a phone reaches the map first): open it to filter.
      await page.locator('details.table-details > summary').click();
      const select = page.getByRole('combobox', { name: label, exact: true });
      await select.selectOption(value);
      const key = label.toLowerCase().replace(/ /g, '-');
      await expect.poll(() => new URL(page.url()).searchParams.get(key)).toBe(value);
      const rows = page.locator('table[data-filterable] tbody tr:not([hidden])');
      const visible = await rows.count();
      expect(visible).toBeGreaterThan(0);
      // The shared address opens the table with the same rows.
      await page.goto(page.url());
      await page.locator('.table-filter').waitFor({ timeout: 15_000 });
      expect(await page.locator('details.table-details').getAttribute('open')).not.toBeNull();
      expect(await page.getByRole('combobox', { name: label, exact: true }).inputValue()).toBe(
        value,
      );
      expect(await rows.count()).toBe(visible);
      await context.close();
    });
});

describe('addresses with capitals', () => {
  it('lead an id written in capitals (as in the downloads) to its lower-case page', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(new URL('instellingen/DEMO-00001/', demoUrl).href);
    await page.waitForURL('**/instellingen/demo-00001/', { timeout: 15_000 });
    expect(await page.locator('h1').count()).toBe(1);
    // A register code as the downloads write it, on the public site.
    await page.goto(new URL('instellingen/GM0363/', baseUrl).href);
    await page.waitForURL('**/gemeenten/amsterdam/', { timeout: 15_000 });
    expect((await page.locator('h1').textContent())?.trim()).toBe('Amsterdam');
    await context.close();
  });
});
