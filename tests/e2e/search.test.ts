// Search in Chromium: /zoeken/?q=... finds entities by name parts, former names and words from
// the middle of a name, Dutch official and common names; the type filter narrows the results; the
// page passes axe. Institutions exist on the demo site only.
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

async function resultsFor(
  page: Page,
  query: string,
  type = '',
  origin: string = baseUrl,
): Promise<string[]> {
  const url = new URL('zoeken/', origin);
  url.searchParams.set('q', query);
  if (type) url.searchParams.set('type', type);
  await page.goto(url.href);
  await page.waitForFunction(
    () => (document.querySelector('#zoekstatus')?.textContent ?? '') !== '',
    undefined,
    { timeout: 20_000 },
  );
  return page
    .locator('#zoekresultaten li > a')
    .evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}

describe('search', () => {
  const cases: [string, string[]][] = [
    ['Gent', ['/gemeenten/gent/']],
    ['Sint-Niklaas', ['/gemeenten/sint-niklaas/']],
    ['Sint Niklaas', ['/gemeenten/sint-niklaas/']],
    ['Kruibeke', ['/gemeenten/kruibeke/', '/gemeenten/beveren-kruibeke-zwijndrecht/']],
    ['Zwijndrecht', ['/gemeenten/zwijndrecht/', '/gemeenten/beveren-kruibeke-zwijndrecht/']],
    ['Súdwest-Fryslân', ['/gemeenten/sudwest-fryslan/']],
  ];
  for (const [query, expected] of cases) {
    it(`finds ${expected.join(' and ')} for "${query}"`, async () => {
      const context = await browser.newContext();
      const page = await context.newPage();
      const found = await resultsFor(page, query, 'gemeente');
      for (const path of expected) expect(found, query).toContain(path);
      await context.close();
    });
  }

  // Issue 29: an official or common Dutch name leads to its municipality or province first.
  const dutch: [string, string, string][] = [
    ['Utrecht', 'gemeente', '/gemeenten/utrecht/'],
    ['Utrecht', 'provincie', '/provincies/utrecht/'],
    ["'s-Gravenhage", '', '/gemeenten/den-haag/'],
    ['Den Haag', '', '/gemeenten/den-haag/'],
    ['Den Bosch', '', '/gemeenten/s-hertogenbosch/'],
    ["'s-Hertogenbosch", '', '/gemeenten/s-hertogenbosch/'],
    ['Friesland', '', '/provincies/fryslan/'],
    ['Amsterdam', '', '/gemeenten/amsterdam/'],
    ['gm0363', '', '/gemeenten/amsterdam/'],
  ];
  for (const [query, type, path] of dutch)
    it(`puts ${path} first for "${query}"${type ? ` (soort ${type})` : ''}`, async () => {
      const context = await browser.newContext();
      const page = await context.newPage();
      const found = await resultsFor(page, query, type);
      expect(found[0], `${query}: ${found.slice(0, 5).join(', ')}`).toBe(path);
      await context.close();
    });

  it('finds an institution by a word from the middle of its name, and the type filter narrows (demo site)', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    // Demo institution names are "<Prefix> <Place>"; take the place of DEMO-00001 from its page.
    await page.goto(new URL('instellingen/demo-00001/', demoUrl).href);
    const name = (await page.locator('h1').textContent())!.trim();
    const word = name.split(' ').at(-1)!;
    const all = await resultsFor(page, word, '', demoUrl);
    expect(all).toContain('/instellingen/demo-00001/');
    const onlyInstitutions = await resultsFor(page, word, 'instelling', demoUrl);
    expect(onlyInstitutions.every((p) => p.startsWith('/instellingen/'))).toBe(true);
    const onlyMunicipalities = await resultsFor(page, word, 'gemeente', demoUrl);
    expect(onlyMunicipalities).not.toContain('/instellingen/demo-00001/');
    expect((await resultsFor(page, 'DEMO-00001', '', demoUrl))[0]).toBe(
      '/instellingen/demo-00001/',
    );
    await context.close();
  });

  it('badges each result with its kind of source', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const badge = async (path: string) =>
      page
        .locator(`#zoekresultaten li:has(a[href$="${path}"]) .meta`)
        .first()
        .textContent({ timeout: 10_000 });
    expect(await resultsFor(page, 'Het Hogeland', 'gemeente')).toContain(
      '/gemeenten/het-hogeland/',
    );
    expect(await badge('/gemeenten/het-hogeland/')).toContain('echte cijfers');
    await page.goto(new URL('instellingen/demo-00001/', demoUrl).href);
    const word = (await page.locator('h1').textContent())!.trim().split(' ').at(-1)!;
    await resultsFor(page, word, 'instelling', demoUrl);
    expect(await badge('/instellingen/demo-00001/')).toContain('voorbeelddata');
    await context.close();
  });

  it('keeps the query in the URL while typing, announces the count, and passes axe', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 900 } });
    const page = await context.newPage();
    await page.goto(new URL('zoeken/', baseUrl).href);
    await page.locator('#zoekterm').focus();
    await page.keyboard.type('Hasselt');
    await page.waitForFunction(
      () => /resultaten|Geen/.test(document.querySelector('#zoekstatus')?.textContent ?? ''),
      undefined,
      { timeout: 20_000 },
    );
    expect(new URL(page.url()).searchParams.get('q')).toBe('Hasselt');
    expect(await page.locator('#zoekstatus').getAttribute('aria-live')).toBe('polite');
    expect(await scanAccessibility(page)).toEqual([]);
    await context.close();
  });
});

