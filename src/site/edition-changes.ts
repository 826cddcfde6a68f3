// The changes of an edition as its page shows them: per kind of entity a table with old -> new
// for the measures that matter to readers, written from the archived values (never recomputed).
import type { EditionChange, EntityKind } from '../domain/edition-diff.ts';
import type { SiteData } from '../domain/site-data.ts';
import { formatCount, formatDate, formatShare } from './format.ts';

export interface ChangeColumn {
  label: string;
  /** the measure(s) shown old -> new */
  value: (v: Record<string, string>) => string;
}

const count = (field: string) => (v: Record<string, string>) =>
  v[field] === undefined || v[field] === '' ? '–' : formatCount(Number(v[field]));
const share = (field: string) => (v: Record<string, string>) =>
  v[field] === undefined || v[field] === '' ? '–' : formatShare(Number(v[field]));
const text = (field: string) => (v: Record<string, string>) => (v[field] || '–').replace(/_/g, ' ');

export const CHANGE_COLUMNS: Record<EntityKind, ChangeColumn[]> = {
  instelling: [
    { label: 'Vrouwen', value: count('vrouwen') },
    { label: 'Mannen', value: count('mannen') },
    { label: 'Onbekend', value: count('x') },
    { label: 'Zetels', value: count('totaal') },
  ],
  sector: [
    { label: 'Gremia', value: count('n_gremia') },
    { label: 'Aandeel vrouwen', value: share('aandeel_vrouwen_totaal') },
    { label: 'Evenredig', value: count('n_evenredig') },
  ],
  gemeente: [
    { label: 'Burgemeester', value: text('burgemeester_geslacht') },
    { label: 'Schepenen (vrouw)', value: count('n_schepenen_vrouw') },
    { label: 'Raadsleden (vrouw)', value: count('n_raadsleden_vrouw') },
    { label: 'Gelijke Kansen', value: text('gk_status') },
  ],
  provincie: [
    { label: 'Met schepen voor GK', value: count('n_gk_schepen_gemeenten') },
    { label: 'Burgemeester bevoegd (daarnaast)', value: count('n_gk_burgemeester') },
    { label: 'Onbekend', value: count('n_gk_onbekend') },
  ],
};

export const KIND_TITLES: Record<EntityKind, string> = {
  instelling: 'Instellingen en hun gremia',
  sector: 'Sectoren',
  gemeente: 'Vlaamse gemeenten',
  provincie: 'Provincies',
};

export const CHANGE_LABELS = {
  toegevoegd: 'nieuw',
  verwijderd: 'niet meer in deze editie',
  gewijzigd: 'gewijzigd',
} as const;

/** "9 → 11", or just "11" when a part is new and "9 →" when it is gone. */
export function oldToNew(column: ChangeColumn, c: EditionChange): string {
  const before = column.value(c.oud);
  const after = column.value(c.nieuw);
  if (c.verandering === 'toegevoegd') return after;
  if (c.verandering === 'verwijderd') return `${before} → –`;
  return before === after ? after : `${before} → ${after}`;
}

/** The page of the entity a change is about, when this build has one. */
export function changeLink(site: SiteData, c: EditionChange): string | null {
  if (c.soort === 'instelling') {
    const i = site.instellingen.find((x) => x.id.toLowerCase() === c.sleutel.toLowerCase());
    return i ? `/instellingen/${i.slug}/` : null;
  }
  if (c.soort === 'sector')
    return site.sectoren.some((s) => s.sector === c.sleutel) ? `/sectoren/${c.sleutel}/` : null;
  if (c.soort === 'gemeente') {
    const m = site.gemeenten.find((x) => x.nis === c.sleutel);
    return m ? `/gemeenten/${m.slug}/` : null;
  }
  const p = site.provincies.find((x) => x.naam === c.sleutel);
  return p ? `/provincies/${p.slug}/` : null;
}

export function periodText(value: string): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) ? formatDate(value) : value;
}

/** "vrouwen 17 → 9, mannen 20 → 9, onbekend 8 → 27": the measures that changed, in words. */
export function describeChange(c: EditionChange): string {
  if (c.verandering === 'toegevoegd') return 'nieuw in deze editie';
  if (c.verandering === 'verwijderd') return 'niet meer in deze editie';
  const parts = CHANGE_COLUMNS[c.soort]
    .map((col) => ({
      label: col.label.toLowerCase(),
      before: col.value(c.oud),
      after: col.value(c.nieuw),
    }))
    .filter((p) => p.before !== p.after)
    .map((p) => `${p.label} ${p.before} → ${p.after}`);
  return parts.length > 0 ? parts.join(', ') : 'gewijzigd';
}
