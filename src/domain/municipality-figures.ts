// Figures per municipality and province for one mandaten extract (DATA.md §3.2, §3.3, §7).
import {
  gkStatus,
  isActiveOn,
  isGelijkeKansen,
  normaliseGeslacht,
  type BeleidsdomeinLookup,
  type Functie,
  type Geslacht,
  type GkStatus,
  GK_STATUSES,
} from './mandaten.ts';
import { existsOn, type Municipality } from './municipalities.ts';
import type {
  CollegeMember,
  MandatarisInput,
  MunicipalityFigures,
  ProvinceFigures,
} from './records.ts';

export type { CollegeMember, MandatarisInput, MunicipalityFigures, ProvinceFigures };

interface Person {
  naam: string;
  functieLabel: string;
  fractie: string;
  geslacht: Geslacht;
  domeinen: Set<string>;
  gk: boolean;
}

/** Merges the active records of one person in one function: competences and GK add up. */
function mergePerson(
  map: Map<string, Person>,
  m: MandatarisInput,
  geslacht: Geslacht,
  gk: boolean,
): void {
  const person = map.get(m.persoon);
  if (!person) {
    map.set(m.persoon, {
      naam: m.naam,
      functieLabel: m.functieLabel,
      fractie: m.fractie,
      geslacht,
      domeinen: new Set(m.beleidsdomeinen),
      gk,
    });
    return;
  }
  for (const d of m.beleidsdomeinen) person.domeinen.add(d);
  person.gk ||= gk;
  if (person.geslacht === 'onbekend') person.geslacht = geslacht;
}

function countGender(people: Iterable<Person>, g: Geslacht): number {
  let n = 0;
  for (const p of people) if (p.geslacht === g) n += 1;
  return n;
}

export function computeMunicipalityFigures(input: {
  peildatum: string;
  records: readonly MandatarisInput[];
  municipalities: readonly Municipality[];
  beleidsdomeinen: BeleidsdomeinLookup;
  /** persoon URI -> geslacht, for exports without a geslacht column */
  personen: ReadonlyMap<string, string>;
}): MunicipalityFigures[] {
  const { peildatum } = input;
  const byNis = new Map<string, Record<Functie, Map<string, Person>>>();
  const gkCache = new Map<string, boolean>();
  const isGk = (label: string): boolean => {
    let v = gkCache.get(label);
    if (v === undefined) gkCache.set(label, (v = isGelijkeKansen(label, input.beleidsdomeinen)));
    return v;
  };
  const present = new Set<string>();
  for (const m of input.records) {
    present.add(m.nis);
    if (!isActiveOn(m, peildatum)) continue;
    let groups = byNis.get(m.nis);
    if (!groups) {
      groups = {
        burgemeester: new Map<string, Person>(),
        schepen: new Map<string, Person>(),
        raadslid: new Map<string, Person>(),
      };
      byNis.set(m.nis, groups);
    }
    const raw = m.geslacht || input.personen.get(m.persoon) || '';
    mergePerson(groups[m.functie], m, normaliseGeslacht(raw), m.beleidsdomeinen.some(isGk));
  }

  const rows: MunicipalityFigures[] = [];
  for (const municipality of input.municipalities) {
    if (!existsOn(municipality, peildatum)) continue;
    const base = {
      peildatum,
      nis: municipality.nis,
      gemeente: municipality.naam,
      provincie: municipality.provincie,
    };
    if (!present.has(municipality.nis)) {
      rows.push({
        ...base,
        in_extract: false,
        geslacht_bekend: false,
        burgemeester_geslacht: null,
        n_schepenen: null,
        n_schepenen_vrouw: null,
        n_schepenen_man: null,
        n_raadsleden: null,
        n_raadsleden_vrouw: null,
        n_raadsleden_man: null,
        gk_status: 'onbekend',
        gk_schepen: null,
        gk_burgemeester: null,
        college: [],
      });
      continue;
    }
    const groups: Record<Functie, Map<string, Person>> = byNis.get(municipality.nis) ?? {
      burgemeester: new Map<string, Person>(),
      schepen: new Map<string, Person>(),
      raadslid: new Map<string, Person>(),
    };
    const burgemeesters = [...groups.burgemeester.values()];
    const schepenen = [...groups.schepen.values()];
    const raad = [...groups.raadslid.values()];
    const everyone = [...burgemeesters, ...schepenen, ...raad];
    const known = everyone.some((p) => p.geslacht !== 'onbekend');
    const gkSchepen = schepenen.filter((p) => p.gk).length;
    const gkBurgemeester = burgemeesters.some((p) => p.gk) ? 1 : 0;
    const collegeHasCompetences = [...burgemeesters, ...schepenen].some((p) => p.domeinen.size > 0);
    const burgemeester = burgemeesters[0];
    const member = (p: Person): CollegeMember => ({
      naam: p.naam,
      functie: p.functieLabel,
      fractie: p.fractie,
      geslacht: p.geslacht,
      beleidsdomeinen: [...p.domeinen].sort((a, b) => a.localeCompare(b, 'nl')),
      gelijke_kansen: p.gk,
    });
    rows.push({
      ...base,
      in_extract: true,
      geslacht_bekend: known,
      burgemeester_geslacht: burgemeester ? burgemeester.geslacht : null,
      n_schepenen: schepenen.length,
      n_schepenen_vrouw: known ? countGender(schepenen, 'vrouw') : null,
      n_schepenen_man: known ? countGender(schepenen, 'man') : null,
      n_raadsleden: raad.length,
      n_raadsleden_vrouw: known ? countGender(raad, 'vrouw') : null,
      n_raadsleden_man: known ? countGender(raad, 'man') : null,
      gk_status: gkStatus({ gkSchepen, gkBurgemeester, collegeHasCompetences }),
      gk_schepen: gkSchepen,
      gk_burgemeester: gkBurgemeester,
      college: [
        ...burgemeesters.map(member),
        ...schepenen.map(member).sort((a, b) => a.naam.localeCompare(b.naam, 'nl')),
      ],
    });
  }
  return rows;
}

