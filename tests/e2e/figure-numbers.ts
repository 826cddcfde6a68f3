// Every number a figure shows must be in the CSV it links (DATA.md §7: "every page that shows a
// table or chart links the CSV of exactly that table"): the cells of its table, the numbers of
// its summary sentence and the labels of its chart. Reads built HTML (node-html-parser), so the
// check runs over every page of a site in seconds.
import type { HTMLElement } from 'node-html-parser';
import Papa from 'papaparse';

const MONTHS = [
  'januari',
  'februari',
  'maart',
  'april',
  'mei',
  'juni',
  'juli',
  'augustus',
  'september',
  'oktober',
  'november',
  'december',
];
const DUTCH_DATE = new RegExp(`\\b(\\d{1,2}) (${MONTHS.join('|')}) (\\d{4})\\b`, 'g');
const ISO_DATE = /\b\d{4}-\d{2}-\d{2}\b/g;
/** 43,3% · 1.234 · +3 · −2 · 0,5 (Dutch formatting: dot thousands, comma decimals). */
const NUMBER = /([+\-\u2212]?)(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d+))?(\s?%)?/g;

export interface ShownNumber {
  text: string;
  value: number;
  /** decimals shown */
  decimals: number;
  percent: boolean;
}

/** Dates (as ISO) and numbers in a text as the site formats them. */
export function numbersIn(text: string): { dates: string[]; numbers: ShownNumber[] } {
  const dates: string[] = [];
  let rest = text.replace(DUTCH_DATE, (_m, d: string, month: string, y: string) => {
    dates.push(`${y}-${String(MONTHS.indexOf(month) + 1).padStart(2, '0')}-${d.padStart(2, '0')}`);
    return ' ';
  });
  rest = rest.replace(ISO_DATE, (iso) => {
    dates.push(iso);
    return ' ';
  });
  const numbers: ShownNumber[] = [];
  for (const m of rest.matchAll(NUMBER)) {
    const [whole, sign, int, frac, pct] = m;
    // A digit glued to letters is part of a name or id ("DEMO-00100", "gm0363"), not a figure.
    const before = rest[m.index - 1] ?? ' ';
    const after = rest[m.index + whole.length] ?? ' ';
    if (/[\p{L}_-]/u.test(before) && sign === '') continue;
    if (/[\p{L}_]/u.test(after)) continue;
    const magnitude = Number(`${int!.replace(/\./g, '')}${frac ? `.${frac}` : ''}`);
    numbers.push({
      text: whole.trim(),
      value: sign === '' || sign === '+' ? magnitude : -magnitude,
      decimals: frac?.length ?? 0,
      percent: Boolean(pct),
    });
  }
  return { dates, numbers };
}

/**
 * The values of a CSV: numbers and the text cells (for dates). A share is a fraction (0.4275);
 * in a row whose `eenheid` is "procent" (figures as others published them) a number is already a
 * percentage, and is listed as its fraction too.
 */
export function csvValues(text: string): { numbers: number[]; texts: Set<string> } {
  const rows = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;
  const unit = rows[0]?.indexOf('eenheid') ?? -1;
  const numbers: number[] = [];
  const texts = new Set<string>();
  for (const row of rows.slice(1)) {
    const percent = unit >= 0 && row[unit] === 'procent';
    for (const cell of row) {
      texts.add(cell);
      if (!/^-?\d+(\.\d+)?$/.test(cell)) continue;
      numbers.push(Number(cell));
      if (percent) numbers.push(Number(cell) / 100);
    }
  }
  return { numbers, texts };
}

/** True when a number as shown can come from a CSV value with the site's rounding. */
export function matches(shown: ShownNumber, value: number): boolean {
  if (shown.percent) {
    // The CSV has the share to 4 decimals (±0.005 percentage points); the page rounds the
    // exact share to `decimals`: both roundings together stay within half a shown unit + 0.005.
    return Math.abs(value * 100 - shown.value) <= 0.5 * 10 ** -shown.decimals + 0.005 + 1e-9;
  }
  if (shown.decimals > 0)
    return Math.abs(value - shown.value) <= 0.5 * 10 ** -shown.decimals + 1e-9;
  return value === shown.value;
}

/**
 * Problems of one figure, or null when it is not a data figure (no table or no CSV link).
 * `load` returns a CSV's text by its href (site path), or null when it does not exist.
 */
export function figureNumberProblems(
  figure: HTMLElement,
  load: (href: string) => string | null,
): string[] | null {
  const table = figure.querySelector('table');
  const link = figure
    .querySelectorAll('a')
    .find((a) => (a.getAttribute('href') ?? '').split('#')[0]!.endsWith('.csv'));
  if (!table || !link) return null;
  const href = link.getAttribute('href')!.split('#')[0]!;
  const text = load(href);
  if (text === null) return [`${href} bestaat niet`];
  const csv = csvValues(text);
  const problems: string[] = [];
  const parts: [string, string][] = [
    // A row header of class "categorie" defines a category ("30% tot 40% vrouwen"): not a figure.
    ...table
      .querySelectorAll('tbody th:not(.categorie), tbody td')
      .map((c) => ['tabel', c.text] as [string, string]),
    // A definition in the summary (class "categorie") names the terms, not figures.
    ...figure.querySelectorAll('.summary').map((p) => {
      for (const definition of p.querySelectorAll('.categorie')) definition.remove();
      return ['samenvatting', p.text] as [string, string];
    }),
    // Axis ticks, reference bands and a map's legend (class tick, ref, legend) are scales and
    // category definitions, not figures.
    ...figure
      .querySelectorAll('svg text:not(.tick):not(.ref):not(.legend)')
      .map((t) => ['grafiek', t.text] as [string, string]),
  ];
  for (const [where, content] of parts) {
    const { dates, numbers } = numbersIn(content.replace(/\s+/g, ' '));
    for (const date of dates)
      if (!csv.texts.has(date)) problems.push(`${where}: datum ${date} niet in ${href}`);
    for (const n of numbers)
      if (!csv.numbers.some((v) => matches(n, v)))
        problems.push(`${where}: ${n.text} niet in ${href}`);
  }
  return problems;
}
