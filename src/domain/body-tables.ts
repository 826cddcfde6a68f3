// The published tables of the municipal top (DATA.md §8.2, §8.3, §9; SITE.md §6): one function per
// table, from the body and party records, so that every page, card and CSV reads the same rows.
import {
  BODY_BANDS,
  HOLDER_KINDS,
  areasOf,
  bandColumn,
  holderColumn,
  bodyFigures,
  isBoard,
  type AreaBodyRow,
  type BodyRecord,
  type PartyRecord,
  type PartyTotal,
} from './bodies.ts';
import type { Row } from './download-tables.ts';
import type { ElectionRow } from './elections.ts';

/** The bodies of gemeentebesturen.csv: the boards and the burgemeester of municipalities. */
export function isMunicipalBody(b: { type: string; orgaan: string }): boolean {
  return b.type.toLowerCase() === 'gemeente' && (isBoard(b.orgaan) || b.orgaan === 'burgemeester');
}

/** The records of rollen.csv: every role (not a board) of any organisation type. */
export function isRole(b: { orgaan: string }): boolean {
  return !isBoard(b.orgaan);
}

const shares = (s: { vrouwen: number; mannen: number; x: number }) => {
  const { vrouwen, mannen, x, totaal, aandeel_vrouwen, aandeel_vrouwen_bekend, dekking_gender } =
    bodyFigures(s);
  return { vrouwen, mannen, x, totaal, aandeel_vrouwen, aandeel_vrouwen_bekend, dekking_gender };
};

/** The shares with the persons of known gender beside them (the project's own tables). */
const sharesWithKnown = (s: { vrouwen: number; mannen: number; x: number }) => {
  const { vrouwen, mannen, x, ...rest } = shares(s);
  return { vrouwen, mannen, x, bekend: vrouwen + mannen, ...rest };
};

export function bodyRow(b: BodyRecord): Row {
  return {
    peildatum: b.peildatum,
    bronsoort: b.bronsoort,
    land: b.land,
    instelling_id: b.instelling_id,
    gemeente: b.instelling,
    provincie: b.provincie,
    orgaan: b.orgaan,
    orgaan_label: b.orgaan_label,
    ...sharesWithKnown(b),
    klasse: bodyFigures(b).klasse,
    vorige_peildatum: b.vorige_peildatum ?? null,
    samenstelling_gewijzigd:
      b.samenstelling_gewijzigd === undefined || b.samenstelling_gewijzigd === null
        ? null
        : b.samenstelling_gewijzigd
          ? 'ja'
          : 'nee',
    bron: b.bron,
  };
}

export function areaBodyRow(a: AreaBodyRow): Row {
  return {
    peildatum: a.peildatum,
    bronsoort: a.bronsoort,
    land: a.land,
    gebied: a.gebied,
    gebied_type: a.gebied_type,
    orgaan: a.orgaan,
    orgaan_label: a.orgaan_label,
    n_gemeenten: a.n_instellingen,
    n_zonder_zetels: a.n_zonder_zetels,
    vorige_peildatum: a.vorige_peildatum,
    n_gewijzigd: a.vorige_peildatum ? a.n_gewijzigd : null,
    n_ongewijzigd: a.vorige_peildatum ? a.n_ongewijzigd : null,
    ...sharesWithKnown(a),
    ...bandColumns(a),
  };
}

/** The municipalities per map band, as columns n_band_onder_30 … n_band_geen. */
export function bandColumns(a: AreaBodyRow): Row {
  return Object.fromEntries(BODY_BANDS.map((band) => [bandColumn(band), a.banden[band]]));
}

export function roleRow(b: BodyRecord): Row {
  return {
    peildatum: b.peildatum,
    instelling_id: b.instelling_id,
    instelling: b.instelling,
    provincie: b.provincie,
    rol: b.orgaan,
    rol_label: b.orgaan_label,
    groep: b.groep,
    ...shares(b),
    bron: b.bron,
    bronsoort: b.bronsoort,
  };
}

export function areaRoleRow(a: AreaBodyRow): Row {
  return {
    peildatum: a.peildatum,
    gebied: a.gebied,
    gebied_type: a.gebied_type,
    rol: a.orgaan,
    rol_label: a.orgaan_label,
    groep: a.groep,
    n_instellingen: a.n_instellingen,
    n_zonder: a.n_zonder_zetels,
    ...sharesWithKnown(a),
    ...Object.fromEntries(HOLDER_KINDS.map((k) => [holderColumn(k), a.bezetting[k]])),
    bronsoort: a.bronsoort,
  };
}

const partyShares = (p: { vrouwen: number; mannen: number; x: number }) => {
  const s = shares(p);
  return {
    raadsleden_vrouw: s.vrouwen,
    raadsleden_man: s.mannen,
    raadsleden_x: s.x,
    aandeel_vrouwen: s.aandeel_vrouwen,
    aandeel_vrouwen_bekend: s.aandeel_vrouwen_bekend,
    dekking_gender: s.dekking_gender,
  };
};

