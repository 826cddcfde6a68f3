// What a journalist takes away from a figure: an embed page with only that figure (its summary,
// source line and a link back, without JS, passing axe), the embed code on the figure's page, and
// beside every figure's CSV a metadata file that defines each column the CSV has.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { parse } from 'node-html-parser';
import { launchBrowser, scanAccessibility } from './browser.ts';

const baseUrl = inject('baseUrl');
const distDir = inject('distDir');
const demoUrl = inject('demoUrl');
const demoDir = inject('demoDir');
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

const read = (path: string, dir = distDir) => readFileSync(join(dir, path), 'utf8');

// A real municipality on the public site, a Flemish one built from generated data on the demo
// site: the embed of each says what it is (no demo label on the first, one on the second).
const SITES = [
  { name: 'openbare site', dir: distDir, url: baseUrl, page: 'gemeenten/amsterdam/', demo: false },
  { name: 'voorbeeldsite', dir: demoDir, url: demoUrl, page: 'gemeenten/gent/', demo: true },
];

interface Metadata {
  title: string;
  path: string;
  hash: string;
  voorbeelddata: boolean;
  schema: { fields: { name: string; type: string; description: string }[] };
  sources: { title: string; peildatum?: string }[];
  licenses: { name: string; path?: string }[];
  editie: { datum: string };
  figuren: { titel: string; url: string; citeer: string; insluiten: string }[];
}

describe('embed pages', () => {
  for (const site of SITES)
    it(`exist for every figure of a page, with only that figure (${site.name})`, () => {
      const page = parse(read(`${site.page}index.html`, site.dir));
      const ids = page
        .querySelectorAll('figure[id]')
        .filter((f) => f.querySelector('div.chart'))
        .map((f) => f.id);
      expect(ids.length).toBeGreaterThanOrEqual(2);
      for (const id of ids) {
        const embed = parse(read(`${site.page}insluiten-${id}.html`, site.dir));
        expect(embed.querySelectorAll('figure')).toHaveLength(1);
        expect(embed.querySelector('figure')!.id).toBe(id);
        const original = page.querySelector(`figure#${id}`)!;
        // the same chart and summary as on the page
        expect(embed.querySelector('div.chart')!.innerHTML).toBe(
          original.querySelector('div.chart')!.innerHTML,
        );
        // the same words (whitespace around them is markup, not content)
        expect(embed.querySelector('p.summary')!.text.trim()).toBe(
          original.querySelector('p.summary')!.text.trim(),
        );
        // a link back to the figure on its page, and the demo label only on demo figures
        expect(embed.querySelectorAll('a').map((a) => a.getAttribute('href'))).toContain(
          `${site.url}${site.page}#${id}`,
        );
        expect(embed.querySelector('meta[name="robots"]')!.getAttribute('content')).toBe('noindex');
        if (site.demo) expect(embed.querySelector('.demo-label')?.text).toContain('Voorbeelddata');
        else expect(embed.querySelector('.demo-label')).toBeNull();
        // no site header, navigation or footer
        expect(embed.querySelector('header, nav, footer')).toBeNull();
      }
    });

  it('offer the iframe code on the figure itself, pointing at the embed page', () => {
    const page = parse(read('sectoren/onderwijs/index.html'));
    const code = page.querySelector('figure#gepubliceerd code[data-copy]')!.text;
    expect(
      code.startsWith(
        `<iframe src="${baseUrl}sectoren/onderwijs/insluiten-gepubliceerd.html" title="`,
      ),
    ).toBe(true);
    expect(code).toMatch(/ width="100%" height="\d+"/);
    expect(statSync(join(distDir, 'sectoren/onderwijs/insluiten-gepubliceerd.html')).isFile()).toBe(
      true,
    );
  });

  for (const width of [390, 640]) {
    it(`show the figure without JS and pass axe at ${width}px`, async () => {
      const context = await browser.newContext({
        viewport: { width, height: 700 },
        javaScriptEnabled: false,
      });
      const page = await context.newPage();
      await page.goto(
        new URL('gemeenten/amsterdam/insluiten-raad-vergelijking.html', baseUrl).href,
      );
      // Without JS the page is complete once loaded: its one chart is in the HTML.
      expect(await page.locator('figure svg').count()).toBe(1);
      expect(await page.locator('figcaption').textContent()).toContain('Amsterdam');
      expect(await page.locator('p.meta').textContent()).toMatch(/Bron: .+Peildatum: /);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
      await context.close();
      const withJs = await browser.newContext({ viewport: { width, height: 700 } });
      const scanned = await withJs.newPage();
      await scanned.goto(
        new URL('gemeenten/amsterdam/insluiten-raad-vergelijking.html', baseUrl).href,
      );
      expect(await scanAccessibility(scanned)).toEqual([]);
      await withJs.close();
    });
  }

  it('fit the height the embed code gives them, in an iframe on another page', async () => {
    const context = await browser.newContext({ viewport: { width: 700, height: 900 } });
    const page = await context.newPage();
    const checked: string[] = [];
    for (const [path, url] of [
      ['sectoren/onderwijs/', baseUrl],
      ['gemeenten/amsterdam/', baseUrl],
      ['provincies/utrecht/', baseUrl],
      ['sectoren/gemeenten/', baseUrl],
      ['verkiezingen/gr2022/', baseUrl],
      ['gemeenten/gent/', demoUrl],
      ['gelijke-kansen/', demoUrl],
    ] as const) {
      await page.goto(new URL(path, url).href);
      const codes = await page.locator('figure code[data-copy]').allTextContents();
      expect(codes.length, path).toBeGreaterThan(0);
      for (const code of codes) {
        const height = Number(/height="(\d+)"/.exec(code)![1]);
        const src = /src="([^"]+)"/.exec(code)![1]!;
        await page.setContent(
          `<main><iframe src="${src}" title="t" width="640" height="${height}"></iframe></main>`,
        );
        const frame = page.frameLocator('iframe');
        await frame.locator('figure svg').first().waitFor();
        const used = await frame.locator('html').evaluate((h) => h.scrollHeight);
        // no inner scrollbar at a 640 px article column, and not much empty space either
        expect(used, src).toBeLessThanOrEqual(height);
        expect(used, src).toBeGreaterThan(height * 0.6);
        checked.push(src);
        await page.goto(new URL(path, url).href);
      }
    }
    expect(checked.length).toBeGreaterThan(8);
    await context.close();
  });
});