export const FLANDERS = 'Vlaanderen';

/** One row per province per peildatum plus Flanders, provinces in alphabetical order. */
export function computeProvinceFigures(rows: readonly MunicipalityFigures[]): ProvinceFigures[] {
  const groups = new Map<string, MunicipalityFigures[]>();
  for (const r of rows) {
    for (const key of [`${r.peildatum}|${r.provincie}`, `${r.peildatum}|${FLANDERS}`]) {
      groups.set(key, [...(groups.get(key) ?? []), r]);
    }
  }
  const result: ProvinceFigures[] = [];
  for (const [key, group] of groups) {
    const [peildatum, provincie] = key.split('|') as [string, string];
    const status = Object.fromEntries(GK_STATUSES.map((s) => [s, 0])) as Record<GkStatus, number>;
    const sum = (f: (r: MunicipalityFigures) => number | null): number =>
      group.reduce((a, r) => a + (f(r) ?? 0), 0);
    for (const r of group) status[r.gk_status] += 1;
    const withGender = group.filter((r) => r.geslacht_bekend);
    const sumKnown = (f: (r: MunicipalityFigures) => number | null): number =>
      withGender.reduce((a, r) => a + (f(r) ?? 0), 0);
    result.push({
      peildatum,
      provincie,
      n_gemeenten: group.length,
      n_gk_schepen_gemeenten: status.schepen,
      n_gk_schepenen: sum((r) => r.gk_schepen),
      n_gk_burgemeester: group.filter((r) => r.gk_burgemeester === 1).length,
      n_gk_geen: status.geen,
      n_gk_onbekend: status.onbekend,
      n_gk_alleen_burgemeester: status.burgemeester,
      status,
      n_schepenen: sumKnown((r) => r.n_schepenen),
      n_schepenen_vrouw: sumKnown((r) => r.n_schepenen_vrouw),
      n_schepenen_man: sumKnown((r) => r.n_schepenen_man),
      n_raadsleden: sumKnown((r) => r.n_raadsleden),
      n_raadsleden_vrouw: sumKnown((r) => r.n_raadsleden_vrouw),
      n_raadsleden_man: sumKnown((r) => r.n_raadsleden_man),
      n_burgemeesters_vrouw: withGender.filter((r) => r.burgemeester_geslacht === 'vrouw').length,
      n_burgemeesters_man: withGender.filter((r) => r.burgemeester_geslacht === 'man').length,
      n_gemeenten_geslacht_bekend: withGender.length,
    });
  }
  return result.sort(
    (a, b) =>
      a.peildatum.localeCompare(b.peildatum) ||
      Number(a.provincie === FLANDERS) - Number(b.provincie === FLANDERS) ||
      a.provincie.localeCompare(b.provincie, 'nl'),
  );
}

