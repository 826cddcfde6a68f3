// What pages show of a register sector (DATA.md §8): the national and provincial shares of women
// in councils and colleges and among the chairs (burgemeesters), each read from the pipeline's
// rows (never recomputed here), with the CSV they come from and the published figures beside
// them.
import type { BreakdownRow, PublishedFigure, SiteData } from '../domain/site-data.ts';
import type { RegisterAreaRow, RegisterOrganisation } from '../domain/roo.ts';

export interface RegisterArea {
  /** '' = all provinces */
  provincie: string;
  raad: BreakdownRow | null;
  college: BreakdownRow | null;
  voorzitters: RegisterAreaRow | null;
}

export interface RegisterFigures {
  sector: string;
  jaar: number;
  peildatum: string;
  land: RegisterArea;
  provincies: RegisterArea[];
  /** the per-sector CSVs these rows are in */
  csv: { uitsplitsing: string; register: string };
}

/** The register figures of a sector in a year (its latest by default); null if not a register sector. */
export function registerFigures(
  site: SiteData,
  sector: string,
  jaar?: number,
): RegisterFigures | null {
  const areas = site.registerGebieden.filter(
    (r) => r.sector === sector && (jaar === undefined || Number(r.peildatum.slice(0, 4)) === jaar),
  );
  const peildatum = areas
    .map((r) => r.peildatum)
    .sort()
    .at(-1);
  if (!peildatum) return null;
  const year = Number(peildatum.slice(0, 4));
  const breakdown = site.uitsplitsing.filter((b) => b.sector === sector && b.jaar === year);
  const area = (provincie: string): RegisterArea => ({
    provincie,
    raad: breakdown.find((b) => b.subsector === provincie && b.gremium_type === 'raad') ?? null,
    college:
      breakdown.find((b) => b.subsector === provincie && b.gremium_type === 'college') ?? null,
    voorzitters: areas.find((r) => r.peildatum === peildatum && r.provincie === provincie) ?? null,
  });
  const provinces = areas
    .filter((r) => r.peildatum === peildatum && r.provincie !== '')
    .map((r) => r.provincie);
  return {
    sector,
    jaar: year,
    peildatum,
    land: area(''),
    provincies: provinces.map(area),
    csv: {
      uitsplitsing: `/downloads/sectoren/${sector}-uitsplitsing-${year}.csv`,
      register: `/downloads/sectoren/${sector}-register-${year}.csv`,
    },
  };
}

/** Published figures that stand beside a register figure ('raad', 'burgemeesters'). */
export function publishedBeside(site: SiteData, measure: string): PublishedFigure[] {
  return site.gepubliceerd.nl.filter((f) => f.vergelijk === measure);
}

/** The register's entry for one organisation at its latest peildatum, with that peildatum. */
export function registerEntry(
  site: SiteData,
  id: string,
): { peildatum: string; organisatie: RegisterOrganisation } | null {
  for (const snapshot of [...site.register].sort((a, b) =>
    b.peildatum.localeCompare(a.peildatum),
  )) {
    const organisatie = snapshot.organisaties.find((o) => o.instelling_id === id);
    if (organisatie) return { peildatum: snapshot.peildatum, organisatie };
  }
  return null;
}
