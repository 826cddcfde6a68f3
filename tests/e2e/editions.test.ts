// Editions on the default build: the archived editions verify with sha256sum -c, a
// municipality's January figures are on its page without JavaScript at a permanent anchor, the
// April edition's list of changed councils and colleges equals a recomputation from the two
// archived CSV files, and a next edition keeps every published file and point in time.
import { execFileSync } from 'node:child_process';
import {
  copyFileSync,
  cpSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve, sep } from 'node:path';
import { buildSite } from '../../scripts/lib/build-site.ts';
import { publishEdition } from '../../scripts/lib/publish-edition.ts';
import Papa from 'papaparse';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, scanAccessibility } from './browser.ts';

const baseUrl = inject('baseUrl');
const distDir = inject('distDir');
const SITE = baseUrl;

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

type Row = Record<string, string>;
async function csv(path: string): Promise<Row[]> {
  const response = await fetch(new URL(path.replace(/^\//, ''), baseUrl).href);
  expect(response.status, path).toBe(200);
  return Papa.parse<Row>(await response.text(), { header: true, skipEmptyLines: true }).data;
}

describe('archived editions', () => {
  for (const datum of ['2023-10-10', '2026-01-16', '2026-04-15', '2026-12-06']) {
    it(`/edities/${datum}/downloads/ verifies with sha256sum -c`, () => {
      const output = execFileSync('sha256sum', ['-c', 'SHA256SUMS'], {
        cwd: join(distDir, 'edities', datum, 'downloads'),
        encoding: 'utf8',
      });
      const lines = output.trim().split('\n');
      expect(lines.length).toBeGreaterThan(600);
      expect(lines.every((l) => l.endsWith(': OK'))).toBe(true);
    });
  }

  it('shows a municipality’s January figures without JavaScript at a permanent anchor', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(new URL('gemeenten/amsterdam/#editie-2026-01-16', baseUrl).href);
    const january = page.locator('#editie-2026-01-16');
    expect(await january.count()).toBe(1);
    const archived = await csv('/edities/2026-01-16/downloads/instellingen/gm0363.csv');
    const shown = await january
      .locator('tbody tr')
      .evaluateAll((rows) =>
        rows.map((r) => [...r.querySelectorAll('th, td')].map((c) => c.textContent?.trim() ?? '')),
      );
    expect(shown.map((r) => [r[0], r[2], r[3], r[4]])).toEqual(
      archived.map((r) => [r.gremium, r.vrouwen, r.mannen, r.x]),
    );
    // The citation names this edition's archived CSV next to the permanent page URL.
    const citation = await page
      .locator('#citeer ~ p code.citation, #citeer + p code.citation')
      .innerText();
    expect(citation).toContain(`${SITE}gemeenten/amsterdam/`);
    expect(citation).toContain(
      `${SITE}edities/2026-12-06/downloads/gemeenten/amsterdam-besturen.csv`,
    );
    expect(citation).toContain('#editie-2026-12-06');
    await context.close();
  });

  it('lists on /edities/2026-04-15/ exactly the boards that changed, old -> new as the two archives have them', async () => {
    const before = await csv('/edities/2026-01-16/downloads/gremia.csv');
    const after = await csv('/edities/2026-04-15/downloads/gremia.csv');
    const key = (r: Row) => `${r.instelling}|${r.gremium}`;
    const old = new Map(before.map((r) => [key(r), r]));
    const expected = new Map<string, string[]>();
    for (const r of after) {
      const o = old.get(key(r))!;
      const fields = ['vrouwen', 'mannen', 'x', 'totaal'] as const;
      if (fields.every((f) => o[f] === r[f]) && o.klasse === r.klasse) continue;
      expected.set(
        key(r),
        fields.map((f) => (o[f] === r[f] ? r[f]! : `${o[f]} → ${r[f]}`)),
      );
    }
    expect(expected.size).toBeGreaterThan(100);

    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(new URL('edities/2026-04-15/', baseUrl).href);
    const rows = await page
      .locator('section[aria-labelledby="instelling"] tbody tr')
      .evaluateAll((trs) =>
        trs.map((r) => [...r.querySelectorAll('th, td')].map((c) => c.textContent?.trim() ?? '')),
      );
    const shown = new Map(rows.map((r) => [`${r[0]}|${r[1]}`, r.slice(4, 8)]));
    expect(shown).toEqual(expected);
    // The same changes as a CSV, one row per changed measure.
    const changes = await csv('/edities/2026-04-15/veranderingen.csv');
    const changedBoards = new Set(
      changes.filter((c) => c.soort === 'instelling').map((c) => `${c.naam}|${c.onderdeel}`),
    );
    expect(changedBoards).toEqual(new Set(expected.keys()));
    await context.close();
  });

  it('lists every edition, links the archives, and announces them in the feed', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(new URL('edities/', baseUrl).href);
    for (const datum of ['2023-10-10', '2026-01-16', '2026-04-15'])
      expect(await page.locator(`a[href="/edities/${datum}/"]`).count()).toBe(1);
    expect(await page.getByText('voorbeelddata').count()).toBe(0);
    expect(await scanAccessibility(page)).toEqual([]);
    await page.goto(new URL('edities/2026-04-15/', baseUrl).href);
    expect(await scanAccessibility(page)).toEqual([]);
    const feed = await (await fetch(new URL('feeds/edities.xml', baseUrl).href)).text();
    expect(feed).toContain(`href="${SITE}edities/2026-04-15/"`);
    expect(feed).toContain(`href="${SITE}edities/2026-01-16/"`);
    await context.close();
  });
});

describe('the next edition', () => {
  it('archives this edition with its sources, adds a new register export, and keeps every published file and point in time', async () => {
    const projectDir = resolve(import.meta.dirname, '..', '..');
    const data = join(projectDir, 'data');
    const work = mkdtempSync(join(tmpdir(), 'volgende-editie-'));
    try {
      // A publisher's data directory: the bundled data, with its own copies of what changes.
      const dataDir = join(work, 'data');
      mkdirSync(join(dataDir, 'edities'), { recursive: true });
      mkdirSync(join(dataDir, 'roo'));
      for (const entry of readdirSync(data))
        if (!['edities', 'roo', 'bron.json', 'gepubliceerde-urls.txt'].includes(entry))
          symlinkSync(join(data, entry), join(dataDir, entry));
      // Copied, not linked: an archive is a directory of real files (the reader refuses links).
      for (const edition of readdirSync(join(data, 'edities')))
        cpSync(join(data, 'edities', edition), join(dataDir, 'edities', edition), {
          recursive: true,
        });
      for (const file of ['bron.json', 'gepubliceerde-urls.txt'])
        copyFileSync(join(data, file), join(dataDir, file));
      for (const file of readdirSync(join(data, 'roo')))
        copyFileSync(join(data, 'roo', file), join(dataDir, 'roo', file));
      // 1. This edition is published: archived with its register exports.
      const published = await publishEdition({ dataDir, siteDir: distDir, today: '2026-12-07' });
      expect(published.status).toBe('gepubliceerd');
      expect(readdirSync(join(dataDir, 'edities', '2026-12-06', 'bronnen', 'roo')).sort()).toEqual(
        readdirSync(join(data, 'roo')).sort(),
      );
      // 2. A new export arrives (here April's rows again, dated a year on) and a new edition date.
      for (const file of readdirSync(join(dataDir, 'roo'))) rmSync(join(dataDir, 'roo', file));
      for (const name of ['Gemeenten', 'medewerkers_Gemeenten']) {
        copyFileSync(
          join(data, 'roo', `${name}_2026-04-15.csv`),
          join(dataDir, 'roo', `${name}_2027-01-15.csv`),
        );
        writeFileSync(
          join(dataDir, 'roo', `${name}_2027-01-15.csv.bron.json`),
          JSON.stringify({
            titel: `${name} (test)`,
            url: 'https://organisaties.overheid.nl/',
            peildatum: '2027-01-15',
          }),
        );
      }
      writeFileSync(
        join(dataDir, 'bron.json'),
        JSON.stringify({
          ...JSON.parse(readFileSync(join(data, 'bron.json'), 'utf8')),
          publicatiedatum: '2027-01-20',
        }),
      );
      const outDir = join(work, 'dist');
      // The build itself fails when a URL of the manifest is missing or shows another entity.
      await buildSite({ projectDir, dataDir, outDir, log: () => undefined });
      const files = (dir: string) =>
        readdirSync(join(dir, 'downloads'), { recursive: true, withFileTypes: true })
          .filter((e) => e.isFile())
          .map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join('/'));
      const after = new Set(files(outDir));
      expect(files(distDir).filter((f) => !after.has(f))).toEqual([]);
      // The edition of 6 December is served as it was published, byte for byte.
      const archived = join('edities', '2026-12-06', 'downloads', 'SHA256SUMS');
      expect(readFileSync(join(outDir, archived), 'utf8')).toBe(
        readFileSync(join(distDir, archived), 'utf8'),
      );
      // April stays a point of the series (read from the archived edition's sources), beside January 2027.
      const series = Papa.parse<Row>(
        readFileSync(join(outDir, 'downloads', 'gemeentebesturen.csv'), 'utf8'),
        {
          header: true,
          skipEmptyLines: true,
        },
      ).data;
      const dates = new Set(series.map((r) => `${r.peildatum} ${r.bronsoort}`));
      for (const point of [
        '2022-03-16 verkiezingsuitslag',
        '2023-10-10 register',
        '2026-01-16 register',
        '2026-04-15 register',
        '2027-01-15 register',
      ])
        expect(dates.has(point), point).toBe(true);
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  }, 600_000);
});
