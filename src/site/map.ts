// The Gelijke Kansen map: boundaries joined to the figures of a peildatum. Boundaries of an older
// vintage (before the 2025 mergers) take the status of the municipality they merged into.
import type { MapArea, MapCategory } from '../charts/choropleth.ts';
import type { SiteData } from '../domain/site-data.ts';
import { bodyBand, type AreaBodyRow } from '../domain/bodies.ts';
import { existsOn } from '../domain/municipalities.ts';
import { GK_STATUS_LABELS } from './municipalities.ts';
import { href } from './paths.ts';
import { formatCount } from './format.ts';

export const GK_MAP_CATEGORIES: MapCategory[] = [
  { key: 'schepen', label: `${GK_STATUS_LABELS.schepen} bevoegd`, fill: '#0b4a8b' },
  { key: 'burgemeester', label: `${GK_STATUS_LABELS.burgemeester} bevoegd`, fill: '#7a3aa3' },
  { key: 'geen', label: 'Geen', fill: '#8a8a8a' },
  { key: 'onbekend', label: 'Onbekend (gearceerd)', fill: '#ffffff', hatched: true },
];

export function gkMapAreas(site: SiteData, peildatum: string): MapArea[] {
  if (!site.grenzen) return [];
  const figures = new Map(
    site.gemeenteCijfers.filter((f) => f.peildatum === peildatum).map((f) => [f.nis, f]),
  );
  const byNis = new Map(site.gemeenten.map((m) => [m.nis, m]));
  const areas: MapArea[] = [];
  for (const shape of site.grenzen.vormen) {
    let m = byNis.get(shape.nis);
    for (let hops = 0; m && !existsOn(m, peildatum) && m.opvolger && hops < 5; hops += 1)
      m = byNis.get(m.opvolger);
    const f = m ? figures.get(m.nis) : undefined;
    if (!m || !f) continue;
    areas.push({ id: shape.nis, name: m.naam, geometry: shape.geometry, category: f.gk_status });
  }
  return areas;
}

/**
 * Share-of-women bands for the map of Dutch municipalities: the EIGE 40–60% band is one
 * category, so "balanced" is read from the legend, not from a shade.
 */
export const SHARE_MAP_CATEGORIES: MapCategory[] = [
  { key: 'onder-30', label: 'Minder dan 30% vrouwen', fill: '#7f3b08' },
  { key: '30-40', label: '30% tot 40% vrouwen', fill: '#d9730d' },
  { key: '40-60', label: '40% tot en met 60% (evenwichtig)', fill: '#1b7837' },
  { key: 'boven-60', label: 'Meer dan 60% vrouwen', fill: '#542788' },
  { key: 'geen', label: 'Geen gegevens (gearceerd)', fill: '#ffffff', hatched: true },
];

/** The provinces and one municipality highlighted: where a municipality lies (no figures). */
export const LOCATOR_CATEGORIES: MapCategory[] = [
  { key: 'provincie', label: 'Nederland, per provincie', fill: '#e3e7ec' },
  { key: 'gemeente', label: 'deze gemeente', fill: '#0b4a8b' },
];

export function locatorAreas(site: SiteData, code: string, name: string): MapArea[] {
  if (!site.grenzenNl) return [];
  const own = site.grenzenNl.vormen.find((v) => v.code === code);
  if (!own) return [];
  return [
    ...site.grenzenNl.provincies.map((p) => ({
      id: `pv-${p.naam}`,
      name: p.naam,
      geometry: p.geometry,
      category: 'provincie',
    })),
    { id: code, name, geometry: own.geometry, category: 'gemeente' },
  ];
}

/**
 * Boundaries joined to one body's share among known gender per municipality, on one register
 * date; a body under 75% known gender shows as "onvolledig" (hatched), not as a colour.
 */
export function bodyMapAreas(
  site: SiteData,
  orgaan: string,
  peildatum: string,
  only?: ReadonlySet<string>,
): MapArea[] {
  if (!site.grenzenNl) return [];
  const rows = new Map(
    site.organen
      .filter(
        (b) =>
          b.land === 'NL' &&
          b.orgaan === orgaan &&
          b.peildatum === peildatum &&
          b.bronsoort === 'register',
      )
      .map((b) => [b.instelling_id, b]),
  );
  const names = new Map(site.gemeentenNl.map((m) => [m.instelling_id, m]));
  const areas: MapArea[] = [];
  for (const shape of site.grenzenNl.vormen) {
    if (only && !only.has(shape.code)) continue;
    const row = rows.get(shape.code);
    const m = names.get(shape.code);
    if (!row || !m) continue;
    areas.push({
      id: shape.code,
      name: m.naam,
      geometry: shape.geometry,
      category: bodyBand(row),
      href: href(`/gemeenten/${m.slug}/`),
    });
  }
  return areas;
}

/** The bands of the body maps, with "onvolledig" as its own hatched category. */
export const BODY_MAP_CATEGORIES: MapCategory[] = [
  ...SHARE_MAP_CATEGORIES.filter((c) => c.key !== 'geen'),
  {
    key: 'onvolledig',
    label: 'Onvolledig: minder dan 75% bekend gender (gearceerd)',
    fill: '#bdbdbd',
    hatched: true,
  },
  { key: 'geen', label: 'Geen gegevens (gearceerd)', fill: '#ffffff', hatched: true },
];

/** A map's table: the municipalities per band, as the area row of gemeentebesturen-gebieden.csv
 *  counts them (never recounted on the page). */
export function bandCounts(area: AreaBodyRow | undefined) {
  return BODY_MAP_CATEGORIES.map((c) => ({
    ...c,
    n: area ? area.banden[c.key as keyof AreaBodyRow['banden']] : 0,
  }));
}

/** What a body map says in words: the balanced and incomplete counts, and what those words mean. */
export function bandSummary(
  counts: readonly { key: string; n: number }[],
  total: number,
  subject: string,
): { summary: string; definition: string } {
  const n = (key: string) => counts.find((c) => c.key === key)?.n ?? 0;
  return {
    summary: `In ${formatCount(n('40-60'))} van de ${formatCount(total)} gemeenten is ${subject} evenwichtig samengesteld; ${formatCount(n('onvolledig'))} ${n('onvolledig') === 1 ? 'is' : 'zijn'} onvolledig.`,
    definition:
      'Evenwichtig: 40% tot en met 60% vrouwen onder wie een bekend gender heeft. Onvolledig: van minder dan 75% van de zetels is het gender bekend.',
  };
}
