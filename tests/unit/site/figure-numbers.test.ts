// The page-versus-CSV checker itself: it must find what a page shows and reject what the CSV
// does not hold, or the e2e test that uses it proves nothing.
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { figureNumberProblems, matches, numbersIn } from '../../e2e/figure-numbers.ts';

const CSV = 'jaar,vrouwen,mannen,aandeel_vrouwen,peildatum\n2025,23,21,0.5111,2026-04-15\n';

function figure(body: string): ReturnType<typeof parse> {
  return parse(
    `<figure id="f"><p class="summary">${body}</p><table><tbody><tr><th>2025</th><td>23</td></tr></tbody></table><p class="meta"><a href="/f.csv">CSV</a></p></figure>`,
  ).querySelector('figure')!;
}

describe('numbersIn', () => {
  it('reads Dutch numbers, percentages, signs and dates, not ids', () => {
    const { dates, numbers } = numbersIn('Op 15 april 2026: 1.234 zetels, 51,1% en −3 (gm0363).');
    expect(dates).toEqual(['2026-04-15']);
    expect(numbers.map((n) => [n.value, n.percent])).toEqual([
      [1234, false],
      [51.1, true],
      [-3, false],
    ]);
  });
});

describe('matches', () => {
  it('accepts the CSV share rounded as the page rounds it, nothing further off', () => {
    const shown = numbersIn('51,1%').numbers[0]!;
    expect(matches(shown, 0.5111)).toBe(true);
    expect(matches(shown, 0.5131)).toBe(false);
    expect(matches(numbersIn('23').numbers[0]!, 23)).toBe(true);
    expect(matches(numbersIn('23').numbers[0]!, 22)).toBe(false);
  });
});

describe('figureNumberProblems', () => {
  const load = (href: string) => (href === '/f.csv' ? CSV : null);
  it('passes a figure whose numbers are all in its CSV', () => {
    expect(figureNumberProblems(figure('23 vrouwen (51,1%) op 15 april 2026.'), load)).toEqual([]);
  });
  it('flags a number, a share and a date the CSV does not hold', () => {
    const problems = figureNumberProblems(figure('24 vrouwen (52,1%) op 16 april 2026.'), load)!;
    expect(problems).toHaveLength(3);
    expect(problems.join(' ')).toContain('24');
    expect(problems.join(' ')).toContain('52,1%');
    expect(problems.join(' ')).toContain('2026-04-16');
  });
  it('flags a missing CSV and skips figures without a table', () => {
    const broken = parse(
      '<figure id="g"><table><tbody><tr><td>1</td></tr></tbody></table><a href="/weg.csv">CSV</a></figure>',
    ).querySelector('figure')!;
    expect(figureNumberProblems(broken, load)).toEqual(['/weg.csv bestaat niet']);
    const plain = parse('<figure id="h"><img alt=""></figure>').querySelector('figure')!;
    expect(figureNumberProblems(plain, load)).toBeNull();
  });
});
