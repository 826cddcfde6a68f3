// Every template of both built sites in Chromium: loads, has one h1 and the shell, passes axe at
// three widths; the public site says nothing of voorbeelddata, the demo site says VOORBEELD on
// every page. Then redirects, pages without JavaScript, the keyboard, tables and chart controls.
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
    if (entry.isDirectory() && !['downloads', 'pagefind', '_astro', 'beelden'].includes(entry.name))
      out.push(...htmlPages(full));
    else if (entry.name === 'index.html') out.push(full);
  }
  return out;
}

/**
 * One page per template directory (the first route of each, and its depth), plus the pages
 * named: each template is scanned once per width, not every page built from it.
 */
function pagesToVisit(dir: string, named: string[]): string[] {
  const perTemplate = new Map<string, string>();
  for (const file of htmlPages(dir).sort()) {
    // Alias pages (/gemeenten/<nis>/) are redirects, tested separately below.
    if (readFileSync(file, 'utf8').includes('http-equiv="refresh"')) continue;
    const path = `/${relative(dir, file).split(sep).slice(0, -1).join('/')}`;
    const route = path === '/' ? '/' : `${path}/`;
    const parts = route.split('/').filter(Boolean);
    const template = `${parts[0] ?? ''}/${parts.length}`;
    if (!perTemplate.has(template)) perTemplate.set(template, route);
  }
  return [...new Set([...perTemplate.values(), ...named])];
}

const SITES = [
  {
    name: 'de openbare site',
    url: baseUrl,
    dir: distDir,
    demo: false,
    named: [
      '/gemeenten/amsterdam/',
      '/gemeenten/gent/',
      '/provincies/utrecht/',
      '/provincies/antwerpen/',
      '/sectoren/gemeenten/',
      '/sectoren/gemeenten/rollen/',
      '/sectoren/onderwijs/',
      '/verkiezingen/gr2022/',
      '/vervallen/voorbeeldinstelling/',
      '/edities/2026-04-15/',
    ],
  },
  {
    name: 'de voorbeeldsite',
    url: inject('demoUrl'),
    dir: inject('demoDir'),
    demo: true,
    named: [
      '/instellingen/demo-00001/',
      '/gemeenten/gent/',
      '/provincies/antwerpen/',
      '/sectoren/onderwijs/',
    ],
  },
];

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

for (const site of SITES) {
  describe(site.name, () => {
    it('has a home page and a Pagefind index', () => {
      expect(existsSync(join(site.dir, 'index.html'))).toBe(true);
      expect(existsSync(join(site.dir, 'pagefind', 'pagefind.js'))).toBe(true);
    });

    const routes = pagesToVisit(site.dir, site.named);
    it('has pages of every template to visit', () => {
      expect(routes.length).toBeGreaterThan(8);
    });

    for (const route of routes) {
      for (const width of [320, 390, 1280]) {
        // Concurrent (vitest's maxConcurrency, 5): each has its own browser context, and axe
        // waits on the page more than on the CPU.
        it.concurrent(
          `${route} at ${width}px: 200, one h1, shell, marking, zero axe violations`,
          async () => {
            const context = await browser.newContext({ viewport: { width, height: 900 } });
            const page = await context.newPage();
            const response = await page.goto(new URL(route.slice(1), site.url).href);
            expect(response?.status()).toBe(200);
            expect(await page.locator('h1').count()).toBe(1);
            expect(await page.getAttribute('html', 'lang')).toBe('nl');
            expect(await page.locator('a.skip-link[href="#inhoud"]').count()).toBe(1);
            expect(await page.locator('footer').count()).toBe(1);
            expect(await page.locator('footer').innerText()).toContain('gepubliceerd op');
            const banners = await page.locator('.demo-banner').count();
            if (site.demo) {
              expect(banners).toBe(1);
              expect(await page.locator('.demo-banner').innerText()).toContain('VOORBEELD');
              expect(await page.title()).toMatch(/^VOORBEELD/);
              expect(await page.locator('h1').innerText()).toMatch(/^VOORBEELD/);
              expect(await page.locator('meta[name="robots"]').getAttribute('content')).toBe(
                'noindex',
              );
            } else {
              expect(banners).toBe(0);
              expect(await page.title()).not.toMatch(/VOORBEELD/);
            }
            const overflow = await page.evaluate(
              () => document.documentElement.scrollWidth - window.innerWidth,
            );
            expect(overflow, 'no horizontal page scroll').toBeLessThanOrEqual(1);
            const violations = await scanAccessibility(page);
            expect(violations, JSON.stringify(violations, null, 2)).toEqual([]);
            await context.close();
          },
        );
      }
    }
  });
}

