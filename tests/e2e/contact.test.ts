// Reporting an error works wherever one can be reported: the footer of every page, the "Een fout
// melden" section, the 404 page and the accessibility statement name the contact of bron.json,
// with a subject that names the page; every figure gets a link naming the figure too.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, scanAccessibility } from './browser.ts';

const baseUrl = inject('baseUrl');
const distDir = inject('distDir');
const contact = (
  JSON.parse(readFileSync(join(import.meta.dirname, '../../data/bron.json'), 'utf8')) as {
    contact: string;
  }
).contact.replace(/^mailto:/, '');
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

const html = (path: string) => readFileSync(join(distDir, path), 'utf8');

describe('contact', () => {
  it('is in the footer of every kind of page, with the page in the subject', () => {
    for (const path of [
      'index.html',
      'gemeenten/gent/index.html',
      'instellingen/gm0363/index.html',
      'sectoren/onderwijs/index.html',
      'data/index.html',
    ]) {
      const page = html(path);
      const url = `https://genderdiversiteit.example.org/${path.replace(/index\.html$/, '')}`;
      expect(page, path).toContain(
        `href="mailto:${contact}?subject=${encodeURIComponent(`Fout op ${url}`)}"`,
      );
    }
  });

  it('is on /over/, the 404 page and the accessibility statement', () => {
    for (const path of ['over/index.html', '404.html', 'toegankelijkheid/index.html'])
      expect(html(path), path).toMatch(new RegExp(`href="mailto:${contact}\\?subject=[^"]+"`));
  });

  it('states the licence as the licence says (CC0: no attribution required)', () => {
    const over = html('over/index.html');
    expect(over).toContain('niet verplicht');
    expect(over).not.toContain('met\nbronvermelding');
  });

  it('gives every figure a report link naming the figure, without axe violations', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(new URL('sectoren/onderwijs/', baseUrl).href);
    const link = page.locator('figure#trend a', { hasText: 'Meld een fout in deze grafiek' });
    const href = (await link.getAttribute('href'))!;
    expect(href.startsWith(`mailto:${contact}?subject=`)).toBe(true);
    const subject = decodeURIComponent(href.split('subject=')[1]!);
    expect(subject).toContain('/sectoren/onderwijs/#trend');
    expect(subject).toContain('Aandeel vrouwen');
    expect(await scanAccessibility(page)).toEqual([]);
    await context.close();
  });
});
