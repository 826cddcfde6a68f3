// One measure, one source: on every page of the built default site, every number a figure
// shows (table, summary sentence, chart labels) is a value of the CSV that figure links, with
// the site's rounding. Reads the built HTML directly (all pages, in seconds).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { describe, expect, inject, it } from 'vitest';
import { csvValues, figureNumberProblems, matches, numbersIn } from './figure-numbers.ts';

const distDir = inject('distDir');
const demoDir = inject('demoDir');

describe('figures and their CSVs', () => {
  it('every figure on every page of both sites shows only numbers of the CSV it links', () => {
    let checked = 0;
    const templates = new Set<string>();
    const failures: string[] = [];
    for (const [site, dir] of [
      ['openbaar', distDir],
      ['voorbeeld', demoDir],
    ] as const) {
      const pages = readdirSync(dir, { recursive: true })
        .map(String)
        .filter((f) => f.endsWith('index.html'));
      const csvCache = new Map<string, string | null>();
      const load = (href: string): string | null => {
        if (!csvCache.has(href)) {
          const path = join(dir, href.replace(/^\//, ''));
          csvCache.set(href, existsSync(path) ? readFileSync(path, 'utf8') : null);
        }
        return csvCache.get(href)!;
      };
      for (const page of pages) {
        const root = parse(readFileSync(join(dir, page), 'utf8'));
        for (const figure of root.querySelectorAll('figure')) {
          const problems = figureNumberProblems(figure, load);
          if (problems === null) continue;
          checked += 1;
          templates.add(`${site}:${page.split('/')[0]}#${figure.id.replace(/[0-9]+/g, 'N')}`);
          if (problems.length > 0 && failures.length < 20)
            failures.push(`${site}:${page}#${figure.id}: ${problems.slice(0, 3).join('; ')}`);
        }
      }
    }
    expect(failures).toEqual([]);
    // Both sites together have thousands of data figures (the public site's municipalities and
    // provinces, the demo's institutions): a checker that found none would prove nothing.
    expect(checked).toBeGreaterThan(3000);
    for (const t of [
      'openbaar:gemeenten#raad-vergelijking',
      'openbaar:provincies#kaart',
      'openbaar:sectoren#kaart-raad',
      'openbaar:sectoren#gepubliceerd',
      'openbaar:verkiezingen#landelijk',
      'voorbeeld:sectoren#trend',
      'voorbeeld:sectoren#verdeling',
      'voorbeeld:sectoren#klassen',
      'voorbeeld:gelijke-kansen#per-provincie',
    ])
      expect([...templates]).toContain(t);
  });

  it('every key figure on the home page is a value of a CSV its section links', () => {
    const home = parse(readFileSync(join(distDir, 'index.html'), 'utf8'));
    const sections = home.querySelectorAll('section').filter((s) => s.querySelector('.cards'));
    // On the bundled data only real figures have cards here (the register's municipalities);
    // the demo parts are listed in a notice without figures.
    expect(sections.length).toBeGreaterThanOrEqual(1);
    const failures: string[] = [];
    let shown = 0;
    for (const section of sections) {
      const hrefs = section
        .querySelectorAll('a')
        .map((a) => a.getAttribute('href') ?? '')
        .filter((h) => h.endsWith('.csv'));
      expect(hrefs.length, section.id).toBeGreaterThan(0);
      const values = hrefs.flatMap(
        (h) => csvValues(readFileSync(join(distDir, h.replace(/^\//, '')), 'utf8')).numbers,
      );
      for (const card of section.querySelectorAll('.card')) {
        const { numbers } = numbersIn(card.text.replace(/\s+/g, ' '));
        for (const n of numbers) {
          shown += 1;
          if (!values.some((v) => matches(n, v)))
            failures.push(
              `${n.text} in "${card.text.trim().slice(0, 60)}…" staat niet in ${hrefs.join(', ')}`,
            );
        }
      }
    }
    expect(failures).toEqual([]);
    expect(shown).toBeGreaterThanOrEqual(5);
  });
});
