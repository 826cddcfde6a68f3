// What a journalist takes away from a figure: an embed page with only that figure (its summary,
// source line and a link back, without JS, passing axe), the embed code on the figure's page, and
// beside every figure's CSV a metadata file that defines each column the CSV has.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { parse } from 'node-html-parser';
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

const read = (path: string) => readFileSync(join(distDir, path), 'utf8');

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
  it('exist for every figure of a page, with only that figure', () => {
    const page = parse(read('gemeenten/gent/index.html'));
    const ids = page
      .querySelectorAll('figure[id]')
      .filter((f) => f.querySelector('div.chart'))
      .map((f) => f.id);
    expect(ids.length).toBeGreaterThanOrEqual(2);
    for (const id of ids) {
      const embed = parse(read(`gemeenten/gent/insluiten-${id}.html`));
      expect(embed.querySelectorAll('figure')).toHaveLength(1);
      expect(embed.querySelector('figure')!.id).toBe(id);
      const original = page.querySelector(`figure#${id}`)!;
      // the same chart and summary as on the page
      expect(embed.querySelector('div.chart')!.innerHTML).toBe(
        original.querySelector('div.chart')!.innerHTML,
      );
      expect(embed.querySelector('p.summary')!.text).toBe(
        original.querySelector('p.summary')!.text,
      );
      // a link back to the figure on its page, and the demo label where the figures are demo data
      expect(embed.querySelectorAll('a').map((a) => a.getAttribute('href'))).toContain(
        `https://genderdiversiteit.example.org/gemeenten/gent/#${id}`,
      );
      expect(embed.querySelector('meta[name="robots"]')!.getAttribute('content')).toBe('noindex');
      expect(embed.querySelector('.demo-label')?.text).toContain('Voorbeelddata');
      // no site header, navigation or footer
      expect(embed.querySelector('header, nav, footer')).toBeNull();
    }
  });

  it('offer the iframe code on the figure itself, pointing at the embed page', () => {
    const page = parse(read('sectoren/onderwijs/index.html'));
    const code = page.querySelector('figure#trend code[data-copy]')!.text;
    expect(code).toMatch(
      /^<iframe src="https:\/\/genderdiversiteit\.example\.org\/sectoren\/onderwijs\/insluiten-trend\.html" title="[^"]+" width="100%" height="\d+"/,
    );
    expect(statSync(join(distDir, 'sectoren/onderwijs/insluiten-trend.html')).isFile()).toBe(true);
  });

  for (const width of [390, 640]) {
    it(`show the figure without JS and pass axe at ${width}px`, async () => {
      const context = await browser.newContext({
        viewport: { width, height: 700 },
        javaScriptEnabled: false,
      });
      const page = await context.newPage();
      await page.goto(new URL('gemeenten/gent/insluiten-raad-vergelijking.html', baseUrl).href);
      await expect.poll(() => page.locator('figure svg').count()).toBe(1);
      expect(await page.locator('figcaption').textContent()).toContain('Gent');
      expect(await page.locator('p.meta').textContent()).toMatch(/Bron: .+Peildatum: /);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
      await context.close();
      const withJs = await browser.newContext({ viewport: { width, height: 700 } });
      const scanned = await withJs.newPage();
      await scanned.goto(new URL('gemeenten/gent/insluiten-raad-vergelijking.html', baseUrl).href);
      expect(await scanAccessibility(scanned)).toEqual([]);
      await withJs.close();
    });
  }

  it('fit the height the embed code gives them, in an iframe on another page', async () => {
    const context = await browser.newContext({ viewport: { width: 700, height: 900 } });
    const page = await context.newPage();
    const checked: string[] = [];
    for (const path of [
      'sectoren/onderwijs/',
      'gemeenten/gent/',
      'provincies/limburg/',
      'instellingen/gm0363/',
      'gelijke-kansen/',
      'sectoren/',
    ]) {
      await page.goto(new URL(path, baseUrl).href);
      const codes = await page.locator('figure code[data-copy]').allTextContents();
      expect(codes.length, path).toBeGreaterThan(0);
      for (const code of codes) {
        const height = Number(/height="(\d+)"/.exec(code)![1]);
        const src = /src="([^"]+)"/
          .exec(code)![1]!
          .replace('https://genderdiversiteit.example.org/', baseUrl);
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
        await page.goto(new URL(path, baseUrl).href);
      }
    }
    expect(checked.length).toBeGreaterThan(8);
    await context.close();
  });
});

