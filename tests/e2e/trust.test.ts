// Trust and permanence on the built site: JSON-LD, social images, feeds, correction banners,
// dated citations per figure, sitemap/robots, the URL manifest and the field dictionary.
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from './browser.ts';
import { missingPaths, parseManifest, publishedPaths } from '../../scripts/lib/published-urls.ts';
import { parseRetired } from '../../src/domain/url-manifest.ts';

const baseUrl = inject('baseUrl');
const distDir = inject('distDir');
/** The site is served at the origin its build targets: its absolute links work here as they are. */
const SITE = baseUrl;
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
    '/gemeenten/amsterdam/',
    '/provincies/utrecht/',
    '/gemeenten/gent/',
    '/sectoren/onderwijs/',
    '/sectoren/gemeenten/',
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
      // ISO 8601: a year, month or day, or an interval of two.
      expect(data.temporalCoverage).toMatch(/^\d{4}(-\d{2}){0,2}(\/\d{4}(-\d{2}){0,2})?$/);
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
    '/gemeenten/amsterdam/',
    '/provincies/fryslan/',
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
    expect(site.title).not.toContain('voorbeelddata');
    // The four real editions, no demo edition and no correction (there has been none).
    expect(site.entries.filter((t) => t.startsWith('Editie'))).toHaveLength(4);
    expect(site.entries.filter((t) => t.startsWith('Correctie'))).toHaveLength(0);
    const sector = await parseFeed(page, '/sectoren/onderwijs/feed.xml');
    expect(sector.entries.some((t) => t.startsWith('Editie'))).toBe(true);
    const antwerp = await parseFeed(page, '/provincies/antwerpen/feed.xml');
    expect(antwerp.entries.some((t) => t.startsWith('Correctie'))).toBe(false);
    // Feed discovery from the pages.
    expect(await page.locator('link[rel="alternate"][type="application/atom+xml"]').count()).toBe(
      1,
    );
    await page.context().close();
  });

  it('lists the real editions on /over/, and no page carries a correction banner', async () => {
    const over = await open('/over/');
    expect(await over.locator('#edities + ol > li').count()).toBe(4);
    expect(await over.locator('#correcties + ol a').count()).toBe(0);
    await over.context().close();
    for (const path of ['/gemeenten/gent/', '/gemeenten/amsterdam/']) {
      const page = await open(path);
      expect(await page.locator('.correction-banner').count()).toBe(0);
      await page.context().close();
    }
  });
});

describe('citations', () => {
  it('gives each figure an anchor and a citation with the date consulted', async () => {
    const page = await open('/gemeenten/amsterdam/');
    const figure = page.locator('figure[id]').first();
    const id = (await figure.getAttribute('id'))!;
    // The citation sits in a closed <details>: its text, not its rendering, is what is copied.
    const citation = (await figure.locator('code.citation').textContent()) ?? '';
    expect(citation).toContain(`${SITE}gemeenten/amsterdam/#${id}`);
    expect(citation).toContain('editie van 6 december 2026');
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
    expect(await page.locator('code.citation').first().innerText()).toContain(
      'geraadpleegd op [datum van raadplegen]',
    );
    await page.context().close();
  });
});

describe('permanence', () => {
  it('has a sitemap of canonical pages (no redirect pages) and a robots.txt that names it', () => {
    const sitemap = readFileSync(join(distDir, 'sitemap.xml'), 'utf8');
    expect(sitemap).toContain(`<loc>${SITE}gemeenten/gent/</loc>`);
    expect(sitemap).toContain(`<loc>${SITE}gemeenten/amsterdam/</loc>`);
    expect(sitemap).not.toContain(`<loc>${SITE}gemeenten/44021/</loc>`);
    expect(sitemap).not.toContain(`<loc>${SITE}instellingen/gm0363/</loc>`);
    const robots = readFileSync(join(distDir, 'robots.txt'), 'utf8');
    expect(robots).toContain(`Sitemap: ${SITE}sitemap.xml`);
  });

  it('still publishes every URL in the committed manifest, or lists it as retired with a reason', async () => {
    const data = resolve(import.meta.dirname, '../../data');
    const manifest = parseManifest(readFileSync(join(data, 'gepubliceerde-urls.txt'), 'utf8'));
    const retired = parseRetired(readFileSync(join(data, 'vervallen-urls.txt'), 'utf8'));
    expect(retired.errors).toEqual([]);
    expect(manifest.length).toBeGreaterThan(1000);
    const retiredPaths = new Set(retired.urls.map((u) => u.path));
    expect(
      missingPaths(manifest, await publishedPaths(distDir)).filter((p) => !retiredPaths.has(p)),
    ).toEqual([]);
    // Every reason has its page; every retired URL answers 410 with it (served like nginx does).
    for (const reden of new Set(retired.urls.map((u) => u.reden)))
      expect(readFileSync(join(distDir, 'vervallen', reden, 'index.html'), 'utf8')).toContain(
        'vervallen',
      );
    const sample = retired.urls.filter((_, i) => i % 500 === 0);
    for (const u of sample) {
      const response = await fetch(new URL(u.path.slice(1), baseUrl));
      expect(response.status, u.path).toBe(410);
    }
  });

  it('names no placeholder host and publishes nothing built from voorbeelddata', () => {
    const files = readdirSync(distDir, { withFileTypes: true, recursive: true })
      // Pagefind's own scripts are the library's code (its comments name example.com), not ours.
      .filter((e) => e.isFile() && /\.(html|xml|json|csv|txt|js)$/.test(e.name))
      .filter((e) => !relative(distDir, e.parentPath).startsWith('pagefind'))
      .map((e) => join(e.parentPath, e.name));
    const offending: string[] = [];
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      if (/example\.(org|com|net)/.test(text))
        offending.push(`${relative(distDir, file)}: example.*`);
      if (/"bronsoort":"voorbeelddata"|,voorbeelddata\b|class="demo-banner"/.test(text))
        offending.push(`${relative(distDir, file)}: voorbeelddata`);
    }
    expect(offending.slice(0, 20)).toEqual([]);
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
