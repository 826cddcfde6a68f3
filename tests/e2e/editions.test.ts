// Editions on the default build: the archived January edition verifies with sha256sum -c, a
// municipality's January figures are on its page without JavaScript at a permanent anchor, and
// the April edition's list of changed councils and colleges equals a recomputation from the two
// archived CSV files.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
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
