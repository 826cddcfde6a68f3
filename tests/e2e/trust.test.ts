// Trust and permanence on the built site: JSON-LD, social images, feeds, correction banners,
// dated citations per figure, sitemap/robots, the URL manifest and the field dictionary.
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from './browser.ts';
import { missingPaths, parseManifest, publishedPaths } from '../../scripts/lib/published-urls.ts';

const baseUrl = inject('baseUrl');
const distDir = inject('distDir');
const SITE = 'https://genderdiversiteit.example.org/';
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

/** The test server's address for a URL of the published site. */
const local = (url: string) => new URL(url.replace(SITE, ''), baseUrl).href;

async function open(path: string, javaScript = true): Promise<Page> {
  const context = await browser.newContext({ javaScriptEnabled: javaScript });
  const page = await context.newPage();
  const response = await page.goto(new URL(path.replace(/^\//, ''), baseUrl).href);
  expect(response?.status()).toBe(200);
  return page;
}

describe('schema.org Dataset JSON-LD', () => {
  const pages = [
    '/instellingen/demo-00001/',
    '/gemeenten/gent/',
    '/sectoren/onderwijs/',
    '/provincies/antwerpen/',
    '/data/',
  ];
  for (const path of pages) {
    it(`${path} has a valid Dataset with downloadable CSV distributions`, async () => {
      const page = await open(path);
      const blocks = await page
        .locator('script[type="application/ld+json"]')
        .evaluateAll((nodes) => nodes.map((n) => n.textContent ?? ''));
      expect(blocks).toHaveLength(1);
      const data = JSON.parse(blocks[0]!) as Record<string, unknown>;
      expect(data['@context']).toBe('https://schema.org');
      expect(data['@type']).toBe('Dataset');
      for (const key of ['name', 'description', 'temporalCoverage', 'license', 'url']) {
        expect(typeof data[key], key).toBe('string');
        expect((data[key] as string).length, key).toBeGreaterThan(0);
      }
      expect((data.description as string).length).toBeGreaterThanOrEqual(50);
      expect(data.temporalCoverage).toMatch(/^\d{4}(-\d{2}-\d{2})?(\/\d{4}(-\d{2}-\d{2})?)?$/);
      expect((data.spatialCoverage as { name: string }).name.length).toBeGreaterThan(0);
      expect((data.creator as { name: string }).name.length).toBeGreaterThan(0);
      const distribution = data.distribution as { contentUrl: string; encodingFormat: string }[];
      expect(distribution.length).toBeGreaterThan(0);
      for (const d of distribution) {
        expect(d.encodingFormat).toBe('text/csv');
        const response = await page.request.get(local(d.contentUrl));
        expect(response.status(), d.contentUrl).toBe(200);
      }
      await page.context().close();
    });
  }
});

describe('OpenGraph and social images', () => {
  for (const path of [
    '/instellingen/demo-00001/',
    '/gemeenten/gent/',
    '/sectoren/zorg-en-welzijn/',
  ]) {
    it(`${path} points at its own PNG of the size it declares`, async () => {
      const page = await open(path);
      const meta = async (property: string) =>
        page.locator(`meta[property="${property}"]`).getAttribute('content');
      const image = (await meta('og:image'))!;
      expect(image).toMatch(/\/beelden\/[a-z]+\/[a-z0-9-]+\.png$/);
      expect(await page.locator('meta[name="twitter:card"]').getAttribute('content')).toBe(
        'summary_large_image',
      );
      const response = await page.request.get(local(image));
      expect(response.status()).toBe(200);
      const png = await response.body();
      expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
      expect(png.readUInt32BE(16)).toBe(Number(await meta('og:image:width')));
      expect(png.readUInt32BE(20)).toBe(Number(await meta('og:image:height')));
      await page.context().close();
    });
  }
});

describe('feeds, editions and corrections', () => {
  async function parseFeed(
    page: Page,
    path: string,
  ): Promise<{ title: string; entries: string[] }> {
    const text = await (await page.request.get(new URL(path.slice(1), baseUrl).href)).text();
    return page.evaluate((xml) => {
      const doc = new DOMParser().parseFromString(xml, 'application/xml');
      if (doc.querySelector('parsererror')) throw new Error('feed is not well-formed XML');
      if (doc.documentElement.namespaceURI !== 'http://www.w3.org/2005/Atom')
        throw new Error('not an Atom feed');
      return {
        title: doc.querySelector('feed > title')?.textContent ?? '',
        entries: [...doc.querySelectorAll('entry > title')].map((t) => t.textContent ?? ''),
      };
    }, text);
  }

  it('publishes well-formed Atom feeds for the site, a sector and a province', async () => {
    const page = await open('/over/');
    const site = await parseFeed(page, '/feeds/edities.xml');
    // The site leads with real figures: its feed is not a demo feed.
    expect(site.title).not.toContain('voorbeelddata');
    expect(site.entries.filter((t) => t.startsWith('Editie'))).toHaveLength(3);
    expect(site.entries.filter((t) => t.startsWith('Correctie'))).toHaveLength(1);
    const sector = await parseFeed(page, '/sectoren/onderwijs/feed.xml');
    expect(sector.entries.some((t) => t.startsWith('Editie'))).toBe(true);
    // The demo correction touches Gent (Oost-Vlaanderen), not Antwerp or the sectors.
    expect(sector.entries.some((t) => t.startsWith('Correctie'))).toBe(false);
    const east = await parseFeed(page, '/provincies/oost-vlaanderen/feed.xml');
    expect(east.entries.some((t) => t.startsWith('Correctie'))).toBe(true);
    const antwerp = await parseFeed(page, '/provincies/antwerpen/feed.xml');
    expect(antwerp.entries.some((t) => t.startsWith('Correctie'))).toBe(false);
    // Feed discovery from the pages.
    expect(await page.locator('link[rel="alternate"][type="application/atom+xml"]').count()).toBe(
      1,
    );
    await page.context().close();
  });

  it('lists editions and corrections on /over/ and shows a banner only on corrected pages', async () => {
    const over = await open('/over/');
    expect(await over.locator('#edities + ol > li').count()).toBe(3);
    expect(await over.locator('#correcties + ol a[href="/gemeenten/gent/"]').count()).toBe(1);
    await over.context().close();
    const gent = await open('/gemeenten/gent/');
    const banner = gent.locator('.correction-banner');
    expect(await banner.count()).toBe(1);
    expect(await banner.textContent()).toContain('10 maart 2026');
    await gent.context().close();
    const aalst = await open('/gemeenten/aalst/');
    expect(await aalst.locator('.correction-banner').count()).toBe(0);
    await aalst.context().close();
  });
});

describe('citations', () => {
  it('gives each figure an anchor and a citation with the date consulted', async () => {
    const page = await open('/sectoren/onderwijs/');
    const figure = page.locator('figure[id]').first();
    const id = (await figure.getAttribute('id'))!;
    const citation = (await figure.locator('code.citation').textContent())!;
    expect(citation).toContain(`${SITE}sectoren/onderwijs/#${id}`);
    expect(citation).toContain('editie van 15 april 2026');
    const today = new Intl.DateTimeFormat('nl-NL', {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
    }).format(new Date());
    expect(citation).toContain(`geraadpleegd op ${today}`);
    expect(await page.locator('#citeer ~ p code.citation, #citeer + p code.citation').count()).toBe(
      1,
    );
    await page.context().close();
  });

  it('keeps a placeholder for the date consulted without JavaScript', async () => {
    const page = await open('/gemeenten/gent/', false);
    expect(await page.locator('code.citation').first().textContent()).toContain(
      'geraadpleegd op [datum van raadplegen]',
    );
    await page.context().close();
  });
});

describe('permanence', () => {
  it('has a sitemap of canonical pages (no redirect pages) and a robots.txt that names it', () => {
    const sitemap = readFileSync(join(distDir, 'sitemap.xml'), 'utf8');
    expect(sitemap).toContain(`<loc>${SITE}gemeenten/gent/</loc>`);
    expect(sitemap).not.toContain(`<loc>${SITE}gemeenten/44021/</loc>`);
    const robots = readFileSync(join(distDir, 'robots.txt'), 'utf8');
    expect(robots).toContain(`Sitemap: ${SITE}sitemap.xml`);
  });

  it('still publishes every URL in the committed manifest', async () => {
    const manifest = parseManifest(
      readFileSync(resolve(import.meta.dirname, '../../data/gepubliceerde-urls.txt'), 'utf8'),
    );
    expect(manifest.length).toBeGreaterThan(1000);
    expect(missingPaths(manifest, await publishedPaths(distDir))).toEqual([]);
  });
});

describe('/data/ field dictionary', () => {
  function csvFiles(dir: string): string[] {
    return readdirSync(dir, { withFileTypes: true, recursive: true })
      .filter((e) => e.isFile() && e.name.endsWith('.csv'))
      .map((e) => join(e.parentPath, e.name));
  }

  it('documents every column of every CSV download', () => {
    const html = readFileSync(join(distDir, 'data', 'index.html'), 'utf8');
    const documented = new Set(
      [...html.matchAll(/id="veld-[a-z0-9-]+-([a-z0-9_]+)"/g)].map((m) => m[1]),
    );
    const undocumented = new Map<string, string>();
    for (const file of csvFiles(join(distDir, 'downloads'))) {
      const header = readFileSync(file, 'utf8')
        .replace(/^\uFEFF/, '')
        .split(/\r?\n/, 1)[0]!;
      for (const column of header.split(',')) {
        if (!documented.has(column)) undocumented.set(column, relative(distDir, file));
      }
    }
    expect(Object.fromEntries(undocumented)).toEqual({});
  });
});
