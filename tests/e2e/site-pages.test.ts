// Every page of the built site in Chromium: loads, has one h1 and the shell, and passes axe.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, scanAccessibility } from './browser.ts';

const baseUrl = inject('baseUrl');
const distDir = inject('distDir');

function htmlPages(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (
      entry.isDirectory() &&
      entry.name !== 'downloads' &&
      entry.name !== 'pagefind' &&
      entry.name !== '_astro'
    )
      out.push(...htmlPages(full));
    else if (entry.name === 'index.html') out.push(full);
  }
  return out;
}

/** Every page, but at most a few per template directory so large editions stay fast. */
function pagesToVisit(): string[] {
  const perTemplate = new Map<string, string[]>();
  for (const file of htmlPages(distDir)) {
    // Alias pages (/gemeenten/<nis>/) are redirects, tested separately below.
    if (readFileSync(file, 'utf8').includes('http-equiv="refresh"')) continue;
    const path = `/${relative(distDir, file).split(sep).slice(0, -1).join('/')}`;
    const route = path === '/' ? '/' : `${path}/`;
    const template =
      route.split('/').slice(0, 2).join('/') + (route.split('/').length > 3 ? '/*' : '');
    perTemplate.set(template, [...(perTemplate.get(template) ?? []), route]);
  }
  // Real register pages sort after the demo ones: name them, so both kinds are always visited.
  const named = ['/sectoren/gemeenten/', '/instellingen/gm0363/', '/instellingen/gm1966/'];
  return [
    ...new Set([
      ...[...perTemplate.values()].flatMap((routes) => routes.sort().slice(0, 4)),
      ...named,
    ]),
  ];
}

/**
 * Which demo banner a page must have on the bundled data (DATA.md §6): pages built from demo
 * data say so, pages with real register figures and pages without figures do not, and the
 * sector overview with both kinds says which part is which.
 */
function expectedBanner(route: string): 'alles' | 'deels' | null {
  if (route === '/sectoren/') return 'deels';
  if (route.startsWith('/sectoren/gemeenten/') || route.startsWith('/instellingen/gm')) return null;
  if (/^\/(sectoren|instellingen|gemeenten|provincies|gelijke-kansen)\//.test(route))
    return 'alles';
  return null;
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

describe('built site', () => {
  it('has a home page and a Pagefind index', () => {
    expect(existsSync(join(distDir, 'index.html'))).toBe(true);
    expect(existsSync(join(distDir, 'pagefind', 'pagefind.js'))).toBe(true);
  });

  const routes = pagesToVisit();
  it('has pages to visit', () => {
    expect(routes.length).toBeGreaterThan(5);
  });

  for (const route of routes) {
    for (const width of [320, 390, 1280]) {
      // Concurrent (vitest's maxConcurrency, 5): each has its own browser context, and axe
      // waits on the page more than on the CPU, so a few at a time halve this file's time.
      it.concurrent(`${route} at ${width}px: 200, one h1, shell, zero axe violations`, async () => {
        const context = await browser.newContext({ viewport: { width, height: 900 } });
        const page = await context.newPage();
        const response = await page.goto(new URL(route.slice(1), baseUrl).href);
        expect(response?.status()).toBe(200);
        expect(await page.locator('h1').count()).toBe(1);
        expect(await page.getAttribute('html', 'lang')).toBe('nl');
        expect(await page.locator('a.skip-link[href="#inhoud"]').count()).toBe(1);
        expect(await page.locator('footer').textContent()).toContain('gepubliceerd op');
        const banner = expectedBanner(route);
        if (banner === null) expect(await page.locator('.demo-banner').count()).toBe(0);
        else
          expect(await page.locator('.demo-banner').textContent()).toContain(
            banner === 'alles' ? 'fictieve' : 'Deels voorbeelddata',
          );
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - window.innerWidth,
        );
        expect(overflow, 'no horizontal page scroll').toBeLessThanOrEqual(1);
        const violations = await scanAccessibility(page);
        expect(violations, JSON.stringify(violations, null, 2)).toEqual([]);
        await context.close();
      });
    }
  }

  it('/gemeenten/<nis>/ redirects to the slug page, also for merged municipalities', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    for (const [nis, slug] of [
      ['46021', 'sint-niklaas'],
      ['46013', 'kruibeke'],
      ['46030', 'beveren-kruibeke-zwijndrecht'],
    ]) {
      await page.goto(new URL(`gemeenten/${nis}/`, baseUrl).href);
      await page.waitForURL(`**/gemeenten/${slug}/`);
      expect(await page.locator('h1').textContent()).toBeTruthy();
    }
    // The former municipality links to the one it merged into, and back.
    await page.goto(new URL('gemeenten/kruibeke/', baseUrl).href);
    await page.getByRole('link', { name: 'Beveren-Kruibeke-Zwijndrecht' }).first().click();
    await page.waitForURL('**/gemeenten/beveren-kruibeke-zwijndrecht/');
    expect(await page.getByRole('link', { name: 'Kruibeke' }).count()).toBeGreaterThan(0);
    await context.close();
  });

  it('works without JavaScript: charts are SVG inside figures with a table and a CSV link', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    for (const route of ['sectoren/onderwijs/', 'instellingen/demo-00001/', 'gemeenten/gent/']) {
      await page.goto(new URL(route, baseUrl).href);
      const figures = page.locator('figure');
      expect(await figures.count(), route).toBeGreaterThan(0);
      expect(await figures.first().locator('svg').count()).toBe(1);
      expect(await figures.first().locator('table').count()).toBe(1);
      const csv = await figures.first().locator('a', { hasText: 'CSV' }).getAttribute('href');
      const response = await page.request.get(new URL(csv!, baseUrl).href);
      expect(response.status(), csv!).toBe(200);
      expect(await response.text()).toMatch(/^(jaar|peildatum),/);
    }
    await context.close();
  });

  it('keyboard: the first Tab reaches the skip link, which moves focus to the content', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(baseUrl);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('skip-link');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('inhoud');
    await context.close();
  });
});