describe('metadata beside each figure CSV', () => {
  it('is linked from the figure and defines every column of the CSV, with source and licence', () => {
    const page = parse(read('gemeenten/gent/index.html'));
    const figure = page.querySelector('figure#raad-vergelijking')!;
    const links = figure.querySelectorAll('p.meta a').map((a) => a.getAttribute('href')!);
    const csv = links.find((h) => h.endsWith('.csv'))!;
    const meta = links.find((h) => h.endsWith('.metadata.json'))!;
    expect(meta).toBe(csv.replace(/\.csv$/, '.metadata.json'));
    const metadata = JSON.parse(read(meta.slice(1))) as Metadata;
    const header = read(csv.slice(1)).split('\n')[0]!.split(',');
    expect(metadata.schema.fields.map((f) => f.name)).toEqual(header);
    for (const field of metadata.schema.fields) expect(field.description.length).toBeGreaterThan(5);
    expect(metadata.path).toBe(`https://genderdiversiteit.example.org${csv}`);
    expect(metadata.voorbeelddata).toBe(true);
    expect(metadata.title).toContain('voorbeelddata');
    expect(metadata.sources.length).toBeGreaterThan(0);
    expect(metadata.sources.every((s) => /mandat|gender per persoon/i.test(s.title))).toBe(true);
    expect(metadata.licenses[0]!.name).toBeTruthy();
    expect(metadata.figuren[0]!.url).toBe(
      'https://genderdiversiteit.example.org/gemeenten/gent/#raad-vergelijking',
    );
    expect(metadata.figuren[0]!.citeer).toContain(metadata.figuren[0]!.url);
    expect(metadata.figuren[0]!.insluiten).toMatch(/insluiten-raad-vergelijking\.html$/);
  });

  it("names each institution's file after its page, not after the first of its boards", () => {
    const page = parse(read('instellingen/gm0363/index.html'));
    const captions = page.querySelectorAll('figure[id] figcaption').map((c) => c.text.trim());
    expect(captions.length).toBeGreaterThan(1);
    const amsterdam = JSON.parse(read('downloads/instellingen/gm0363.metadata.json')) as Metadata;
    expect(amsterdam.title).toBe('Gremia per jaar: Gemeente Amsterdam');
    expect(amsterdam.figuren.map((f) => f.titel)).toEqual(captions);
    // Every institution with figures, one or several: its page's heading names the file.
    let named = 0;
    for (const id of readdirSync(join(distDir, 'instellingen'))) {
      const metadata = JSON.parse(read(`downloads/instellingen/${id}.metadata.json`)) as Metadata;
      if (metadata.figuren.length === 0) continue;
      // only the heading is parsed: 3,000 whole pages would cost seconds on a busy machine
      const h1 = /<h1[^>]*>[\s\S]*?<\/h1>/.exec(read(`instellingen/${id}/index.html`))![0];
      const heading = parse(h1).text;
      const demo = metadata.voorbeelddata ? ' (voorbeelddata)' : '';
      expect(metadata.title, id).toBe(`Gremia per jaar: ${heading.trim()}${demo}`);
      named++;
    }
    expect(named).toBeGreaterThan(1000);
  });

  it('is covered by SHA256SUMS, which still verifies every download', () => {
    const output = execFileSync('sha256sum', ['-c', '--quiet', 'SHA256SUMS'], {
      cwd: join(distDir, 'downloads'),
      encoding: 'utf8',
    });
    expect(output).toBe('');
    const listed = read('downloads/SHA256SUMS');
    expect(listed).toContain('  gemeenten/gent-vergelijking.metadata.json\n');
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
