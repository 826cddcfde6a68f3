// Editions on the default build: the archived January edition verifies with sha256sum -c, a
// municipality's January figures are on its page without JavaScript at a permanent anchor, and
// the April edition's list of changed councils and colleges equals a recomputation from the two
// archived CSV files.
import { execFileSync } from 'node:child_process';
import {
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
import Papa from 'papaparse';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, scanAccessibility } from './browser.ts';

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

type Row = Record<string, string>;
async function csv(path: string): Promise<Row[]> {
  const response = await fetch(new URL(path.replace(/^\//, ''), baseUrl).href);
  expect(response.status, path).toBe(200);
  return Papa.parse<Row>(await response.text(), { header: true, skipEmptyLines: true }).data;
}

describe('archived editions', () => {
  for (const datum of ['2026-01-16', '2026-04-15']) {
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
    await page.goto(new URL('instellingen/gm0363/#editie-2026-01-16', baseUrl).href);
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
    const citation = (await page
      .locator('#citeer ~ p code.citation, #citeer + p code.citation')
      .textContent())!;
    expect(citation).toContain(`${SITE}instellingen/gm0363/`);
    expect(citation).toContain(`${SITE}edities/2026-04-15/downloads/instellingen/gm0363.csv`);
    expect(citation).toContain('#editie-2026-04-15');
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
    expect(await page.locator('a[href="/edities/2026-01-16/"]').count()).toBe(1);
    expect(await page.locator('a[href="/edities/2026-04-15/"]').count()).toBe(1);
    expect(await page.locator('#zonder-archief + ul').textContent()).toContain('voorbeelddata');
    expect(await scanAccessibility(page)).toEqual([]);
    await page.goto(new URL('edities/2026-04-15/', baseUrl).href);
    expect(await scanAccessibility(page)).toEqual([]);
    const feed = await (await fetch(new URL('feeds/edities.xml', baseUrl).href)).text();
    expect(feed).toContain(`href="${SITE}edities/2026-04-15/"`);
    expect(feed).toContain(`href="${SITE}edities/2026-01-16/"`);
    await context.close();
  });
});

describe('a yearly update', () => {
  it('adds year N+1 to the demo and keeps every published URL, entity and file of year N', async () => {
    const projectDir = resolve(import.meta.dirname, '..', '..');
    const work = mkdtempSync(join(tmpdir(), 'jaar-erbij-'));
    try {
      const dataDir = join(work, 'data');
      mkdirSync(join(dataDir, 'gremia'), { recursive: true });
      for (const entry of readdirSync(join(projectDir, 'data')))
        if (entry !== 'gremia') symlinkSync(join(projectDir, 'data', entry), join(dataDir, entry));
      for (const file of readdirSync(join(projectDir, 'data', 'gremia')))
        symlinkSync(join(projectDir, 'data', 'gremia', file), join(dataDir, 'gremia', file));
      // Next year's quick-scan: this year's rows one year on (voorbeelddata, like the rest).
      const lines = readFileSync(join(projectDir, 'data', 'gremia', 'quickscan-2025.csv'), 'utf8')
        .replace(/^\uFEFF/, '')
        .split(/\r?\n/);
      writeFileSync(
        join(dataDir, 'gremia', 'quickscan-2026.csv'),
        [
          lines[0],
          ...lines
            .slice(1)
            .filter(Boolean)
            .map((l) => l.replace(/^2025([,;])/, '2026$1')),
        ].join('\n'),
      );
      writeFileSync(
        join(dataDir, 'gremia', 'quickscan-2026.csv.bron.json'),
        JSON.stringify({
          titel: 'VOORBEELDDATA quick-scan 2026',
          licentie: 'CC0-1.0',
          voorbeelddata: true,
        }),
      );
      const outDir = join(work, 'dist');
      // The build itself fails when a URL of the committed manifest is missing or shows another entity.
      await buildSite({ projectDir, dataDir, outDir, log: () => undefined });
      const files = (dir: string) =>
        readdirSync(join(dir, 'downloads'), { recursive: true, withFileTypes: true })
          .filter((e) => e.isFile())
          .map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join('/'));
      const after = new Set(files(outDir));
      expect(files(distDir).filter((f) => !after.has(f))).toEqual([]);
      expect(after.has('downloads/voorbeelddata/gremia.csv')).toBe(true);
      expect(after.has('downloads/sectoren/onderwijs-gremia-2026.csv')).toBe(true);
      expect(after.has('downloads/sectoren/onderwijs-gremia-2025.csv')).toBe(true);
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  }, 600_000);
});
