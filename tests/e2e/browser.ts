// Real Chromium for end-to-end tests (the system's or npm's, driven by playwright-core) and the
// axe-core scan every page must pass.
import { AxeBuilder } from '@axe-core/playwright';
import { chromium, type Browser, type Page } from 'playwright-core';

import { CHROMIUM_ARGS, chromiumPath } from '../../scripts/lib/chromium.ts';

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: await chromiumPath(),
    args: CHROMIUM_ARGS,
  });
}

export interface AxeViolation {
  id: string;
  impact: string | null | undefined;
  help: string;
  targets: string[];
}

/**
 * Runs axe-core with the WCAG 2.2 AA tags and returns the violations in a readable form. Every
 * rule still runs on every node; `resultTypes` only stops axe from sending each passing node back
 * to the test (thousands of table cells on a list page): 15% of a scan's time, measured.
 *
 * Legacy mode: one `axe.run` in the page (and, through axe's frame messaging, in each iframe)
 * instead of `runPartial` per frame plus `finishRun` in a second, blank page. The partial results
 * carry a CSS selector for every node that passed, computed in the page and then copied through
 * Node; on a list page that was more than half of the scan (/gemeenten/: 4.3 s against 1.8 s,
 * `npm run measure:axe`). The same rules run on the same nodes; the harness test proves that a
 * violation inside a same-origin iframe is still reported. (A `srcdoc` frame of a page set with
 * `setContent` is not reached this way; the site has no iframes, and its embed pages are scanned
 * as pages of their own.)
 */
export async function scanAccessibility(
  page: Page,
  // Only `npm run measure:axe` passes 'partial', to time the library's default against this.
  mode: 'run' | 'partial' = 'run',
): Promise<AxeViolation[]> {
  // options() replaces every option set before it: first, so that withTags() keeps its runOnly.
  const result = await new AxeBuilder({ page })
    .setLegacyMode(mode === 'run')
    .options({ resultTypes: ['violations'] })
    .withTags(WCAG_TAGS)
    .analyze();
  return result.violations.map((v) => ({
    id: v.id,
    impact: v.impact,
    help: v.help,
    targets: v.nodes.slice(0, 5).map((n) => n.target.join(' ')),
  }));
}
