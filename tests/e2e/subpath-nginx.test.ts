// Hosting: the site built with BASE_PATH=/genderdiversiteit/ and served by Debian's nginx with
// the documented configuration (scripts/nginx/site.conf). Every internal link and asset stays
// under the sub-path, search and comparison work under the Content-Security-Policy, and the
// headers and cache lifetimes are what the README promises.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { buildSite } from '../../scripts/lib/build-site.ts';
import { standaloneConfig } from '../../scripts/lib/nginx-config.ts';
import { launchBrowser, scanAccessibility } from './browser.ts';

const NGINX = process.env.NGINX_PATH ?? '/usr/sbin/nginx';
const BASE = '/genderdiversiteit/';
const projectDir = resolve(import.meta.dirname, '..', '..');

let work = '';
let nginx: ChildProcess | null = null;
let origin = '';
let browser: Browser;

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address
          ? done(address.port)
          : fail(new Error('geen vrije poort')),
      );
    });
  });
}

async function waitFor(url: string): Promise<void> {
  for (let i = 0; i < 100; i++) {
    try {
      await fetch(url);
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  throw new Error(`nginx antwoordt niet op ${url}`);
}

// Without nginx (a machine with only Node and npm) this file is skipped, saying so; CI installs
// nginx and sets REQUIRE_NGINX=1, so there it always runs.
const hasNginx = existsSync(NGINX);
if (!hasNginx) {
  const how = `nginx niet gevonden op ${NGINX}: de hostingtest onder ${BASE} wordt OVERGESLAGEN. Aanzetten: apt-get install -y nginx (of zet NGINX_PATH).`;
  if (process.env.REQUIRE_NGINX === '1') throw new Error(how);
  console.warn(how);
}

beforeAll(async () => {
  if (!hasNginx) return;
  work = mkdtempSync(join(tmpdir(), 'subpad-'));
  const dist = join(work, 'dist');
  await buildSite({
    projectDir,
    dataDir: join(projectDir, 'data'),
    outDir: dist,
    basePath: BASE,
    log: () => undefined,
  });
  const port = await freePort();
  mkdirSync(join(work, 'nginx'));
  const config = join(work, 'nginx', 'nginx.conf');
  writeFileSync(
    config,
    standaloneConfig(
      { listen: `127.0.0.1:${port}`, root: dist, base: BASE },
      join(work, 'nginx'),
      process.getuid?.() === 0,
    ),
  );
  nginx = spawn(NGINX, ['-p', join(work, 'nginx'), '-c', config, '-e', 'stderr'], {
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  origin = `http://127.0.0.1:${port}`;
  await waitFor(`${origin}${BASE}`);
  browser = await launchBrowser();
}, 600_000);

afterAll(async () => {
  await browser?.close();
  nginx?.kill('SIGQUIT');
  if (work) rmSync(work, { recursive: true, force: true });
});

function watchCsp(page: Page): string[] {
  const violations: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
  });
  page.on('pageerror', (e) => violations.push(e.message));
  return violations;
}

describe.skipIf(!hasNginx)(`site under ${BASE} on nginx`, () => {
  it('serves pages with the security headers and cache lifetimes of the documented config', async () => {
    const page = await fetch(`${origin}${BASE}gemeenten/gent/`);
    expect(page.status).toBe(200);
    const csp = page.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    expect(page.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    expect(page.headers.get('cache-control')).toContain('max-age=300');
    const html = await page.text();
    const asset = /src="(\/genderdiversiteit\/_astro\/[^"]+\.js)"/.exec(html)?.[1];
    expect(asset).toBeDefined();
    const script = await fetch(`${origin}${asset}`);
    expect(script.status).toBe(200);
    expect(script.headers.get('cache-control')).toContain('immutable');
    const csv = await fetch(`${origin}${BASE}downloads/gemeenten.csv`);
    expect(csv.status).toBe(200);
    expect(csv.headers.get('cache-control')).toContain('max-age=300');
    expect((await fetch(`${origin}${BASE}bestaat-niet/`)).status).toBe(404);
    // pages may not be framed; their figures' embed pages may, by any site
    expect(csp).toContain("frame-ancestors 'none'");
    const embed = await fetch(
      `${origin}${BASE}gemeenten/amsterdam/insluiten-raad-vergelijking.html`,
    );
    expect(embed.status).toBe(200);
    expect(embed.headers.get('content-type')).toContain('text/html');
    const embedCsp = embed.headers.get('content-security-policy') ?? '';
    expect(embedCsp).toContain('frame-ancestors *');
    expect(embedCsp).toContain("script-src 'self'");
    expect(await embed.text()).toContain(`href="${BASE}_astro/`);
    expect((await fetch(`${origin}${BASE}gemeenten/gent/insluiten-bestaat-niet.html`)).status).toBe(
      404,
    );
    expect((await fetch(`${origin}${BASE.slice(0, -1)}`, { redirect: 'manual' })).status).toBe(301);
    // A URL retired on purpose (a demo institution of an earlier edition) is gone, with its reason.
    const gone = await fetch(`${origin}${BASE}instellingen/demo-00001/`);
    expect(gone.status).toBe(410);
    expect(await gone.text()).toContain('Fictieve instelling');
  });

  it('keeps every internal link and asset of the crawled pages under the sub-path, and they load', async () => {
    const seen = new Set<string>([`${BASE}`]);
    const queue = [`${BASE}`];
    const targets = new Set<string>();
    let crawled = 0;
    while (queue.length > 0 && crawled < 60) {
      const path = queue.shift()!;
      const response = await fetch(`${origin}${path}`);
      expect(response.status, path).toBe(200);
      crawled += 1;
      const html = await response.text();
      for (const m of html.matchAll(/(?:href|src|content)="(\/[^"#?]*)[^"]*"/g)) {
        const link = m[1]!;
        expect(link.startsWith(BASE), `${path} -> ${link}`).toBe(true);
        targets.add(link);
        if (link.endsWith('/') && !seen.has(link)) {
          seen.add(link);
          queue.push(link);
        }
      }
    }
    expect(crawled).toBe(60);
    for (const link of targets) {
      const response = await fetch(`${origin}${link}`, { method: 'HEAD' });
      expect(response.status, link).toBe(200);
    }
  });

  it('finds pages with search and shows a comparison under the CSP, without violations', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const violations = watchCsp(page);
    await page.goto(`${origin}${BASE}zoeken/?q=Kruibeke&type=gemeente`);
    await page.waitForFunction(
      () => (document.querySelector('#zoekstatus')?.textContent ?? '') !== '',
      undefined,
      { timeout: 20_000 },
    );
    const found = await page
      .locator('#zoekresultaten li > a')
      .evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(found).toContain(`${BASE}gemeenten/kruibeke/`);
    await page.goto(`${origin}${BASE}vergelijken/?instellingen=gm0363,gm0599`);
    await page.locator('#vergelijking table').first().waitFor({ timeout: 20_000 });
    const names = await page.locator('#vergelijking tbody th a').allTextContents();
    expect(names.map((n) => n.trim())).toContain('Gemeente Amsterdam');
    const link = await page
      .getByRole('link', { name: 'Gemeente Amsterdam', exact: true })
      .getAttribute('href');
    expect(link?.startsWith(BASE)).toBe(true);
    expect(await scanAccessibility(page)).toEqual([]);
    expect(violations).toEqual([]);
    await context.close();
  });

  it('redirects a NIS URL to the slug page under the sub-path', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${origin}${BASE}gemeenten/44021/`);
    await page.waitForURL(`${origin}${BASE}gemeenten/gent/`, { timeout: 15_000 });
    expect(await page.locator('h1').textContent()).toContain('Gent');
    await context.close();
  });
});