describe('permanent addresses', () => {
  it('/gemeenten/<nis>/ leads to the Flemish slug page, also for merged municipalities', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    for (const [nis, slug] of [
      ['46021', 'sint-niklaas'],
      ['46013', 'kruibeke'],
      ['46030', 'beveren-kruibeke-zwijndrecht'],
    ]) {
      await page.goto(new URL(`gemeenten/${nis}/`, baseUrl).href);
      await page.waitForURL(`**/gemeenten/${slug}/`, { timeout: 10_000 });
      expect(await page.locator('h1').count()).toBe(1);
    }
    // The former municipality links to the one it merged into, and back.
    await page.goto(new URL('gemeenten/kruibeke/', baseUrl).href);
    await page.getByRole('link', { name: 'Beveren-Kruibeke-Zwijndrecht' }).first().click();
    await page.waitForURL('**/gemeenten/beveren-kruibeke-zwijndrecht/', { timeout: 10_000 });
    expect(await page.getByRole('link', { name: 'Kruibeke' }).count()).toBeGreaterThan(0);
    await context.close();
  });

  it('/instellingen/gm0363/ and /gemeenten/gm0363/ lead to Amsterdam, which a Flemish slug never takes', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    for (const alias of ['instellingen/gm0363/', 'gemeenten/gm0363/']) {
      await page.goto(new URL(alias, baseUrl).href);
      await page.waitForURL('**/gemeenten/amsterdam/', { timeout: 10_000 });
      expect(await page.locator('h1').innerText()).toBe('Amsterdam');
    }
    // Zwijndrecht exists in both countries: the Flemish page keeps its published address.
    await page.goto(new URL('gemeenten/zwijndrecht/', baseUrl).href);
    expect(await page.locator('p.meta').first().innerText()).toContain('NIS');
    await page.goto(new URL('gemeenten/gm0642/', baseUrl).href);
    await page.waitForURL('**/gemeenten/zwijndrecht-nl/', { timeout: 10_000 });
    await context.close();
  });

  it('answers a retired address with 410 Gone and the page of its reason', async () => {
    const response = await fetch(new URL('instellingen/demo-00001/', baseUrl));
    expect(response.status).toBe(410);
    expect(await response.text()).toContain('Fictieve instelling');
  });
});

describe('without JavaScript', () => {
  it('charts are SVG inside figures with a table and a CSV link, on both sites', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    for (const [site, route] of [
      [baseUrl, 'sectoren/onderwijs/'],
      [baseUrl, 'gemeenten/amsterdam/'],
      [baseUrl, 'provincies/utrecht/'],
      [inject('demoUrl'), 'instellingen/demo-00001/'],
      [inject('demoUrl'), 'gemeenten/gent/'],
    ] as const) {
      await page.goto(new URL(route, site).href);
      const figures = page.locator('figure[id]');
      expect(await figures.count(), route).toBeGreaterThan(0);
      expect(await figures.first().locator('svg').count()).toBe(1);
      expect(await figures.first().locator('table').count()).toBe(1);
      const csv = await figures.first().locator('a', { hasText: 'CSV' }).getAttribute('href');
      const response = await page.request.get(new URL(csv!, site).href);
      expect(response.status(), csv!).toBe(200);
      expect(await response.text()).toMatch(/^(jaar|peildatum|land|scope),/);
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
  it('sorts and filters the municipalities of both countries with the keyboard only, announcing the count', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 900 } });
    const page = await context.newPage();
    await page.goto(new URL('gemeenten/', baseUrl).href);
    await page.locator('details.table-details > summary').click();
    const filter = page.getByLabel('Filter de tabel');
    await filter.focus();
    await page.keyboard.type('sint');
    const visible = page.locator('table[data-filterable] tbody tr:not([hidden])');
    const count = await visible.count();
    expect(count).toBeGreaterThan(3);
    expect(count).toBeLessThan(60);
    for (const name of await visible.locator('th').allTextContents())
      expect(name.toLowerCase()).toContain('sint');
    expect(await page.locator('.table-filter [role=status]').innerText()).toContain(`${count} van`);
    // The country select narrows to one country, the province select to one province.
    await page.getByRole('combobox', { name: 'Land', exact: true }).selectOption('Nederland');
    for (const land of await visible.locator('td:nth-of-type(1)').allTextContents())
      expect(land).toBe('Nederland');
    await filter.fill('');
    // Limburg is a province in both countries: the country chosen above keeps the Dutch one.
    await page.getByRole('combobox', { name: 'Provincie', exact: true }).selectOption('Limburg');
    const limburg = await visible.count();
    expect(limburg).toBeGreaterThan(20);
    for (const p of await visible.locator('td:nth-of-type(2)').allTextContents())
      expect(p).toBe('Limburg');
    // Sort by the council column: its header button with the keyboard.
    const header = page.locator('table[data-sortable] thead th').nth(3);
    await header.locator('button').focus();
    await page.keyboard.press('Enter');
    expect(await header.getAttribute('aria-sort')).toBe('ascending');
    const values = (await visible.locator('td:nth-of-type(3)').allTextContents())
      .map((t) => Number(t.replace(/%.*/, '').replace(',', '.')))
      .filter((n) => !Number.isNaN(n));
    expect(values.length).toBeGreaterThan(20);
    expect(values).toEqual([...values].sort((a, b) => a - b));
    expect(await scanAccessibility(page)).toEqual([]);
    await context.close();
  });
});

describe('chart controls', () => {
  it('opens the data table and downloads SVG and PNG with the keyboard only', async () => {
    const context = await browser.newContext({ acceptDownloads: true });
    const page = await context.newPage();
    await page.goto(new URL('gemeenten/amsterdam/', baseUrl).href);
    const figure = page.locator('figure#reeks');
    const tableDetails = figure.locator('details:not(.cite)');
    await tableDetails.locator('summary').focus();
    await page.keyboard.press('Enter');
    expect(await tableDetails.getAttribute('open')).not.toBeNull();
    expect(await figure.locator('table tbody tr').count()).toBeGreaterThan(1);
    for (const [format, name] of [
      ['svg', 'reeks.svg'],
      ['png', 'reeks.png'],
    ] as const) {
      const button = figure.locator(`button.svg-download[data-format="${format}"]`);
      await button.waitFor({ state: 'visible', timeout: 10_000 });
      await button.focus();
      const [download] = await Promise.all([
        page.waitForEvent('download', { timeout: 20_000 }),
        page.keyboard.press('Enter'),
      ]);
      expect(download.suggestedFilename()).toBe(name);
      const bytes = readFileSync(await download.path());
      if (format === 'svg') expect(bytes.toString('utf8')).toContain('<svg');
      else expect(bytes.subarray(1, 4).toString('ascii')).toBe('PNG');
    }
    await context.close();
  });
});