describe('metadata beside each figure CSV', () => {
  for (const site of SITES)
    it(`is linked from the figure and defines every column of the CSV, with source and licence (${site.name})`, () => {
      const page = parse(read(`${site.page}index.html`, site.dir));
      const figure = page.querySelector('figure#raad-vergelijking')!;
      const links = figure.querySelectorAll('p.meta a').map((a) => a.getAttribute('href')!);
      const csv = links.find((h) => h.endsWith('.csv'))!;
      const meta = links.find((h) => h.endsWith('.metadata.json'))!;
      expect(meta).toBe(csv.replace(/\.csv$/, '.metadata.json'));
      const metadata = JSON.parse(read(meta.slice(1), site.dir)) as Metadata;
      const header = read(csv.slice(1), site.dir).split('\n')[0]!.split(',');
      expect(metadata.schema.fields.map((f) => f.name)).toEqual(header);
      for (const field of metadata.schema.fields)
        expect(field.description.length).toBeGreaterThan(5);
      expect(metadata.path).toBe(`${site.url}${csv.slice(1)}`);
      expect(metadata.voorbeelddata).toBe(site.demo);
      expect(metadata.title.includes('voorbeelddata')).toBe(site.demo);
      expect(metadata.sources.length).toBeGreaterThan(0);
      const sourcePattern = site.demo
        ? /mandat|gender per persoon/i
        : /Register van Overheidsorganisaties|Kiesraad/;
      for (const source of metadata.sources) expect(source.title).toMatch(sourcePattern);
      expect(metadata.licenses[0]!.name).toBeTruthy();
      const figureEntry = metadata.figuren.find((f) => f.url.endsWith('#raad-vergelijking'))!;
      expect(figureEntry.url).toBe(`${site.url}${site.page}#raad-vergelijking`);
      expect(figureEntry.citeer).toContain(figureEntry.url);
      expect(figureEntry.insluiten).toMatch(/insluiten-raad-vergelijking\.html$/);
    });

  it("names each institution's file after its page, not after the first of its boards", () => {
    // Institutions with figures exist on the demo site only (the quick-scan per institution is
    // not public); the file is named after the page's heading, without the VOORBEELD mark.
    let named = 0;
    let several = 0;
    for (const id of readdirSync(join(demoDir, 'instellingen'))) {
      const path = `downloads/instellingen/${id}.metadata.json`;
      if (!existsSync(join(demoDir, path))) continue;
      const metadata = JSON.parse(read(path, demoDir)) as Metadata;
      if (metadata.figuren.length === 0) continue;
      // only the heading is parsed: 2,700 whole pages would cost seconds on a busy machine
      const h1 = parse(
        /<h1[^>]*>[\s\S]*?<\/h1>/.exec(read(`instellingen/${id}/index.html`, demoDir))![0],
      );
      for (const mark of h1.querySelectorAll('.voorbeeld-mark')) mark.remove();
      expect(metadata.title, id).toBe(`Gremia per jaar: ${h1.text.trim()} (voorbeelddata)`);
      if (metadata.figuren.length > 1) several++;
      named++;
    }
    expect(named).toBeGreaterThan(1000);
    expect(several).toBeGreaterThan(100);
  });

  it('is covered by SHA256SUMS, which still verifies every download', () => {
    const output = execFileSync('sha256sum', ['-c', '--quiet', 'SHA256SUMS'], {
      cwd: join(distDir, 'downloads'),
      encoding: 'utf8',
    });
    expect(output).toBe('');
    const listed = read('downloads/SHA256SUMS');
    expect(listed).toContain('  gemeenten/amsterdam-gebieden.metadata.json\n');
  });

  it('carries the CSV hash and exists for every CSV download', async () => {
    const { createHash } = await import('node:crypto');
    const csvs: string[] = [];
    const walk = (dir: string) => {
      for (const entry of readdirSync(join(distDir, dir), { withFileTypes: true })) {
        const rel = `${dir}/${entry.name}`;
        if (entry.isDirectory()) walk(rel);
        else if (entry.name.endsWith('.csv')) csvs.push(rel);
      }
    };
    walk('downloads');
    expect(csvs.length).toBeGreaterThan(1000);
    for (const csv of csvs) {
      const metadata = JSON.parse(read(csv.replace(/\.csv$/, '.metadata.json'))) as Metadata;
      const hash = createHash('sha256')
        .update(readFileSync(join(distDir, csv)))
        .digest('hex');
      expect(metadata.hash, csv).toBe(`sha256:${hash}`);
    }
  });
});
