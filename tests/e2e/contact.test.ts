// Reporting an error works wherever one can be reported. With a contact in bron.json (the demo
// site has one under the reserved .example domain) the footer of every page, the "Een fout
// melden" section, the 404 page and the accessibility statement name it, with a subject that
// names the page, and every figure gets a link naming the figure too. The public site's
// bron.json names no contact: it then says so, and links to no mailbox at all.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { DEMO_CONTACT } from '../../scripts/demo/write-demo.ts';
import { launchBrowser, scanAccessibility } from './browser.ts';

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

const html = (path: string, dir = demoDir) => readFileSync(join(dir, path), 'utf8');

describe('contact on a site whose bron.json names one (the demo site)', () => {
  it('is in the footer of every kind of page, with the page in the subject', () => {
    for (const path of [
      'index.html',
      'gemeenten/gent/index.html',
      'instellingen/demo-00001/index.html',
      'sectoren/onderwijs/index.html',
      'data/index.html',
    ]) {
      const url = `${demoUrl}${path.replace(/index\.html$/, '')}`;
      expect(html(path), path).toContain(
        `href="mailto:${DEMO_CONTACT}?subject=${encodeURIComponent(`Fout op ${url}`)}"`,
      );
    }
  });

  it('is on /over/, the 404 page and the accessibility statement', () => {
    for (const path of ['over/index.html', '404.html', 'toegankelijkheid/index.html'])
      expect(html(path), path).toMatch(new RegExp(`href="mailto:${DEMO_CONTACT}\\?subject=[^"]+"`));
  });

  it('gives every figure a report link naming the figure, without axe violations', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(new URL('sectoren/onderwijs/', demoUrl).href);
    const link = page.locator('figure#trend a', { hasText: 'Meld een fout in deze grafiek' });
    const href = (await link.getAttribute('href'))!;
    expect(href.startsWith(`mailto:${DEMO_CONTACT}?subject=`)).toBe(true);
    const subject = decodeURIComponent(href.split('subject=')[1]!);
    expect(subject).toContain('/sectoren/onderwijs/#trend');
    expect(subject).toContain('Aandeel vrouwen');
    expect(await scanAccessibility(page)).toEqual([]);
    await context.close();
  });
});

describe('the public site, whose bron.json names no contact', () => {
  it('says so where one reports an error, and links no mailbox', () => {
    for (const path of ['over/index.html', '404.html', 'toegankelijkheid/index.html']) {
      const page = html(path, distDir);
      expect(page, path).toContain('Deze editie noemt geen contactadres van de uitgever.');
      expect(page, path).not.toContain('mailto:');
    }
    for (const path of ['index.html', 'gemeenten/amsterdam/index.html', 'data/index.html'])
      expect(html(path, distDir), path).not.toContain('Fout gezien?');
  });

  it('states the licence as the licence says (CC0: no attribution required)', () => {
    const over = html('over/index.html', distDir);
    expect(over).toContain('niet verplicht');
    expect(over).not.toContain('met\nbronvermelding');
  });
});