describe('table enhancements', () => {
  it('sorts and filters the municipalities table with the keyboard only, announcing the count', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 900 } });
    const page = await context.newPage();
    await page.goto(new URL('gemeenten/', baseUrl).href);
    const filter = page.getByLabel('Filter de tabel');
    await filter.focus();
    await page.keyboard.type('sint');
    const visible = page.locator('table[data-filterable] tbody tr:not([hidden])');
    const count = await visible.count();
    expect(count).toBeGreaterThan(3);
    expect(count).toBeLessThan(40);
    for (const name of await visible.locator('th').allTextContents())
      expect(name.toLowerCase()).toContain('sint');
    expect(await page.locator('.table-filter [role=status]').textContent()).toContain(
      `${count} van`,
    );
    // Sort by the council column: Tab to its header button and press Enter.
    const header = page.locator('table[data-sortable] thead th').nth(1);
    await header.locator('button').focus();
    await page.keyboard.press('Enter');
    expect(await header.getAttribute('aria-sort')).toBe('ascending');
    const values = (await visible.locator('td:nth-of-type(1)').allTextContents())
      .map((t) => Number(t.replace('%', '').replace(',', '.')))
      .filter((n) => !Number.isNaN(n));
    expect(values).toEqual([...values].sort((a, b) => a - b));
    await page.keyboard.press('Enter');
    expect(await header.getAttribute('aria-sort')).toBe('descending');
    // The province select narrows to one province.
    await page.getByLabel('Provincie').selectOption('Limburg');
    for (const p of await visible.locator('td:nth-of-type(4)').allTextContents())
      expect(p).toBe('Limburg');
    expect(await scanAccessibility(page)).toEqual([]);
    await context.close();
  });
});

describe('chart controls', () => {
  it('opens the data table and downloads SVG and PNG with the keyboard only', async () => {
    const context = await browser.newContext({ acceptDownloads: true });
    const page = await context.newPage();
    await page.goto(new URL('sectoren/onderwijs/', baseUrl).href);
    const figure = page.locator('figure#trend');
    const tableDetails = figure.locator('details:not(.cite)');
    await tableDetails.locator('summary').focus();
    await page.keyboard.press('Enter');
    expect(await tableDetails.getAttribute('open')).not.toBeNull();
    expect(await figure.locator('table tbody tr').count()).toBeGreaterThan(1);
    for (const [format, name] of [
      ['svg', 'trend.svg'],
      ['png', 'trend.png'],
    ] as const) {
      const button = figure.locator(`button.svg-download[data-format="${format}"]`);
      expect(await button.isVisible()).toBe(true);
      await button.focus();
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.keyboard.press('Enter'),
      ]);
      expect(download.suggestedFilename()).toBe(name);
      const path = await download.path();
      const bytes = readFileSync(path);
      if (format === 'svg') expect(bytes.toString('utf8')).toContain('<svg');
      else expect(bytes.subarray(1, 4).toString('ascii')).toBe('PNG');
    }
    await context.close();
  });
});