export interface ProvinceChange {
  provincie: string;
  van: string;
  tot: string;
  n_gemeenten_van: number;
  n_gemeenten_tot: number;
  verschil_gk_schepen_gemeenten: number;
  verschil_gk_schepenen: number;
  verschil_gk_burgemeester: number;
  verschil_gk_onbekend: number;
}

/** Change between consecutive peildata per province (and Flanders), DATA.md §3.2. */
export function computeProvinceChanges(rows: readonly ProvinceFigures[]): ProvinceChange[] {
  const peildata = [...new Set(rows.map((r) => r.peildatum))].sort();
  const changes: ProvinceChange[] = [];
  for (let i = 1; i < peildata.length; i += 1) {
    const [van, tot] = [peildata[i - 1]!, peildata[i]!];
    for (const after of rows.filter((r) => r.peildatum === tot)) {
      const before = rows.find((r) => r.peildatum === van && r.provincie === after.provincie);
      if (!before) continue;
      changes.push({
        provincie: after.provincie,
        van,
        tot,
        n_gemeenten_van: before.n_gemeenten,
        n_gemeenten_tot: after.n_gemeenten,
        verschil_gk_schepen_gemeenten: after.n_gk_schepen_gemeenten - before.n_gk_schepen_gemeenten,
        verschil_gk_schepenen: after.n_gk_schepenen - before.n_gk_schepenen,
        verschil_gk_burgemeester: after.n_gk_burgemeester - before.n_gk_burgemeester,
        verschil_gk_onbekend: after.n_gk_onbekend - before.n_gk_onbekend,
      });
    }
  }
  return changes;
}

/** One province (or Flanders) × Gelijke Kansen status on a peildatum: count and share. */
export interface GkStatusShare {
  peildatum: string;
  provincie: string;
  gk_status: GkStatus;
  n_gemeenten: number;
  n_gemeenten_totaal: number;
  /** n_gemeenten / n_gemeenten_totaal: the four statuses of a province add up to 1 */
  aandeel: number | null;
}

/**
 * The status partition of every province as counts and shares: the one place the share of
 * municipalities per status is computed (the GK chart, its summary and its CSV read it).
 */
export function computeGkStatusShares(rows: readonly ProvinceFigures[]): GkStatusShare[] {
  return rows.flatMap((p) =>
    GK_STATUSES.map((status) => ({
      peildatum: p.peildatum,
      provincie: p.provincie,
      gk_status: status,
      n_gemeenten: p.status[status],
      n_gemeenten_totaal: p.n_gemeenten,
      aandeel: p.n_gemeenten > 0 ? p.status[status] / p.n_gemeenten : null,
    })),
  );
}

/** A body of the municipality whose share of women is compared with its province and Flanders. */
export type ComparedBody = 'raad' | 'schepenen';

export interface BodyComparisonRow {
  peildatum: string;
  gebied: string;
  /** members with known gender (province and Flanders: in municipalities with gender data) */
  n: number;
  n_vrouw: number;
  aandeel_vrouwen: number | null;
}

/**
 * One body of a municipality at its latest peildatum beside the same body in its province and in
 * Flanders: the rows of the comparison figure and of its CSV, computed here only. Empty when the
 * municipality has no gender data or no members of that body.
 */
/** A body's members with known gender and the women among them, in a municipality or area. */
function bodyCounts(
  r: {
    n_raadsleden: number | null;
    n_raadsleden_vrouw: number | null;
    n_schepenen: number | null;
    n_schepenen_vrouw: number | null;
  },
  body: ComparedBody,
): { n: number; v: number } {
  return body === 'raad'
    ? { n: r.n_raadsleden ?? 0, v: r.n_raadsleden_vrouw ?? 0 }
    : { n: r.n_schepenen ?? 0, v: r.n_schepenen_vrouw ?? 0 };
}

