// One model for a municipal body (SITE.md §6): a council, college, burgemeester or role of one
// municipality on one date, from one kind of source, in either country. Shares, comparisons,
// rankings, maps and series all run over this record, and the tables gemeentebesturen.csv and
// rollen.csv (and their area tables) are its rows. Pure.
import { boardFigures, type SeatCounts } from './balance.ts';
import type { Bronsoort } from './source-kinds.ts';

export type Land = 'NL' | 'VL';

export interface BodyRecord extends SeatCounts {
  land: Land;
  /** organisation id (gm0363) or NIS code */
  instelling_id: string;
  /** the municipality's name as the source gives it */
  instelling: string;
  /** register organisation type ("Gemeente"); the Flemish figures and elections: "Gemeente" */
  type: string;
  provincie: string;
  /** raad, college, burgemeester, schepenen, or a role of lookups/rollen.csv */
  orgaan: string;
  orgaan_label: string;
  /** 'bestuur' for boards; a role's group ('politiek', 'ambtelijke top') for roles */
  groep: string;
  peildatum: string;
  bronsoort: Bronsoort;
  bron: string;
  /** a fingerprint of who sits in it (register exports): equal means the same persons */
  samenstelling?: string;
  /** the register date before this one, for the same body (withCompositionChanges) */
  vorige_peildatum?: string | null;
  /** other persons than at vorige_peildatum; null where there is nothing to compare */
  samenstelling_gewijzigd?: boolean | null;
}

/** The boards every municipality has; anything else is a role (DATA.md §8.2). */
export const BOARD_ORGANEN = ['raad', 'college', 'schepenen'] as const;

export function isBoard(orgaan: string): boolean {
  return (BOARD_ORGANEN as readonly string[]).includes(orgaan);
}

/** Every figure of one body (DATA.md §2.1), from its counts. */
export function bodyFigures(b: SeatCounts) {
  const {
    vrouwen,
    mannen,
    x,
    totaal,
    aandeel_vrouwen,
    aandeel_vrouwen_bekend,
    dekking_gender,
    klasse,
  } = boardFigures(b.vrouwen + b.mannen + b.x === 0 ? null : b);
  return {
    vrouwen: vrouwen ?? 0,
    mannen: mannen ?? 0,
    x: x ?? 0,
    totaal: totaal ?? 0,
    aandeel_vrouwen,
    aandeel_vrouwen_bekend,
    dekking_gender,
    klasse,
  };
}

/**
 * The map band of a body: its share of women among known gender in one of four bands (the EIGE
 * 40–60% band one of them, the boundaries inside it, DATA.md §2.1), "onvolledig" below 75% known
 * gender, "geen" when nobody's gender is known. The maps colour by it and the area tables count it.
 */
export const BODY_BANDS = ['onder-30', '30-40', '40-60', 'boven-60', 'onvolledig', 'geen'] as const;
export type BodyBand = (typeof BODY_BANDS)[number];

export function bodyBand(b: SeatCounts): BodyBand {
  const f = bodyFigures(b);
  const share = f.aandeel_vrouwen_bekend;
  if (share === null) return 'geen';
  if (f.klasse === 'gender_onvolledig') return 'onvolledig';
  if (share < 0.3) return 'onder-30';
  if (share < 0.4) return '30-40';
  if (share <= 0.6) return '40-60';
  return 'boven-60';
}

/**
 * Who holds a one-person role (a griffier, a gemeentesecretaris) in one municipality: a woman, a
 * man, someone of unknown gender, nobody, or more than one person (the register lists what the
 * municipality registered; the site does not choose). The role maps colour by it.
 */
export const HOLDER_KINDS = ['vrouw', 'man', 'onbekend', 'geen', 'meer'] as const;
export type HolderKind = (typeof HOLDER_KINDS)[number];

export function holderKind(b: SeatCounts | undefined): HolderKind {
  if (!b) return 'geen';
  const n = b.vrouwen + b.mannen + b.x;
  if (n === 0) return 'geen';
  if (n > 1) return 'meer';
  return b.vrouwen === 1 ? 'vrouw' : b.mannen === 1 ? 'man' : 'onbekend';
}

/** The column of a holder kind in the role area tables: n_gemeenten_vrouw … n_gemeenten_meer. */
export const holderColumn = (kind: HolderKind) => `n_gemeenten_${kind}`;

