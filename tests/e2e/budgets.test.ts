// Size budgets of SITE.md §5, measured in Chromium on the built site: per page at most 100 KB of
// compressed HTML+CSS+JS before interaction, of which at most 30 KB JavaScript.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { measurePage, TEMPLATE_SAMPLES } from '../../scripts/lib/page-weight.ts';
import { launchBrowser } from './browser.ts';

const origins = { openbaar: inject('baseUrl'), voorbeeld: inject('demoUrl') };
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

describe('page weight budgets', () => {
  for (const { site, path } of TEMPLATE_SAMPLES) {
    it(`${site === 'voorbeeld' ? 'voorbeeldsite ' : ''}/${path}: HTML+CSS+JS <= 100 KB and JS <= 30 KB (gzip)`, async () => {
      const weight = await measurePage(browser, new URL(path, origins[site]).href);
      expect(weight.status, 'the page exists').toBe(200);
      expect(weight.html, 'a document was loaded').toBeGreaterThan(0);
      expect(weight.total).toBeLessThanOrEqual(100 * 1024);
      expect(weight.js).toBeLessThanOrEqual(30 * 1024);
    });
  }
});
