// Measures, in the browser, what a reader on a phone or a desktop actually gets: the rendered
// size of chart text, chart labels that overlap or stick out of their SVG, tables wider than
// their box (and whether their name column stays pinned with a scroll cue), small touch targets
// and horizontal page overflow. Used by the phone-first e2e test and for the closing figures.
import type { Page } from 'playwright-core';
import { TEMPLATE_SAMPLES } from '../../scripts/lib/page-weight.ts';

/** The template samples of both builds, as routes (the e2e test and npm run measure:layout). */
export const LAYOUT_TEMPLATES = TEMPLATE_SAMPLES.map(({ site, path }) => ({
  site,
  route: `/${path}`,
}));

/** Opens a template; the comparison is drawn by script from the address, so wait for it. */
export async function openTemplate(page: Page, origin: string, route: string): Promise<void> {
  await page.goto(new URL(route.slice(1), origin).href);
  if (route.includes('?'))
    await page.locator('#vergelijking table').first().waitFor({ timeout: 20_000 });
}

export interface LayoutMeasure {
  /** smallest and largest rendered font size of chart text, in CSS px (null: no charts) */
  chartFont: { min: number; max: number } | null;
  /** chart labels that stick out of their SVG */
  clipped: string[];
  /** pairs of chart labels whose boxes intersect */
  overlapping: string[];
  /** per table wider than its box: its caption or first header, widths and its cues */
  wideTables: { table: string; width: number; box: number; pinned: boolean; cue: boolean }[];
  /** the widest table relative to the page width (px), 0 without tables */
  widestTable: number;
  /** interactive elements smaller than 24 × 24 px (WCAG 2.5.8), excluding inline text links */
  smallTargets: string[];
  /** form controls with text below 16 px (iOS zooms into them) */
  smallInputs: string[];
  pageOverflow: number;
}

export async function measureLayout(page: Page): Promise<LayoutMeasure> {
  // tsx (esbuild keepNames) wraps named functions in __name(), which the page does not have
  await page.evaluate('globalThis.__name ??= (f) => f');
  return page.evaluate(() => {
    const visible = (el: Element) => {
      const r = el.getBoundingClientRect();
      return r.width > 0 && r.height > 0 && getComputedStyle(el).visibility !== 'hidden';
    };
    const label = (el: Element) => (el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40);
    const sizes: number[] = [];
    const clipped: string[] = [];
    const overlapping: string[] = [];
    for (const svg of document.querySelectorAll('.chart svg')) {
      if (!visible(svg)) continue;
      const box = svg.getBoundingClientRect();
      const texts = [...svg.querySelectorAll('text')].filter(
        (t) => visible(t) && (t.textContent ?? '').trim() !== '',
      );
      const rects = texts.map((t) => t.getBoundingClientRect());
      texts.forEach((t, i) => {
        sizes.push(
          rects[i]!.height > 0
            ? parseFloat(getComputedStyle(t).fontSize) *
                (box.width / (svg as SVGSVGElement).viewBox.baseVal.width || 1)
            : 0,
        );
        const r = rects[i]!;
        if (
          r.left < box.left - 1 ||
          r.right > box.right + 1 ||
          r.top < box.top - 1 ||
          r.bottom > box.bottom + 1
        )
          clipped.push(`${svg.closest('figure')?.id ?? '?'}: ${label(t)}`);
        for (let j = 0; j < i; j++) {
          const o = rects[j]!;
          const dx = Math.min(r.right, o.right) - Math.max(r.left, o.left);
          const dy = Math.min(r.bottom, o.bottom) - Math.max(r.top, o.top);
          // a glyph box includes line spacing: more than 2 px each way is a real overlap
          if (dx > 2 && dy > 2)
            overlapping.push(
              `${svg.closest('figure')?.id ?? '?'}: "${label(texts[j]!)}" × "${label(t)}"`,
            );
        }
      });
    }
    const wideTables: LayoutMeasure['wideTables'] = [];
    let widestTable = 0;
    for (const table of document.querySelectorAll('main table')) {
      if (!visible(table)) continue;
      const scroller = table.closest('.table-scroll') ?? table.parentElement!;
      const width = table.getBoundingClientRect().width;
      const boxWidth = scroller.getBoundingClientRect().width;
      widestTable = Math.max(widestTable, Math.round(width));
      if (width <= boxWidth + 1) continue;
      const first = table.querySelector('tbody tr > *:first-child, thead tr > *:first-child');
      wideTables.push({
        table: label(table.querySelector('caption') ?? table.querySelector('th') ?? table),
        width: Math.round(width),
        box: Math.round(boxWidth),
        pinned: first ? getComputedStyle(first).position === 'sticky' : false,
        // the scroll cue: shadows drawn by the box's background (global.css .table-scroll)
        cue:
          scroller.matches('.table-scroll') &&
          getComputedStyle(scroller).backgroundImage !== 'none',
      });
    }
    const smallTargets: string[] = [];
    const controls = document.querySelectorAll(
      'button, input:not([type="hidden"]), select, summary, a.button, [role="button"]',
    );
    for (const el of controls) {
      if (!visible(el)) continue;
      const r = el.getBoundingClientRect();
      if (r.width < 24 || r.height < 24)
        smallTargets.push(
          `${el.tagName.toLowerCase()}: ${label(el)} (${Math.round(r.width)}×${Math.round(r.height)})`,
        );
    }
    const smallInputs = [
      ...document.querySelectorAll(
        'input:not([type="hidden"]):not([type="checkbox"]):not([type="radio"]), select, textarea',
      ),
    ]
      .filter((el) => visible(el) && parseFloat(getComputedStyle(el).fontSize) < 16)
      .map((el) => `${el.tagName.toLowerCase()}#${el.id}`);
    return {
      chartFont: sizes.length > 0 ? { min: Math.min(...sizes), max: Math.max(...sizes) } : null,
      clipped,
      overlapping,
      wideTables,
      widestTable,
      smallTargets,
      smallInputs,
      pageOverflow: document.documentElement.scrollWidth - window.innerWidth,
    };
  });
}