/** The column of a band in the area tables: n_band_onder_30 … n_band_geen. */
export const bandColumn = (band: BodyBand) => `n_band_${band.replace(/-/g, '_')}`;

const noBands = (): Record<BodyBand, number> =>
  Object.fromEntries(BODY_BANDS.map((band) => [band, 0])) as Record<BodyBand, number>;

/** A body's figures summed over an area (a province or a country) on one date and kind. */
export interface AreaBodyRow extends SeatCounts {
  peildatum: string;
  bronsoort: Bronsoort;
  land: Land;
  /** register organisation type: areas sum one type of organisation only */
  type: string;
  /** province name, or the country ("Nederland", "Vlaanderen") */
  gebied: string;
  gebied_type: 'provincie' | 'land';
  orgaan: string;
  orgaan_label: string;
  groep: string;
  /** municipalities in the sum (with or without seats) */
  n_instellingen: number;
  /** municipalities where the body has no seat listed at all */
  n_zonder_zetels: number;
  /** municipalities whose body holds other persons than at the register date before */
  n_gewijzigd: number;
  /** municipalities whose body holds the same persons as at the register date before */
  n_ongewijzigd: number;
  /** the register date before this one, where the bodies have one */
  vorige_peildatum: string | null;
  /** municipalities per map band (bodyBand) */
  banden: Record<BodyBand, number>;
  /** municipalities per kind of holder (holderKind): what a role map counts */
  bezetting: Record<HolderKind, number>;
}

export const COUNTRY_NAMES: Record<Land, string> = { NL: 'Nederland', VL: 'Vlaanderen' };

/** The key of an area row: one body of one type of organisation, area, date and kind. */
export function areaKey(a: {
  peildatum: string;
  bronsoort: string;
  type: string;
  gebied_type: string;
  gebied: string;
  orgaan: string;
}): string {
  return [a.peildatum, a.bronsoort, a.type, a.gebied_type, a.gebied, a.orgaan].join('|');
}

/** The province and country rows a body is compared with, from the area rows (not computed). */
export function areasOf(
  b: BodyRecord,
  index: ReadonlyMap<string, AreaBodyRow>,
): { provincie: AreaBodyRow | undefined; land: AreaBodyRow | undefined } {
  const base = { peildatum: b.peildatum, bronsoort: b.bronsoort, type: b.type, orgaan: b.orgaan };
  return {
    provincie:
      b.provincie === ''
        ? undefined
        : index.get(areaKey({ ...base, gebied_type: 'provincie', gebied: b.provincie })),
    land: index.get(areaKey({ ...base, gebied_type: 'land', gebied: COUNTRY_NAMES[b.land] })),
  };
}

const SEP = '\u0000';

/**
 * Sums bodies per province and per country, for every date, kind and body apart (kinds never
 * meet in one sum, DATA.md §6). A municipality without a province counts only in its country.
 */
export function aggregateBodies(records: readonly BodyRecord[]): AreaBodyRow[] {
  const groups = new Map<string, AreaBodyRow>();
  const add = (r: BodyRecord, gebied: string, gebied_type: AreaBodyRow['gebied_type']) => {
    const key = [r.peildatum, r.bronsoort, r.land, r.type, gebied_type, gebied, r.orgaan].join(SEP);
    let row = groups.get(key);
    if (!row) {
      row = {
        peildatum: r.peildatum,
        bronsoort: r.bronsoort,
        land: r.land,
        type: r.type,
        gebied,
        gebied_type,
        orgaan: r.orgaan,
        orgaan_label: r.orgaan_label,
        groep: r.groep,
        n_instellingen: 0,
        n_zonder_zetels: 0,
        n_gewijzigd: 0,
        n_ongewijzigd: 0,
        vorige_peildatum: null,
        banden: noBands(),
        bezetting: Object.fromEntries(HOLDER_KINDS.map((k) => [k, 0])) as Record<
          HolderKind,
          number
        >,
        vrouwen: 0,
        mannen: 0,
        x: 0,
      };
      groups.set(key, row);
    }
    row.n_instellingen += 1;
    if (r.vrouwen + r.mannen + r.x === 0) row.n_zonder_zetels += 1;
    if (r.samenstelling_gewijzigd === true) row.n_gewijzigd += 1;
    if (r.samenstelling_gewijzigd === false) row.n_ongewijzigd += 1;
    row.vorige_peildatum ??= r.vorige_peildatum ?? null;
    row.banden[bodyBand(r)] += 1;
    row.bezetting[holderKind(r)] += 1;
    row.vrouwen += r.vrouwen;
    row.mannen += r.mannen;
    row.x += r.x;
  };
  for (const r of records) {
    add(r, COUNTRY_NAMES[r.land], 'land');
    if (r.provincie !== '') add(r, r.provincie, 'provincie');
  }
  return [...groups.values()].sort(
    (a, b) =>
      a.peildatum.localeCompare(b.peildatum) ||
      a.bronsoort.localeCompare(b.bronsoort) ||
      a.land.localeCompare(b.land) ||
      a.type.localeCompare(b.type) ||
      (a.gebied_type === b.gebied_type ? 0 : a.gebied_type === 'land' ? -1 : 1) ||
      a.gebied.localeCompare(b.gebied, 'nl') ||
      a.orgaan.localeCompare(b.orgaan),
  );
}

