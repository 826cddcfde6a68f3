// The comparison table: rows of compared entities, their contexts (sector or province) and the
// whole, for one period; written for the page (Dutch formats) and as CSV (machine formats).
// Pure: runs in the browser on the cards of /vergelijken/gegevens/ and in unit tests.
import { neutraliseFormula, roundShare } from '../domain/cells.ts';
import { isDemo, type Bronsoort } from '../domain/source-kinds.ts';
import type { CompareKind } from './compare-selection.ts';
import { formatCount, formatShare } from './format.ts';

export type MeasureFormat = 'count' | 'share' | 'text';

export interface MeasureSpec {
  key: string;
  label: string;
  /** how the entity's own value is written; context rows may differ (see contextFormat) */
  format: MeasureFormat;
  contextFormat: MeasureFormat;
  /** what the context value means when it differs from the entity's (shown in the header) */
  contextNote?: string;
  /**
   * The CSV column for the context value when it is of another type than the entity's (a share
   * beside a text): one column never mixes "man" and 0.1273.
   */
  contextKey?: string;
  /** words for coded text values on the page (the CSV keeps the codes) */
  labels?: Record<string, string>;
}

export type MeasureValues = Record<string, number | string | null>;

export interface ComparePeriod {
  periode: string;
  entiteit: MeasureValues;
  context: MeasureValues | null;
  totaal: MeasureValues | null;
}

export interface CompareCard {
  soort: CompareKind;
  sleutel: string;
  naam: string;
  pad: string;
  context: { naam: string; pad: string };
  totaal: { naam: string; pad: string };
  /** kind of source of all the card's figures (its context and whole are of the same kind) */
  bronsoort: Bronsoort;
  perioden: ComparePeriod[];
}

export const MEASURES: Record<CompareKind, MeasureSpec[]> = {
  instelling: [
    { key: 'gremia', label: 'Gremia met gegevens', format: 'count', contextFormat: 'count' },
    { key: 'zetels', label: 'Zetels', format: 'count', contextFormat: 'count' },
    { key: 'vrouwen', label: 'Vrouwen', format: 'count', contextFormat: 'count' },
    {
      key: 'aandeel_vrouwen',
      label: 'Aandeel vrouwen (alle zetels)',
      format: 'share',
      contextFormat: 'share',
    },
    {
      key: 'aandeel_evenredig',
      label: 'Gremia met 40–60% vrouwen',
      format: 'share',
      contextFormat: 'share',
    },
  ],
  gemeente: [
    {
      key: 'burgemeester',
      label: 'Burgemeester',
      format: 'text',
      contextFormat: 'share',
      contextNote: 'bij provincie en Vlaanderen het aandeel vrouwen',
      contextKey: 'aandeel_burgemeesters_vrouw',
    },
    { key: 'schepenen', label: 'Schepenen', format: 'count', contextFormat: 'count' },
    {
      key: 'aandeel_schepenen_vrouw',
      label: 'Vrouwen bij schepenen',
      format: 'share',
      contextFormat: 'share',
    },
    {
      key: 'aandeel_raad_vrouw',
      label: 'Vrouwen in de gemeenteraad',
      format: 'share',
      contextFormat: 'share',
    },
    {
      key: 'gelijke_kansen',
      label: 'Gelijke Kansen bij',
      format: 'text',
      contextFormat: 'share',
      contextNote:
        'bij provincie en Vlaanderen het aandeel gemeenten met een schepen voor Gelijke Kansen',
      contextKey: 'aandeel_gemeenten_gk_schepen',
      labels: { schepen: 'een schepen', burgemeester: 'de burgemeester', geen: 'niemand' },
    },
  ],
};

export type RowRole = 'entiteit' | 'context' | 'totaal';

export interface CompareRow {
  rol: RowRole;
  naam: string;
  pad: string;
  /** the compared entity's key, for removing it; empty for context and total rows */
  sleutel: string;
  values: MeasureValues | null;
  bronsoort: Bronsoort;
}

/** Periods any of the cards has, newest first. */
export function periodsOf(cards: readonly CompareCard[]): string[] {
  return [...new Set(cards.flatMap((c) => c.perioden.map((p) => p.periode)))].sort((a, b) =>
    b.localeCompare(a),
  );
}

