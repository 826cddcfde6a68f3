// What the pages of the Dutch municipal top look up (SITE.md §6): a municipality's bodies and
// roles on every date, the province and country rows beside them, the points of the series and
// the caveats the data gives. Lookups over the pipeline's rows; nothing is computed here.
import { areaKey, areasOf, isBoard, type AreaBodyRow, type BodyRecord } from '../domain/bodies.ts';
import type { DutchMunicipality, DutchProvince } from '../domain/dutch-places.ts';
import type { SiteData } from '../domain/site-data.ts';
import type { Bronsoort } from '../domain/source-kinds.ts';
import type { ElectionDay } from '../domain/lookups.ts';

export interface MunicipalTop {
  byId: Map<string, DutchMunicipality>;
  provinceByName: Map<string, DutchProvince>;
  bodiesById: Map<string, BodyRecord[]>;
  areaIndex: Map<string, AreaBodyRow>;
  /** every (kind, date) point with municipal bodies, oldest first */
  points: { peildatum: string; bronsoort: Bronsoort }[];
  /** the latest register date */
  latest: string | null;
}

let cached: { site: SiteData; top: MunicipalTop } | null = null;

export function municipalTop(site: SiteData): MunicipalTop {
  if (cached?.site === site) return cached.top;
  const bodiesById = new Map<string, BodyRecord[]>();
  for (const b of site.organen) {
    if (b.land !== 'NL') continue;
    const list = bodiesById.get(b.instelling_id);
    if (list) list.push(b);
    else bodiesById.set(b.instelling_id, [b]);
  }
  for (const list of bodiesById.values())
    list.sort((a, b) => a.peildatum.localeCompare(b.peildatum));
  const points = new Map<string, { peildatum: string; bronsoort: Bronsoort }>();
  for (const b of site.organen)
    if (b.land === 'NL')
      points.set(`${b.peildatum}|${b.bronsoort}`, {
        peildatum: b.peildatum,
        bronsoort: b.bronsoort,
      });
  const sortedPoints = [...points.values()].sort((a, b) => a.peildatum.localeCompare(b.peildatum));
  const top: MunicipalTop = {
    byId: new Map(site.gemeentenNl.map((m) => [m.instelling_id, m])),
    provinceByName: new Map(site.provinciesNl.map((p) => [p.naam, p])),
    bodiesById,
    areaIndex: new Map(site.organenGebieden.map((a) => [areaKey(a), a])),
    points: sortedPoints,
    latest: sortedPoints.filter((p) => p.bronsoort === 'register').at(-1)?.peildatum ?? null,
  };
  cached = { site, top };
  return top;
}

/** The body of a municipality on a date and kind ('register' unless said otherwise). */
export function bodyOn(
  top: MunicipalTop,
  id: string,
  orgaan: string,
  peildatum: string | null,
  bronsoort: Bronsoort = 'register',
): BodyRecord | undefined {
  return top.bodiesById
    .get(id)
    ?.find((b) => b.orgaan === orgaan && b.peildatum === peildatum && b.bronsoort === bronsoort);
}

/** A body with the province and country rows it is compared with. */
export function withAreas(top: MunicipalTop, b: BodyRecord) {
  return { own: b, ...areasOf(b, top.areaIndex) };
}

/** An area's row (a province or the country) for one body, date and kind. */
export function areaOn(
  top: MunicipalTop,
  gebied: { naam: string; type: 'provincie' | 'land' },
  orgaan: string,
  peildatum: string,
  bronsoort: Bronsoort = 'register',
): AreaBodyRow | undefined {
  return top.areaIndex.get(
    areaKey({
      peildatum,
      bronsoort,
      type: 'Gemeente',
      gebied_type: gebied.type,
      gebied: gebied.naam,
      orgaan,
    }),
  );
}

/** The roles of a municipality on a date, in the lookup's order. */
export function rolesOn(top: MunicipalTop, id: string, peildatum: string | null): BodyRecord[] {
  return (top.bodiesById.get(id) ?? []).filter(
    (b) => !isBoard(b.orgaan) && b.orgaan !== 'burgemeester' && b.peildatum === peildatum,
  );
}

/** The Dutch municipalities of a province, by name. */
export function municipalitiesOf(site: SiteData, provincie: string): DutchMunicipality[] {
  return site.gemeentenNl
    .filter((m) => m.provincie === provincie)
    .sort((a, b) => a.naam.localeCompare(b.naam, 'nl'));
}

/** Election dates of lookups/… as the register's context: the election a register date follows. */
export function electionBefore(site: SiteData, peildatum: string): ElectionDay | null {
  const candidates = site.verkiezingsdata.filter((v) => v.datum < peildatum);
  return candidates.sort((a, b) => a.datum.localeCompare(b.datum)).at(-1) ?? null;
}
