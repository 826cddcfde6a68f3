// The Gelijke Kansen map: boundaries joined to the figures of a peildatum. Boundaries of an older
// vintage (before the 2025 mergers) take the status of the municipality they merged into.
import type { MapArea, MapCategory } from '../charts/choropleth.ts';
import type { SiteData } from '../domain/site-data.ts';
import { existsOn } from '../domain/municipalities.ts';
import { GK_STATUS_LABELS } from './municipalities.ts';

export const GK_MAP_CATEGORIES: MapCategory[] = [
  { key: 'schepen', label: `${GK_STATUS_LABELS.schepen} bevoegd`, fill: '#0b4a8b' },
  { key: 'burgemeester', label: `${GK_STATUS_LABELS.burgemeester} bevoegd`, fill: '#7a3aa3' },
  { key: 'geen', label: 'Niemand bevoegd', fill: '#8a8a8a' },
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
