// Numbers and dates the Dutch way for pages (downloads keep the machine format).
import { roundShare } from '../domain/cells.ts';

const percent1 = new Intl.NumberFormat('nl-NL', {
  style: 'percent',
  minimumFractionDigits: 1,
  maximumFractionDigits: 1,
});
const percent0 = new Intl.NumberFormat('nl-NL', { style: 'percent', maximumFractionDigits: 0 });
const integer = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 0 });
const longDate = new Intl.DateTimeFormat('nl-NL', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

/**
 * 0.384 -> "38,4%" (or "38%" with 0 decimals, where space is short); null -> "onbekend". One
 * rounding rule: the share is first the CSV's value (4 decimals), then rounded once more for the
 * page, so a reader who checks the CSV's 0.4275 finds 42,8% and never 42,7%.
 */
export function formatShare(value: number | null | undefined, decimals: 0 | 1 = 1): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return 'onbekend';
  return (decimals === 0 ? percent0 : percent1).format(roundShare(value)).replace(/\s/g, '');
}

export function formatCount(value: number | null | undefined): string {
  if (value === null || value === undefined) return 'onbekend';
  return integer.format(value);
}

/** "2023-10-23" -> "23 oktober 2023". */
export function formatDate(iso: string): string {
  return longDate.format(new Date(`${iso}T00:00:00Z`));
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1).replace('.', ',')} kB`;
  return `${(bytes / 1024 / 1024).toFixed(1).replace('.', ',')} MB`;
}