/** One party's council members in one municipality (DATA.md §8.3). */
export interface PartyRecord {
  peildatum: string;
  bronsoort: Bronsoort;
  instelling_id: string;
  instelling: string;
  /** exact party name after whitespace collapsing; '' = no party registered */
  partij: string;
  /** the register's seats for the party, where the source gives them */
  zetels: number | null;
  vrouwen: number;
  mannen: number;
  x: number;
}

/** One party over all municipalities of one date and kind: names kept exact, never merged. */
export interface PartyTotal {
  peildatum: string;
  bronsoort: Bronsoort;
  partij: string;
  n_gemeenten: number;
  zetels: number | null;
  vrouwen: number;
  mannen: number;
  x: number;
}

export function sumParties(records: readonly PartyRecord[]): PartyTotal[] {
  const groups = new Map<string, PartyTotal>();
  for (const r of records) {
    const key = [r.peildatum, r.bronsoort, r.partij].join(SEP);
    let t = groups.get(key);
    if (!t) {
      t = {
        peildatum: r.peildatum,
        bronsoort: r.bronsoort,
        partij: r.partij,
        n_gemeenten: 0,
        zetels: null,
        vrouwen: 0,
        mannen: 0,
        x: 0,
      };
      groups.set(key, t);
    }
    t.n_gemeenten += 1;
    if (r.zetels !== null) t.zetels = (t.zetels ?? 0) + r.zetels;
    t.vrouwen += r.vrouwen;
    t.mannen += r.mannen;
    t.x += r.x;
  }
  return [...groups.values()].sort(
    (a, b) =>
      a.peildatum.localeCompare(b.peildatum) ||
      a.bronsoort.localeCompare(b.bronsoort) ||
      b.vrouwen + b.mannen + b.x - (a.vrouwen + a.mannen + a.x) ||
      a.partij.localeCompare(b.partij, 'nl'),
  );
}

/**
 * Each register body with whether it holds the same persons as at the register date before it:
 * the one fact that tells a council registered after an election from one not yet updated. Null
 * where there is no earlier register date or no fingerprint.
 */
export function withCompositionChanges(records: readonly BodyRecord[]): BodyRecord[] {
  const byBody = new Map<string, BodyRecord[]>();
  for (const r of records) {
    if (r.bronsoort !== 'register' || r.samenstelling === undefined) continue;
    const key = [r.land, r.instelling_id, r.orgaan].join(SEP);
    byBody.set(key, [...(byBody.get(key) ?? []), r]);
  }
  const previous = new Map<BodyRecord, BodyRecord>();
  for (const list of byBody.values()) {
    const sorted = [...list].sort((a, b) => a.peildatum.localeCompare(b.peildatum));
    sorted.forEach((r, i) => {
      if (i > 0) previous.set(r, sorted[i - 1]!);
    });
  }
  return records.map((r) => {
    const before = previous.get(r);
    return {
      ...r,
      vorige_peildatum: before?.peildatum ?? null,
      samenstelling_gewijzigd: before ? before.samenstelling !== r.samenstelling : null,
    };
  });
}