export function partyRow(p: PartyRecord): Row {
  return {
    peildatum: p.peildatum,
    bron_soort: p.bronsoort,
    instelling_id: p.instelling_id,
    instelling: p.instelling,
    partij: p.partij,
    zetels: p.zetels,
    ...partyShares(p),
  };
}

export function partyTotalRow(p: PartyTotal): Row {
  return {
    peildatum: p.peildatum,
    bron_soort: p.bronsoort,
    partij: p.partij,
    n_gemeenten: p.n_gemeenten,
    zetels: p.zetels,
    ...partyShares(p),
  };
}

/**
 * verkiezingen.csv: per municipality the whole council (partij empty), then each list that won
 * seats, from the same election results as the party rows.
 */
export function electionRows(rows: readonly ElectionRow[], parties: readonly PartyRecord[]): Row[] {
  const out: Row[] = [];
  const lists = new Map<string, PartyRecord[]>();
  for (const p of parties) {
    if (p.bronsoort !== 'verkiezingsuitslag') continue;
    const key = `${p.peildatum}\u0000${p.instelling_id}`;
    lists.set(key, [...(lists.get(key) ?? []), p]);
  }
  const row = (
    r: ElectionRow,
    partij: string,
    s: { vrouwen: number; mannen: number; x: number },
  ) => {
    const f = shares(s);
    return {
      verkiezing: r.verkiezing,
      datum: r.datum,
      instelling_id: r.instelling_id,
      instelling: r.instelling,
      partij,
      gekozen: f.totaal,
      vrouwen: f.vrouwen,
      mannen: f.mannen,
      x: f.x,
      aandeel_vrouwen: f.aandeel_vrouwen,
      aandeel_vrouwen_bekend: f.aandeel_vrouwen_bekend,
      dekking_gender: f.dekking_gender,
      provincie: r.provincie,
    };
  };
  for (const r of rows) {
    out.push(row(r, '', r));
    for (const p of lists.get(`${r.datum}\u0000${r.instelling_id}`) ?? [])
      out.push(row(r, p.partij, p));
  }
  return out;
}

/** One row of a comparison table: a municipality, province or country for one body and date. */
export function comparisonRow(
  r: { peildatum: string; bronsoort: string; orgaan: string; orgaan_label: string } & {
    vrouwen: number;
    mannen: number;
    x: number;
  },
  gebied: string,
  gebied_type: 'gemeente' | 'provincie' | 'land',
  n_gemeenten: number,
): Row {
  return {
    peildatum: r.peildatum,
    bronsoort: r.bronsoort,
    orgaan: r.orgaan,
    orgaan_label: r.orgaan_label,
    gebied,
    gebied_type,
    n_gemeenten,
    ...sharesWithKnown(r),
  };
}

/**
 * Each body of a municipality beside its province and its country on the same date and kind:
 * the rows of <gemeente>-gebieden.csv and of every comparison on its page.
 */
export function municipalComparisons(
  own: readonly BodyRecord[],
  index: ReadonlyMap<string, AreaBodyRow>,
  name: string,
): Row[] {
  const rows: Row[] = [];
  for (const b of own) {
    const { provincie, land } = areasOf(b, index);
    rows.push(comparisonRow(b, name, 'gemeente', 1));
    if (provincie)
      rows.push(comparisonRow(provincie, provincie.gebied, 'provincie', provincie.n_instellingen));
    if (land) rows.push(comparisonRow(land, land.gebied, 'land', land.n_instellingen));
  }
  return rows;
}

/** Area rows as comparison rows (a province's or the country's own series). */
export function areaComparisonRow(a: AreaBodyRow): Row {
  return comparisonRow(a, a.gebied, a.gebied_type, a.n_instellingen);
}

/**
 * The council as elected beside the council in the first register export after the election,
 * per municipality: the rows of /verkiezingen/<id>/ and its CSV.
 */
export function electionComparisonRows(
  rows: readonly ElectionRow[],
  registered: ReadonlyMap<string, BodyRecord>,
  registerDate: string | null,
): Row[] {
  return rows.map((r) => {
    const elected = shares(r);
    const reg = registered.get(r.instelling_id);
    const now = reg ? shares(reg) : null;
    return {
      verkiezing: r.verkiezing,
      datum: r.datum,
      instelling_id: r.instelling_id,
      gemeente: r.instelling,
      provincie: r.provincie,
      gekozen: elected.totaal,
      gekozen_vrouwen: elected.vrouwen,
      gekozen_mannen: elected.mannen,
      gekozen_x: elected.x,
      gekozen_aandeel_vrouwen_bekend: elected.aandeel_vrouwen_bekend,
      register_peildatum: reg ? registerDate : null,
      raad: now?.totaal ?? null,
      raad_vrouwen: now?.vrouwen ?? null,
      raad_mannen: now?.mannen ?? null,
      raad_x: now?.x ?? null,
      raad_aandeel_vrouwen_bekend: now?.aandeel_vrouwen_bekend ?? null,
      verschil_vrouwen: now ? now.vrouwen - elected.vrouwen : null,
    };
  });
}
