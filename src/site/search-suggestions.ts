// Names for "Bedoelde u …?" on the search page, and the nearest of them to a mistyped query.
import type { SiteData } from '../domain/site-data.ts';
import { foldDiacritics } from '../domain/text.ts';

export interface Suggestion {
  naam: string;
  pad: string;
}

const TOPICS: Suggestion[] = [
  { naam: 'Gelijke Kansen', pad: '/gelijke-kansen/' },
  { naam: 'Methode', pad: '/methode/' },
  { naam: 'Data en downloads', pad: '/data/' },
  { naam: 'Sectoren', pad: '/sectoren/' },
  { naam: 'Gemeenten', pad: '/gemeenten/' },
  { naam: 'Edities', pad: '/edities/' },
];

export function searchSuggestions(site: SiteData): Suggestion[] {
  const slugOf = new Map(site.gemeenten.map((m) => [m.nis, m.slug]));
  const existing = site.gemeenten.filter((m) => !m.opgeheven_op);
  return [
    ...TOPICS,
    ...site.sectoren.map((s) => ({ naam: s.sector_label, pad: `/sectoren/${s.sector}/` })),
    ...site.provincies.map((p) => ({ naam: p.naam, pad: `/provincies/${p.slug}/` })),
    ...existing.map((m) => ({ naam: m.naam, pad: `/gemeenten/${m.slug}/` })),
    ...site.provinciesNl.map((p) => ({ naam: p.naam, pad: `/provincies/${p.slug}/` })),
    ...site.gemeentenNl.map((m) => ({ naam: m.naam, pad: `/gemeenten/${m.slug}/` })),
    ...site.verkiezingen.map((e) => ({
      naam: `Gemeenteraadsverkiezingen ${e.datum.slice(0, 4)}`,
      pad: `/verkiezingen/${e.verkiezing.toLowerCase()}/`,
    })),
    ...site.plaatsen
      .filter((p) => !existing.some((m) => m.naam === p.plaats))
      .map((p) => ({ naam: p.plaats, pad: `/gemeenten/${slugOf.get(p.nis) ?? p.nis}/` })),
  ];
}

/** Lowercase, no diacritics, only letters and digits: how two spellings are compared. */
export function suggestionKey(value: string): string {
  return foldDiacritics(value)
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

/** Edit distance (insert, delete, substitute, swap of neighbours), stopping early past `max`. */
export function editDistance(a: string, b: string, max = 2): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const d = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i += 1) {
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
    }
  }
  return d[a.length]![b.length]!;
}

/** Up to `count` names within two edits of the query (one for short queries), nearest first. */
export function nearestNames(query: string, names: readonly Suggestion[], count = 3): Suggestion[] {
  const key = suggestionKey(query);
  if (key.length < 3) return [];
  const max = key.length <= 4 ? 1 : 2;
  return names
    .map((s) => ({ s, d: editDistance(key, suggestionKey(s.naam), max) }))
    .filter((x) => x.d <= max)
    .sort((a, b) => a.d - b.d || a.s.naam.localeCompare(b.s.naam, 'nl'))
    .filter((x, i, all) => all.findIndex((o) => o.s.pad === x.s.pad) === i)
    .slice(0, count)
    .map((x) => x.s);
}
