// Comparison in Chromium: choose entities with the keyboard on their pages and in a table, open
// the comparison, and check that its URL alone (new browser context, empty storage) restores
// the same comparison; the CSV holds the compared rows; the page passes axe. Institutions and
// Flemish figures exist on the demo site only; the public site compares register municipalities.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
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

const url = (path: string) => new URL(path.replace(/^\//, ''), demoUrl).href;

async function pressToggle(page: Page, name: RegExp): Promise<void> {
  const button = page.getByRole('button', { name });
  await button.focus({ timeout: 10_000 });
  await page.keyboard.press('Enter');
  await expect.poll(() => button.getAttribute('aria-pressed'), { timeout: 10_000 }).toBe('true');
}

async function comparisonText(page: Page): Promise<string[]> {
  await page.locator('#vergelijking table').first().waitFor({ timeout: 20_000 });
  return page
    .locator('#vergelijking tbody tr')
    .evaluateAll((rows) => rows.map((r) => (r.textContent ?? '').replace(/\s+/g, ' ').trim()));
}

describe('comparison', () => {
  let sharedUrl = '';

  it('collects entities from pages and tables with the keyboard and shows them side by side', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(url('/instellingen/demo-00001/'));
    // The demo site's heading opens with its VOORBEELD mark; the comparison names the institution.
    const institution = (await page.locator('h1').textContent())!
      .trim()
      .replace(/^VOORBEELD\s*/, '');
    await pressToggle(page, /Voeg toe aan vergelijking/);
    await page.goto(url('/gemeenten/gent/'));
    await pressToggle(page, /Voeg toe aan vergelijking Gent/);
    await page.goto(url('/gemeenten/'));
    await page.locator('details.table-details > summary').click();
    await pressToggle(page, /^Vergelijk Aalst$/);
    // The figure the Flanders table shows for Gent, to check the comparison against.
    const gentRow = page.locator('table[data-compare-rows] tbody tr', {
      has: page.getByRole('link', { name: 'Gent', exact: true }),
    });
    // The list gives the share with its n ("47,6% (10 van 21)"); the comparison the share.
    // Its cells: country, province, council, … (the council share is the third).
    const gentCouncil = (await gentRow.locator('td').nth(2).textContent())!.trim().split(' (')[0]!;

    await page
      .getByRole('link', { name: /Bekijk de vergelijking \(3 gekozen\)/ })
      .first()
      .click();
    await page.waitForURL(/\/vergelijken\//, { timeout: 15_000 });
    const rows = await comparisonText(page);
    sharedUrl = page.url();
    const params = new URL(sharedUrl).searchParams;
    expect(params.get('instellingen')).toBe('demo-00001');
    expect(params.get('gemeenten')).toBe('44021,41002');
    expect(params.get('peildatum')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(rows.some((r) => r.startsWith(institution))).toBe(true);
    expect(rows.some((r) => r.startsWith('Alle sectoren'))).toBe(true);
    expect(rows.some((r) => r.startsWith('Provincie Oost-Vlaanderen'))).toBe(true);
    expect(rows.some((r) => r.startsWith('Vlaanderen'))).toBe(true);
    const gentCells = await page
      .locator('#vergelijking tbody tr', {
        has: page.getByRole('link', { name: 'Gent', exact: true }),
      })
      .locator('td')
      .allTextContents();
    expect(gentCells[3]!.trim()).toBe(gentCouncil);
    await context.close();
  });

  it('restores the same comparison from the shared URL alone, and keeps a chosen period', async () => {
    expect(sharedUrl).not.toBe('');
    const first = await browser.newContext();
    const page = await first.newPage();
    await page.goto(sharedUrl);
    const before = await comparisonText(page);
    await first.close();

    const fresh = await browser.newContext();
    const other = await fresh.newPage();
    await other.goto(sharedUrl);
    expect(await comparisonText(other)).toEqual(before);

    // Choose the oldest peildatum with the keyboard; the URL follows and a reload keeps it.
    const select = other.getByLabel('Peildatum');
    const options = await select.locator('option').allTextContents();
    await select.focus();
    await other.keyboard.press('End');
    await expect
      .poll(() => new URL(other.url()).searchParams.get('peildatum'))
      .toBe(options.at(-1));
    const older = await comparisonText(other);
    await other.reload();
    expect(await comparisonText(other)).toEqual(older);
    await fresh.close();
  });

  it('downloads the comparison as CSV and removes an entity with the keyboard', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(sharedUrl);
    await comparisonText(page);
    const link = page.getByRole('link', { name: 'Download deze vergelijking (CSV)' }).last();
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 15_000 }),
      link.click(),
    ]);
    const csv = readFileSync(await download.path(), 'utf8').replace(/^\uFEFF/, '');
    const lines = csv.trimEnd().split('\r\n');
    expect(lines[0]).toMatch(
      /^rol,naam,sleutel,peildatum,burgemeester,aandeel_burgemeesters_vrouw,/,
    );
    // the mayor's gender and the context's share of women mayors sit in separate columns
    expect(lines.find((l) => l.startsWith('entiteit,Gent,'))).toMatch(/,(man|vrouw),,/);
    expect(lines.find((l) => l.startsWith('totaal,Vlaanderen,'))).toMatch(/,,0\.\d{4},/);
    expect(lines.filter((l) => l.startsWith('entiteit,'))).toHaveLength(2);
    expect(lines.some((l) => l.startsWith('entiteit,Gent,44021,'))).toBe(true);
    expect(lines.some((l) => l.startsWith('totaal,Vlaanderen,'))).toBe(true);

    const remove = page.getByRole('button', { name: 'Verwijder Gent' });
    await remove.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => new URL(page.url()).searchParams.get('gemeenten')).toBe('41002');
    await context.close();
  });

  for (const width of [390, 1280]) {
    it(`has zero axe violations with a comparison shown at ${width}px`, async () => {
      const context = await browser.newContext({ viewport: { width, height: 900 } });
      const page = await context.newPage();
      await page.goto(sharedUrl);
      await comparisonText(page);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - window.innerWidth,
      );
      expect(overflow).toBeLessThanOrEqual(1);
      expect(await scanAccessibility(page)).toEqual([]);
      await context.close();
    });
  }

  it('compares register municipalities on the public site with their sector, from the address', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 900 } });
    const page = await context.newPage();
    await page.goto(new URL('vergelijken/?instellingen=gm0363,gm0599', baseUrl).href);
    const rows = await comparisonText(page);
    expect(rows.some((r) => r.startsWith('Gemeente Amsterdam'))).toBe(true);
    expect(rows.some((r) => r.startsWith('Gemeente Rotterdam'))).toBe(true);
    expect(rows.some((r) => r.startsWith('Gemeenten'))).toBe(true);
    expect(await page.locator('.demo-banner, .demo-label').count()).toBe(0);
    expect(await scanAccessibility(page)).toEqual([]);
    await context.close();
  });
});
