// One small JSON "card" per institution and municipality for the comparison page: the entity's
// measures per period beside those of its sector/province and of the whole (all sectors /
// Flanders). Built at build time so the browser only fetches the cards it compares.
import { aggregateGremia, type GremiaAggregate } from '../domain/aggregates.ts';
import { roundShare } from '../domain/cells.ts';
import type { ProvinceFigures } from '../domain/municipality-figures.ts';
import type { AggregateRow, InstitutionSummary, MunicipalityEntry } from '../domain/site-data.ts';
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

export function institutionCard(ix: Indexes, institution: InstitutionSummary): CompareCard {
  const records = ix.gremiaByInstitution.get(institution.id) ?? [];
  const sector = ix.site.sectoren.find((s) => s.sector === institution.sector);
  const sectorRows = ix.sectorRows.get(institution.sector) ?? [];
  const years = [...new Set(records.map((r) => r.jaar))].sort((a, b) => a - b);
  const kind = sectorKind(ix.site, institution.sector) ?? 'bronbestand';
  const byYear = (rows: AggregateRow[], jaar: number) => rows.find((r) => r.jaar === jaar);
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
      const context = byYear(sectorRows, jaar);
      // The whole of the same kind of source only: real and demo never meet in one total.
      const totaal = byYear(
        ix.site.totaalCijfers.filter((r) => r.bronsoort === kind),
        jaar,
      );
      return {
        periode: String(jaar),
        entiteit: institutionMeasures(aggregateGremia(records.filter((r) => r.jaar === jaar))),
        context: context ? institutionMeasures(context) : null,
        totaal: totaal ? institutionMeasures(totaal) : null,
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
  const area = (peildatum: string, provincie: string) =>
    ix.site.provincieCijfers.find((p) => p.peildatum === peildatum && p.provincie === provincie);
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
        const province = area(f.peildatum, f.provincie);
        const flanders = area(f.peildatum, 'Vlaanderen');
        return {
          periode: f.peildatum,
          entiteit: {
            burgemeester: f.burgemeester_geslacht,
            schepenen: f.n_schepenen,
            aandeel_schepenen_vrouw: womenShare(f.n_schepenen_vrouw, f.n_schepenen),
            aandeel_raad_vrouw: womenShare(f.n_raadsleden_vrouw, f.n_raadsleden),
            gelijke_kansen: f.gk_status,
          },
          context: province ? areaMeasures(province) : null,
          totaal: flanders ? areaMeasures(flanders) : null,
        };
      }),
  };
}

/**
 * A card as the JSON the browser fetches: shares with the 4 decimals of the CSV downloads (the
 * comparison shows and exports what the CSVs say, and 3,000 cards need not carry 17 digits).
 */
export function cardJson(card: CompareCard): string {
  return JSON.stringify(card, (_key, value: unknown) =>
    typeof value === 'number' && !Number.isInteger(value) ? roundShare(value) : value,
  );
}
