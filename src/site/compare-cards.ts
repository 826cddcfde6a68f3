// One small JSON "card" per institution and municipality for the comparison page: the entity's
// measures per period beside those of its sector/province and of the whole (all sectors /
// Flanders). Built at build time so the browser only fetches the cards it compares.
import { aggregateGremia, type GremiaAggregate } from '../domain/aggregates.ts';
import { roundShare } from '../domain/cells.ts';
import type { ProvinceFigures } from '../domain/municipality-figures.ts';
import type { InstitutionSummary, MunicipalityEntry } from '../domain/site-data.ts';
import type { CompareCard, MeasureValues } from './compare-table.ts';
import type { Indexes } from './entities.ts';
import { provinceSlug } from './entities.ts';
import { womenShare } from './municipalities.ts';
import { mandatenKind, sectorKind } from './kinds.ts';
import type { Bronsoort } from '../domain/source-kinds.ts';

/** The name of the whole an institution is compared with: all sectors of its kind of source. */
function wholeName(kind: Bronsoort): string {
  if (kind === 'voorbeelddata') return 'Alle sectoren (voorbeelddata)';
  if (kind === 'register') return 'Alle sectoren uit het register';
  return 'Alle sectoren';
}

function institutionMeasures(a: GremiaAggregate): MeasureValues {
  return {
    gremia: a.n_gremia_met_gegevens,
    zetels: a.vrouwen + a.mannen + a.x,
    vrouwen: a.vrouwen,
    aandeel_vrouwen: a.aandeel_vrouwen_totaal,
    aandeel_evenredig: a.aandeel_evenredig,
  };
}

/** What an entity is compared with, per period: its sector or province, and the whole. */
export interface CompareEnvironment {
  perioden: { periode: string; context: MeasureValues | null; totaal: MeasureValues | null }[];
}

const sectorEnvironments = new WeakMap<Indexes, Map<string, CompareEnvironment>>();

/** A sector and the whole of its kind of source, every year: shared by all its institutions. */
export function sectorEnvironment(ix: Indexes, sector: string): CompareEnvironment {
  const cache = sectorEnvironments.get(ix) ?? new Map<string, CompareEnvironment>();
  sectorEnvironments.set(ix, cache);
  const cached = cache.get(sector);
  if (cached) return cached;
  const kind = sectorKind(ix.site, sector) ?? 'bronbestand';
  // The whole of the same kind of source only: real and demo never meet in one total.
  const totals = ix.site.totaalCijfers.filter((r) => r.bronsoort === kind);
  const environment = {
    perioden: (ix.sectorRows.get(sector) ?? []).map((row) => {
      const totaal = totals.find((r) => r.jaar === row.jaar);
      return {
        periode: String(row.jaar),
        context: institutionMeasures(row),
        totaal: totaal ? institutionMeasures(totaal) : null,
      };
    }),
  };
  cache.set(sector, environment);
  return environment;
}

export function institutionCard(ix: Indexes, institution: InstitutionSummary): CompareCard {
  const records = ix.gremiaByInstitution.get(institution.id) ?? [];
  const sector = ix.site.sectoren.find((s) => s.sector === institution.sector);
  const years = [...new Set(records.map((r) => r.jaar))].sort((a, b) => a - b);
  const kind = sectorKind(ix.site, institution.sector) ?? 'bronbestand';
  const environment = sectorEnvironment(ix, institution.sector);
  return {
    soort: 'instelling',
    sleutel: institution.slug,
    naam: institution.naam,
    pad: `/instellingen/${institution.slug}/`,
    context: {
      naam: sector?.sector_label ?? institution.sector,
      pad: `/sectoren/${institution.sector}/`,
    },
    totaal: { naam: wholeName(kind), pad: '/sectoren/' },
    bronsoort: kind,
    perioden: years.map((jaar) => {
      const around = environment.perioden.find((p) => p.periode === String(jaar));
      return {
        periode: String(jaar),
        entiteit: institutionMeasures(aggregateGremia(records.filter((r) => r.jaar === jaar))),
        context: around?.context ?? null,
        totaal: around?.totaal ?? null,
      };
    }),
  };
}

