// Lighthouse budgets of SITE.md §5 (mobile emulation, Lighthouse's default): accessibility, best
// practices and SEO 100 on a sector, a municipality and a province page of the public site (the
// demo site is noindex by design, which Lighthouse's SEO audit rightly marks down). The performance
// score depends on how busy the machine is, so it is printed here and measured against a
// baseline in `npm run bench`, never a verdict of the test suite.
import { describe, expect, inject, it } from 'vitest';
import { lighthouseScores } from '../../scripts/lib/lighthouse-run.ts';

const baseUrl = inject('baseUrl');
const PAGES = ['sectoren/gemeenten/', 'gemeenten/amsterdam/', 'provincies/utrecht/'];

describe('Lighthouse (mobile)', () => {
  it('meets the deterministic budgets on a sector, a municipality and a province page', async () => {
    const urls = PAGES.map((p) => new URL(p, baseUrl).href);
    const scores = await lighthouseScores(urls);
    for (const url of urls) {
      const s = scores.get(url)!;
      console.log(`${url}: prestaties ${s.performance} (zie npm run bench voor de maat)`);
      expect(s.accessibility, `${url} accessibility`).toBe(100);
      expect(s['best-practices'], `${url} best practices`).toBe(100);
      expect(s.seo, `${url} SEO`).toBe(100);
    }
  }, 300_000);
});
