// Shareable lists: each Gelijke Kansen status has a page that works without scripts and a CSV
// of exactly its municipalities; the filter on /gemeenten/ lives in the address.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, scanAccessibility } from './browser.ts';

const baseUrl = inject('baseUrl');
const distDir = inject('distDir');
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
      const response = await page.goto(new URL(`gelijke-kansen/${status}/`, baseUrl).href);
      expect(response?.status()).toBe(200);
      const shown = (await page.locator('table tbody th[scope=row]').allTextContents()).map((t) =>
        t.trim(),
      );
      const csv = Papa.parse<Record<string, string>>(
        readFileSync(join(distDir, 'downloads', 'gelijke-kansen', `${status}.csv`), 'utf8'),
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
    await scan.goto(new URL('gelijke-kansen/geen/', baseUrl).href);
    expect(await scanAccessibility(scan)).toEqual([]);
    await scripted.close();
  });

  it('keeps the /gemeenten/ filter in the address and restores it on load', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(new URL('gemeenten/', baseUrl).href);
    const select = page.getByLabel('Gelijke Kansen', { exact: true });
    await select.selectOption('Geen');
    await expect.poll(() => new URL(page.url()).searchParams.get('gelijke-kansen')).toBe('Geen');
    const visible = await page.locator('table[data-filterable] tbody tr:not([hidden])').count();
    await page.goto(page.url());
    expect(await page.getByLabel('Gelijke Kansen', { exact: true }).inputValue()).toBe('Geen');
    expect(await page.locator('table[data-filterable] tbody tr:not([hidden])').count()).toBe(
      visible,
    );
    await context.close();
  });
});

describe('addresses with capitals', () => {
  it('lead an id written in capitals (as in the downloads) to its lower-case page', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(new URL('instellingen/DEMO-00001/', baseUrl).href);
    await page.waitForURL('**/instellingen/demo-00001/');
    expect(await page.locator('h1').count()).toBe(1);
    await context.close();
  });
});
