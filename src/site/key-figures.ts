// The one key figure of each entity page, in words: used by the social image, the page's
// metadata and the feeds, so they all say the same thing.
import { aggregateGremia } from '../domain/aggregates.ts';
import type { InstitutionSummary, MunicipalityEntry, SiteData } from '../domain/site-data.ts';
import type { DutchMunicipality, DutchProvince } from '../domain/dutch-places.ts';
import { bodyFigures } from '../domain/bodies.ts';
import { areaOn, bodyOn, municipalTop } from './municipal-top.ts';
import type { Sector } from '../domain/lookups.ts';
import type { Indexes } from './entities.ts';
import { formatCount, formatDate, formatShare } from './format.ts';
import { GK_STATUS_LABELS, womenShare } from './municipalities.ts';
import { publishedSeries } from './published.ts';

export interface KeyFigure {
  /** the big number or word ("38,4%", "Schepen") */
  value: string;
  /** what it is ("vrouwen in alle zetels") */
  label: string;
  /** year or peildatum, in words */
  period: string;
  /** share of women for the bar in the social image, when the figure is one */
  share: number | null;
}

export function keyFigureSentence(k: KeyFigure): string {
  return `${k.value} ${k.label} (${k.period})`;
}

export function sectorKeyFigure(ix: Indexes, sector: Sector): KeyFigure | null {
  const latest = ix.sectorRows.get(sector.sector)?.at(-1);
  if (!latest) {
    const published = publishedSeries(ix.site, sector.sector).own.at(-1);
    return published
      ? {
          value: `${published.waarde}%`,
          label: 'gemiddeld aandeel vrouwen in de top (gepubliceerd door de monitor)',
          period: published.periode,
          share: published.waarde / 100,
        }
      : null;
  }
  return {
    value: formatShare(latest.aandeel_vrouwen_totaal),
    label: 'vrouwen in alle zetels van de sector',
    period: String(latest.jaar),
    share: latest.aandeel_vrouwen_totaal,
  };
}

export function institutionKeyFigure(ix: Indexes, i: InstitutionSummary): KeyFigure | null {
  const records = ix.gremiaByInstitution.get(i.id) ?? [];
  const jaar = Math.max(...records.map((r) => r.jaar));
  if (!Number.isFinite(jaar)) return null;
  const agg = aggregateGremia(records.filter((r) => r.jaar === jaar));
  return {
    value: formatShare(agg.aandeel_vrouwen_totaal),
    label: 'vrouwen in de top',
    period: String(jaar),
    share: agg.aandeel_vrouwen_totaal,
  };
}

export function municipalityKeyFigure(ix: Indexes, m: MunicipalityEntry): KeyFigure | null {
  const latest = (ix.figuresByNis.get(m.nis) ?? [])
    .filter((f) => f.in_extract)
    .sort((a, b) => a.peildatum.localeCompare(b.peildatum))
    .at(-1);
  if (!latest) return null;
  const council = womenShare(latest.n_raadsleden_vrouw, latest.n_raadsleden);
  if (council !== null) {
    return {
      value: formatShare(council),
      label: `vrouwen in de gemeenteraad; Gelijke Kansen: ${GK_STATUS_LABELS[latest.gk_status].toLowerCase()}`,
      period: formatDate(latest.peildatum),
      share: council,
    };
  }
  return {
    value: GK_STATUS_LABELS[latest.gk_status],
    label: `bevoegd voor Gelijke Kansen; ${formatCount(latest.n_schepenen)} schepenen`,
    period: formatDate(latest.peildatum),
    share: null,
  };
}

export function provinceKeyFigure(ix: Indexes, provincie: string): KeyFigure | null {
  const latest = ix.site.provincieCijfers.filter((p) => p.provincie === provincie).at(-1);
  if (!latest || latest.n_gemeenten === 0) return null;
  return {
    value: `${formatCount(latest.n_gk_schepen_gemeenten)} van ${formatCount(latest.n_gemeenten)}`,
    label: 'gemeenten met een schepen voor Gelijke Kansen',
    period: formatDate(latest.peildatum),
    share: null,
  };
}

/** A Dutch municipality's council on the latest register date, among known gender. */
export function dutchMunicipalityKeyFigure(site: SiteData, m: DutchMunicipality): KeyFigure | null {
  const top = municipalTop(site);
  const raad = bodyOn(top, m.instelling_id, 'raad', top.latest);
  if (!raad) return null;
  const f = bodyFigures(raad);
  return {
    value: formatShare(f.aandeel_vrouwen_bekend),
    label: `vrouwen in de gemeenteraad${raad.x > 0 ? ` (van wie het gender bekend is; ${formatCount(raad.x)} zonder aanhef)` : ''}`,
    period: formatDate(raad.peildatum),
    share: f.aandeel_vrouwen_bekend,
  };
}

/** A Dutch province's councils on the latest register date, among known gender. */
export function dutchProvinceKeyFigure(site: SiteData, p: DutchProvince): KeyFigure | null {
  const top = municipalTop(site);
  if (!top.latest) return null;
  const raad = areaOn(top, { naam: p.naam, type: 'provincie' }, 'raad', top.latest);
  if (!raad) return null;
  const f = bodyFigures(raad);
  return {
    value: formatShare(f.aandeel_vrouwen_bekend),
    label: 'vrouwen in de gemeenteraden van de provincie',
    period: formatDate(raad.peildatum),
    share: f.aandeel_vrouwen_bekend,
  };
}
