// How an entity page shows what an edition published: the columns of the archived tables per
// kind of entity, written the Dutch way (the archive keeps machine formats).
import type { TableRow } from '../domain/edition-diff.ts';
import { formatCount, formatDate, formatShare } from './format.ts';

export interface EntityKey {
  kind: 'instelling' | 'sector' | 'gemeente' | 'provincie';
  /** instelling_id, sector slug, NIS code or province name as the tables hold them */
  key: string;
}

export interface EditionColumn {
  field: string;
  label: string;
  format: 'text' | 'count' | 'share' | 'date';
  numeric: boolean;
}

const col = (field: string, label: string, format: EditionColumn['format']): EditionColumn => ({
  field,
  label,
  format,
  numeric: format === 'count' || format === 'share',
});

export const EDITION_COLUMNS: Record<EntityKey['kind'], EditionColumn[]> = {
  instelling: [
    col('gremium', 'Gremium', 'text'),
    col('jaar', 'Jaar', 'text'),
    col('vrouwen', 'Vrouwen', 'count'),
    col('mannen', 'Mannen', 'count'),
    col('x', 'Onbekend', 'count'),
    col('aandeel_vrouwen', 'Aandeel vrouwen', 'share'),
    col('klasse', 'Klasse', 'text'),
  ],
  sector: [
    col('jaar', 'Jaar', 'text'),
    col('n_instellingen', 'Instellingen', 'count'),
    col('n_gremia', 'Gremia', 'count'),
    col('aandeel_vrouwen_totaal', 'Aandeel vrouwen (alle zetels)', 'share'),
    col('n_evenredig', 'Evenredige gremia', 'count'),
  ],
  gemeente: [
    col('peildatum', 'Peildatum', 'date'),
    col('burgemeester_geslacht', 'Burgemeester', 'text'),
    col('n_schepenen', 'Schepenen', 'count'),
    col('n_schepenen_vrouw', 'Waarvan vrouw', 'count'),
    col('n_raadsleden', 'Raadsleden', 'count'),
    col('n_raadsleden_vrouw', 'Waarvan vrouw', 'count'),
    col('gk_status', 'Gelijke Kansen', 'text'),
  ],
  provincie: [
    col('peildatum', 'Peildatum', 'date'),
    col('n_gemeenten', 'Gemeenten', 'count'),
    col('n_gk_schepen_gemeenten', 'Met schepen voor Gelijke Kansen', 'count'),
    col('n_gk_burgemeester', 'Burgemeester bevoegd (daarnaast)', 'count'),
    col('n_gk_onbekend', 'Onbekend', 'count'),
  ],
};

/** A cell of an archived row for the page; empty stays "onbekend", as in the CSV's meaning. */
export function editionCell(row: TableRow, column: EditionColumn): string {
  const raw = row[column.field] ?? '';
  if (raw === '') return column.format === 'text' ? '' : 'onbekend';
  if (column.format === 'count') return formatCount(Number(raw));
  if (column.format === 'share') return formatShare(Number(raw));
  if (column.format === 'date' && /^\d{4}-\d{2}-\d{2}$/.test(raw)) return formatDate(raw);
  return raw.replace(/_/g, ' ');
}
