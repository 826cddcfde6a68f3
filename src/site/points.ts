// How a point in time of the series is named: its date and its kind of source, in words.
import type { Bronsoort } from '../domain/source-kinds.ts';

const MONTHS = ['jan', 'feb', 'mrt', 'apr', 'mei', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'];

/** "Register", "Verkiezingsuitslag": what a kind of source is called in tables. */
export function kindLabel(bronsoort: string): string {
  if (bronsoort === 'verkiezingsuitslag') return 'Verkiezingsuitslag';
  if (bronsoort === 'register') return 'Register';
  if (bronsoort === 'voorbeelddata') return 'Voorbeelddata';
  return bronsoort;
}

/** "mrt 2022 uitslag", "apr 2026": short enough for the axis of a phone-sized chart. */
export function pointLabel(p: { peildatum: string; bronsoort: Bronsoort }): string {
  const [y, m] = p.peildatum.split('-');
  const month = MONTHS[Number(m) - 1] ?? m;
  return `${month} ${y}${p.bronsoort === 'verkiezingsuitslag' ? ' uitslag' : ''}`;
}
