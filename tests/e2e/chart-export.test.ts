// Chart images that travel: the SVG and PNG downloads carry the light palette's colours written
// into the file (also when the reader uses dark mode) and a footer band with title, source,
// edition, licence and the figure's address.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from './browser.ts';

const baseUrl = inject('baseUrl');
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

describe('chart downloads', () => {
  it('exports SVG and PNG with inlined light colours and a footer band, even in dark mode', async () => {
    const context = await browser.newContext({ colorScheme: 'dark' });
    const page = await context.newPage();
    await page.goto(new URL('gemeenten/amsterdam/', baseUrl).href);
    const figure = page.locator('figure').first();
    const id = (await figure.getAttribute('id'))!;
    const caption = (await figure.locator('figcaption').textContent())!.trim();
    const chartHeight = await figure
      .locator('.chart svg')
      .evaluate((svg) => (svg as SVGSVGElement).viewBox.baseVal.height);

    const [svgDownload] = await Promise.all([
      page.waitForEvent('download', { timeout: 15_000 }),
      figure.locator('button.svg-download[data-format="svg"]').click(),
    ]);
    const svg = readFileSync(await svgDownload.path(), 'utf8');
    expect(svg).not.toContain('currentColor');
    expect(svg).not.toContain('var(');
    // The bars in the light palette's colours, not dark mode's and not one colour for everything.
    const fills = new Set([...svg.matchAll(/fill="(rgb[^"]+)"/g)].map((m) => m[1]));
    expect(fills.size).toBeGreaterThan(1);
    expect(svg).toContain(caption.replace(/&/g, '&amp;').slice(0, 20));
    expect(svg).toContain('Licentie: CC0-1.0');
    expect(svg).toContain(`/gemeenten/amsterdam/#${id}`);
    expect(svg).toMatch(/Bron: Register van Overheidsorganisaties/);

    const [pngDownload] = await Promise.all([
      page.waitForEvent('download', { timeout: 15_000 }),
      figure.locator('button.svg-download[data-format="png"]').click(),
    ]);
    const png = readFileSync(await pngDownload.path());
    expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
    const height = png.readUInt32BE(20);
    // Drawn at twice the size, with the band below the chart.
    expect(height).toBeGreaterThan(chartHeight * 2 + 40);
    await context.close();
  });
});