/** "Provincie Limburg", or "Vlaanderen" for the whole. */
function areaName(provincie: string): string {
  return provincie === FLANDERS ? provincie : `Provincie ${provincie}`;
}

export function compareBody(
  figures: readonly MunicipalityFigures[],
  provinces: readonly ProvinceFigures[],
  nis: string,
  body: ComparedBody,
): BodyComparisonRow[] {
  const latest = figures.filter((f) => f.nis === nis).at(-1);
  if (!latest || !latest.geslacht_bekend) return [];
  const own = bodyCounts(latest, body);
  if (own.n === 0) return [];
  const row = (gebied: string, c: { n: number; v: number }): BodyComparisonRow => ({
    peildatum: latest.peildatum,
    gebied,
    n: c.n,
    n_vrouw: c.v,
    aandeel_vrouwen: shareOf(c.v, c.n),
  });
  const rows = [row(latest.gemeente, own)];
  for (const name of [latest.provincie, FLANDERS]) {
    const p = provinces.find((r) => r.peildatum === latest.peildatum && r.provincie === name);
    if (p) rows.push(row(areaName(name), bodyCounts(p, body)));
  }
  return rows;
}

/** The council and the schepenen of a province beside Flanders on one peildatum. */
export interface ProvinceBodyRow {
  peildatum: string;
  orgaan: ComparedBody;
  gebied: string;
  n: number;
  n_vrouw: number;
  aandeel_vrouwen: number | null;
}

export function compareProvinceBodies(
  provinces: readonly ProvinceFigures[],
  provincie: string,
  peildatum: string,
): ProvinceBodyRow[] {
  const rows: ProvinceBodyRow[] = [];
  for (const orgaan of ['raad', 'schepenen'] as const) {
    for (const name of [provincie, FLANDERS]) {
      const p = provinces.find((r) => r.peildatum === peildatum && r.provincie === name);
      if (!p) continue;
      const { n, v } = bodyCounts(p, orgaan);
      if (n === 0) continue;
      rows.push({
        peildatum,
        orgaan,
        gebied: areaName(name),
        n,
        n_vrouw: v,
        aandeel_vrouwen: shareOf(v, n),
      });
    }
  }
  return rows;
}

/** A municipality's place among those of its province, by share of women in the council. */
export interface CouncilRankRow {
  peildatum: string;
  rang: number;
  nis: string;
  gemeente: string;
  n_raadsleden: number;
  n_raadsleden_vrouw: number;
  aandeel_vrouwen: number;
}

/**
 * The municipalities of a province with gender data, highest share of women in the council first
 * (ties: same rank, alphabetical). Municipalities without gender data are not ranked.
 */
export function rankCouncils(
  figures: readonly MunicipalityFigures[],
  provincie: string,
  peildatum: string,
): CouncilRankRow[] {
  const ranked = figures
    .filter(
      (f) =>
        f.peildatum === peildatum &&
        f.provincie === provincie &&
        f.geslacht_bekend &&
        (f.n_raadsleden ?? 0) > 0,
    )
    .map((f) => ({
      peildatum,
      nis: f.nis,
      gemeente: f.gemeente,
      n_raadsleden: f.n_raadsleden!,
      n_raadsleden_vrouw: f.n_raadsleden_vrouw ?? 0,
      aandeel_vrouwen: shareOf(f.n_raadsleden_vrouw ?? 0, f.n_raadsleden)!,
    }))
    .sort(
      (a, b) =>
        // Compared as fractions exactly (cross-multiplied), so equal shares tie.
        b.n_raadsleden_vrouw * a.n_raadsleden - a.n_raadsleden_vrouw * b.n_raadsleden ||
        a.gemeente.localeCompare(b.gemeente, 'nl'),
    );
  return ranked.map((r, i) => {
    const first = ranked.findIndex(
      (o) => o.n_raadsleden_vrouw * r.n_raadsleden === r.n_raadsleden_vrouw * o.n_raadsleden,
    );
    return { ...r, rang: (first < 0 ? i : first) + 1 };
  });
}

/**
 * The share of women in a body: women / members, null without members. The one definition the
 * municipality, province and comparison figures and their CSVs use.
 */
export function shareOf(women: number | null, members: number | null): number | null {
  if (women === null || members === null || members === 0) return null;
  return women / members;
}