/**
 * The compared entities in the reader's order, then each distinct context (sector or province)
 * once, then the whole of each kind of source (a total never spans real and demo figures). An
 * entity without figures for the period keeps its row (values null) so it never silently drops
 * out of a comparison.
 */
export function comparisonRows(cards: readonly CompareCard[], periode: string): CompareRow[] {
  const rows: CompareRow[] = [];
  const contexts = new Map<string, CompareRow>();
  const totals = new Map<string, CompareRow>();
  for (const card of cards) {
    const period = card.perioden.find((p) => p.periode === periode);
    rows.push({
      rol: 'entiteit',
      naam: card.naam,
      pad: card.pad,
      sleutel: card.sleutel,
      values: period?.entiteit ?? null,
      bronsoort: card.bronsoort,
    });
    if (period?.context && !contexts.has(card.context.pad)) {
      contexts.set(card.context.pad, {
        rol: 'context',
        naam: card.context.naam,
        pad: card.context.pad,
        sleutel: '',
        values: period.context,
        bronsoort: card.bronsoort,
      });
    }
    const totalKey = `${card.bronsoort}\u0000${card.totaal.pad}`;
    if (period?.totaal && !totals.has(totalKey)) {
      totals.set(totalKey, {
        rol: 'totaal',
        naam: card.totaal.naam,
        pad: card.totaal.pad,
        sleutel: '',
        values: period.totaal,
        bronsoort: card.bronsoort,
      });
    }
  }
  return [...rows, ...contexts.values(), ...totals.values()];
}

export function measureFormat(spec: MeasureSpec, rol: RowRole): MeasureFormat {
  return rol === 'entiteit' ? spec.format : spec.contextFormat;
}

/** A value the Dutch way for the page ("38,4%", "1.176"); "–" when unknown. */
export function displayValue(
  value: number | string | null | undefined,
  format: MeasureFormat,
  labels: Record<string, string> = {},
): string {
  if (value === null || value === undefined) return '–';
  if (typeof value === 'string') return labels[value] ?? value;
  return format === 'share' ? formatShare(value) : formatCount(value);
}

function csvValue(value: number | string | null | undefined, format: MeasureFormat): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return neutraliseFormula(value);
  return format === 'share' ? roundShare(value).toFixed(4) : String(value);
}

function csvField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * The CSV columns of one measure: one, or two when entity and context values differ in type
 * (the entity's text in `key`, the context's share in `contextKey`; each empty on the other rows).
 */
function csvColumns(spec: MeasureSpec): { name: string; roles: RowRole[] }[] {
  if (spec.format === spec.contextFormat || !spec.contextKey)
    return [{ name: spec.key, roles: ['entiteit', 'context', 'totaal'] }];
  return [
    { name: spec.key, roles: ['entiteit'] },
    { name: spec.contextKey, roles: ['context', 'totaal'] },
  ];
}

/** The comparison as CSV (RFC 4180, comma, shares as fractions with 4 decimals, typed columns). */
export function comparisonCsv(
  kind: CompareKind,
  periode: string,
  rows: readonly CompareRow[],
): string {
  const specs = MEASURES[kind];
  const demo = rows.some((r) => isDemo(r.bronsoort));
  const header = [
    'rol',
    'naam',
    'sleutel',
    kind === 'instelling' ? 'jaar' : 'peildatum',
    ...specs.flatMap((s) => csvColumns(s).map((c) => c.name)),
    'bronsoort',
    ...(demo ? ['voorbeelddata'] : []),
  ];
  const lines = rows.map((r) => [
    r.rol,
    neutraliseFormula(r.naam),
    r.sleutel,
    periode,
    ...specs.flatMap((s) =>
      csvColumns(s).map((c) =>
        c.roles.includes(r.rol) ? csvValue(r.values?.[s.key], measureFormat(s, r.rol)) : '',
      ),
    ),
    r.bronsoort,
    ...(demo ? [isDemo(r.bronsoort) ? 'ja' : 'nee'] : []),
  ]);
  return `${[header, ...lines].map((l) => l.map(csvField).join(',')).join('\r\n')}\r\n`;
}
