// Runs Lighthouse (mobile, the default) on pages of a served site with the project's Chromium and
// returns the four category scores (0-100) per page.
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS, chromiumPath } from './chromium.ts';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Scores = Record<(typeof CATEGORIES)[number], number>;

export async function lighthouseScores(urls: string[]): Promise<Map<string, Scores>> {
  const chrome = await chromeLauncher.launch({
    chromePath: await chromiumPath(),
    // Lighthouse wants the new headless mode; the other flags are the shared ones.
    chromeFlags: ['--headless=new', ...CHROMIUM_ARGS.filter((a) => a !== '--headless')],
  });
  const scores = new Map<string, Scores>();
  try {
    for (const url of urls) {
      const result = await lighthouse(url, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: [...CATEGORIES],
      });
      if (!result) throw new Error(`Lighthouse gaf geen resultaat voor ${url}`);
      const { categories } = result.lhr;
      scores.set(
        url,
        Object.fromEntries(
          CATEGORIES.map((c) => [c, Math.round((categories[c]?.score ?? 0) * 100)]),
        ) as Scores,
      );
      // Name what cost points, so a failing budget says why.
      for (const c of CATEGORIES) {
        for (const ref of categories[c]?.auditRefs ?? []) {
          const audit = result.lhr.audits[ref.id];
          if (ref.weight > 0 && audit && audit.score !== null && audit.score < 1) {
            console.log(`${url} ${c}: ${audit.id} (${audit.score}) ${audit.displayValue ?? ''}`);
          }
        }
      }
    }
  } finally {
    chrome.kill();
  }
  return scores;
}