/** A province and Flanders on every peildatum: shared by all its municipalities. */
export function provinceEnvironment(ix: Indexes, provincie: string): CompareEnvironment {
  const area = (peildatum: string, name: string) =>
    ix.site.provincieCijfers.find((p) => p.peildatum === peildatum && p.provincie === name);
  return {
    perioden: ix.site.peildata.map((peildatum) => {
      const province = area(peildatum, provincie);
      const flanders = area(peildatum, 'Vlaanderen');
      return {
        periode: peildatum,
        context: province ? areaMeasures(province) : null,
        totaal: flanders ? areaMeasures(flanders) : null,
      };
    }),
  };
}

function areaMeasures(p: ProvinceFigures): MeasureValues {
  const mayors = p.n_burgemeesters_vrouw + p.n_burgemeesters_man;
  return {
    burgemeester: mayors === 0 ? null : p.n_burgemeesters_vrouw / mayors,
    schepenen: p.n_schepenen,
    // Same denominators as the province pages: persons in municipalities whose gender is known.
    aandeel_schepenen_vrouw: womenShare(p.n_schepenen_vrouw, p.n_schepenen),
    aandeel_raad_vrouw: womenShare(p.n_raadsleden_vrouw, p.n_raadsleden),
    gelijke_kansen: p.n_gemeenten === 0 ? null : p.n_gk_schepen_gemeenten / p.n_gemeenten,
  };
}

export function municipalityCard(ix: Indexes, m: MunicipalityEntry): CompareCard {
  const figures = [...(ix.figuresByNis.get(m.nis) ?? [])].sort((a, b) =>
    a.peildatum.localeCompare(b.peildatum),
  );
  const environment = provinceEnvironment(ix, m.provincie);
  return {
    soort: 'gemeente',
    sleutel: m.nis,
    naam: m.naam,
    pad: `/gemeenten/${m.slug}/`,
    context: { naam: `Provincie ${m.provincie}`, pad: `/provincies/${provinceSlug(m.provincie)}/` },
    totaal: { naam: 'Vlaanderen', pad: '/gemeenten/' },
    bronsoort: mandatenKind(ix.site) ?? 'register',
    perioden: figures
      .filter((f) => f.in_extract)
      .map((f) => {
        const around = environment.perioden.find((p) => p.periode === f.peildatum);
        return {
          periode: f.peildatum,
          entiteit: {
            burgemeester: f.burgemeester_geslacht,
            schepenen: f.n_schepenen,
            aandeel_schepenen_vrouw: womenShare(f.n_schepenen_vrouw, f.n_schepenen),
            aandeel_raad_vrouw: womenShare(f.n_raadsleden_vrouw, f.n_raadsleden),
            gelijke_kansen: f.gk_status,
          },
          context: around?.context ?? null,
          totaal: around?.totaal ?? null,
        };
      }),
  };
}

/**
 * A card as the JSON the browser fetches: shares with the 4 decimals of the CSV downloads (the
 * comparison shows and exports what the CSVs say, and 3,000 cards need not carry 17 digits).
 */
export function cardJson(card: object): string {
  return JSON.stringify(card, (_key, value: unknown) =>
    typeof value === 'number' && !Number.isInteger(value) ? roundShare(value) : value,
  );
}

/**
 * A card as published: the entity's own figures per period and the name of its environment file
 * (the sector's or province's figures are the same for all its members: stored once, not in
 * every one of 3,000 cards). The browser joins the two (src/client/compare.ts).
 */
export function cardFileJson(card: CompareCard, omgeving: string): string {
  return cardJson({
    ...card,
    omgeving,
    perioden: card.perioden.map(({ periode, entiteit }) => ({ periode, entiteit })),
  });
}
