// Proves the accessibility harness fails on a violation: a deliberately broken page must be caught.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, scanAccessibility } from './browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

describe('axe harness', () => {
  it('reports violations on a page without lang, labels, alt text and contrast', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.setContent(
      '<html><head><title>kapot</title></head><body><img src="x.png"><input type="text"><a href="#"></a>' +
        '<p style="color:#bbb;background:#fff">te licht</p></body></html>',
    );
    const violations = await scanAccessibility(page);
    const ids = violations.map((v) => v.id);
    expect(ids).toContain('html-has-lang');
    expect(ids).toContain('image-alt');
    expect(ids).toContain('label');
    expect(ids).toContain('color-contrast'); // the rule with the most nodes on a list page
    await context.close();
  });

  it('reports a violation inside an iframe of the same site', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    // Two pages of one made-up origin, so the frame is same-origin as a site's own would be.
    const pages: Record<string, string> = {
      '/buiten.html':
        '<!doctype html><html lang="nl"><head><title>buiten</title></head><body><main>' +
        '<h1>Buiten</h1><iframe title="ingebed" src="/binnen.html"></iframe></main></body></html>',
      '/binnen.html':
        '<!doctype html><html lang="nl"><head><title>binnen</title></head><body><main>' +
        '<img src="x.png"></main></body></html>',
    };
    await page.route('http://harnas.test/**', (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: pages[new URL(route.request().url()).pathname] ?? '',
      }),
    );
    await page.goto('http://harnas.test/buiten.html');
    const violations = await scanAccessibility(page);
    expect(violations.map((v) => v.id)).toContain('image-alt');
    expect(violations.find((v) => v.id === 'image-alt')?.targets[0]).toMatch(/iframe.*img/);
    await context.close();
  });

  it('reports nothing on a minimal accessible page', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.setContent(
      '<!doctype html><html lang="nl"><head><title>goed</title></head><body><main><h1>Goed</h1><p>Tekst.</p></main>' +
        // Outside every landmark: axe's best-practice rule "region", not WCAG; the scan runs the
        // WCAG 2.2 AA tags only, so this must not count.
        '<p>Buiten de landmarks.</p></body></html>',
    );
    expect(await scanAccessibility(page)).toEqual([]);
    await context.close();
  });
});