describe('search ranks the page about a thing above pages that mention it', () => {
  const first: [string, string][] = [
    ['onderwijs', '/sectoren/onderwijs/'],
    ['gelijke kansen', '/gelijke-kansen/'],
    ['methode', '/methode/'],
    ['verkiezingen', '/verkiezingen/gr2022/'],
  ];
  for (const [query, path] of first) {
    it(`puts ${path} first for "${query}"`, async () => {
      const context = await browser.newContext();
      const page = await context.newPage();
      const found = await resultsFor(page, query);
      expect(found[0], `${query}: ${found.slice(0, 5).join(', ')}`).toBe(path);
      await context.close();
    });
  }

  const places: [string, string][] = [
    ['Gentbrugge', '/gemeenten/gent/'],
    ['9000', '/gemeenten/gent/'],
    ['Borgerhout', '/gemeenten/antwerpen/'],
    ['Kessel-Lo', '/gemeenten/leuven/'],
  ];
  for (const [query, path] of places) {
    it(`leads the locality or postcode "${query}" to ${path}`, async () => {
      const context = await browser.newContext();
      const page = await context.newPage();
      const found = await resultsFor(page, query, 'gemeente');
      expect(found.slice(0, 3), query).toContain(path);
      await context.close();
    });
  }

  it('shows more than 20 results on request, and suggests a name for a typo', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    // Many pages name a council ("gemeenteraad"): every municipality of both countries.
    const many = await resultsFor(page, 'gemeenteraad');
    expect(many).toHaveLength(20);
    await page.getByRole('button', { name: /Toon meer resultaten/ }).click();
    await expect
      .poll(() => page.locator('#zoekresultaten li > a').count(), { timeout: 15_000 })
      .toBeGreaterThan(20);
    await resultsFor(page, 'gnet');
    const suggestion = page.locator('#zoekresultaten .no-results a', { hasText: 'Gent' }).first();
    await suggestion.waitFor({ timeout: 15_000 });
    expect(new URL((await suggestion.getAttribute('href'))!, baseUrl).pathname).toBe(
      '/gemeenten/gent/',
    );
    expect(await scanAccessibility(page)).toEqual([]);
    await context.close();
  });
});
