// What changed between two editions, from the tables each edition published: boards of
// institutions (gremia.csv), sectors (sectoren.csv), Flemish municipalities (gemeenten.csv) and
// provinces (provincies.csv). Each side is read from its own archived file, so the comparison
// shows exactly what was published, old -> new. Pure: rows in, changes out.

export type TableRow = Record<string, string>;

export interface EditionTables {
  gremia: TableRow[];
  sectoren: TableRow[];
  gemeenten: TableRow[];
  provincies: TableRow[];
}

export type ChangeKind = 'toegevoegd' | 'verwijderd' | 'gewijzigd';
export type EntityKind = 'instelling' | 'sector' | 'gemeente' | 'provincie';

export interface EditionChange {
  soort: EntityKind;
  /** the entity's stable key: instelling_id, sector slug, NIS code, province name */
  sleutel: string;
  naam: string;
  /** what part of the entity: a board ("raad: Gemeenteraad"), or '' for the entity as a whole */
  onderdeel: string;
  verandering: ChangeKind;
  /** the entity as a whole: new in this edition, gone, or still there with changes */
  entiteit: ChangeKind;
  /** period of each side: year or peildatum */
  oud_periode: string;
  nieuw_periode: string;
  /** the measures compared, old and new ('' = absent) */
  oud: Record<string, string>;
  nieuw: Record<string, string>;
}

interface Keyed {
  key: string;
  entity: string;
  naam: string;
  onderdeel: string;
  periode: string;
  values: Record<string, string>;
}

/** Per key, the row of the latest period (a board's latest year, a municipality's last peildatum). */
function latestPerKey(rows: readonly TableRow[], spec: Spec): Map<string, Keyed> {
  const result = new Map<string, Keyed>();
  for (const row of rows) {
    const key = spec.key(row);
    if (key === null) continue;
    const periode = row[spec.period] ?? '';
    const current = result.get(key);
    if (current && current.periode >= periode) continue;
    result.set(key, {
      key,
      entity: spec.entity(row),
      naam: spec.naam(row),
      onderdeel: spec.onderdeel(row),
      periode,
      values: Object.fromEntries(spec.measures.map((m) => [m, row[m] ?? ''])),
    });
  }
  return result;
}

interface Spec {
  soort: EntityKind;
  period: string;
  measures: string[];
  key: (r: TableRow) => string | null;
  entity: (r: TableRow) => string;
  naam: (r: TableRow) => string;
  onderdeel: (r: TableRow) => string;
}

export const DIFF_SPECS: Record<keyof EditionTables, Spec> = {
  gremia: {
    soort: 'instelling',
    period: 'jaar',
    measures: ['vrouwen', 'mannen', 'x', 'totaal', 'klasse'],
    key: (r) =>
      `${(r.instelling_id ?? '').toLowerCase()}|${r.gremium_type}|${(r.gremium ?? '').toLowerCase()}`,
    entity: (r) => r.instelling_id ?? '',
    naam: (r) => r.instelling ?? '',
    onderdeel: (r) => r.gremium ?? '',
  },
  sectoren: {
    soort: 'sector',
    period: 'jaar',
    measures: ['n_instellingen', 'n_gremia', 'aandeel_vrouwen_totaal', 'n_evenredig'],
    // The totals per kind of source are not an entity of their own.
    key: (r) => (r.sector && r.sector !== 'totaal' ? r.sector : null),
    entity: (r) => r.sector ?? '',
    naam: (r) => r.sector_label ?? '',
    onderdeel: () => '',
  },
  gemeenten: {
    soort: 'gemeente',
    period: 'peildatum',
    measures: [
      'burgemeester_geslacht',
      'n_schepenen',
      'n_schepenen_vrouw',
      'n_raadsleden',
      'n_raadsleden_vrouw',
      'gk_status',
    ],
    key: (r) => r.nis || null,
    entity: (r) => r.nis ?? '',
    naam: (r) => r.gemeente ?? '',
    onderdeel: () => '',
  },
  provincies: {
    soort: 'provincie',
    period: 'peildatum',
    measures: ['n_gemeenten', 'n_gk_schepen_gemeenten', 'n_gk_burgemeester', 'n_gk_onbekend'],
    key: (r) => r.provincie || null,
    entity: (r) => r.provincie ?? '',
    naam: (r) => r.provincie ?? '',
    onderdeel: () => '',
  },
};

function sameValues(a: Record<string, string>, b: Record<string, string>): boolean {
  return Object.keys({ ...a, ...b }).every((k) => (a[k] ?? '') === (b[k] ?? ''));
}

/**
 * Every entity part added, removed or changed from `older` to `newer`. A table one edition does
 * not have at all is not compared (an edition of only the register says nothing about Flanders).
 */
export function diffEditions(older: EditionTables, newer: EditionTables): EditionChange[] {
  const changes: EditionChange[] = [];
  for (const table of Object.keys(DIFF_SPECS) as (keyof EditionTables)[]) {
    if (older[table].length === 0 || newer[table].length === 0) continue;
    const spec = DIFF_SPECS[table];
    const before = latestPerKey(older[table], spec);
    const after = latestPerKey(newer[table], spec);
    const entitiesBefore = new Set([...before.values()].map((k) => k.entity.toLowerCase()));
    const entitiesAfter = new Set([...after.values()].map((k) => k.entity.toLowerCase()));
    const entityChange = (entity: string): ChangeKind =>
      !entitiesBefore.has(entity.toLowerCase())
        ? 'toegevoegd'
        : !entitiesAfter.has(entity.toLowerCase())
          ? 'verwijderd'
          : 'gewijzigd';
    const emptyValues = Object.fromEntries(spec.measures.map((m) => [m, '']));
    for (const [key, now] of after) {
      const then = before.get(key);
      if (then && sameValues(then.values, now.values)) continue;
      changes.push({
        soort: spec.soort,
        sleutel: now.entity,
        naam: now.naam,
        onderdeel: now.onderdeel,
        verandering: then ? 'gewijzigd' : 'toegevoegd',
        entiteit: entityChange(now.entity),
        oud_periode: then?.periode ?? '',
        nieuw_periode: now.periode,
        oud: then?.values ?? emptyValues,
        nieuw: now.values,
      });
    }
    for (const [key, then] of before) {
      if (after.has(key)) continue;
      changes.push({
        soort: spec.soort,
        sleutel: then.entity,
        naam: then.naam,
        onderdeel: then.onderdeel,
        verandering: 'verwijderd',
        entiteit: entityChange(then.entity),
        oud_periode: then.periode,
        nieuw_periode: '',
        oud: then.values,
        nieuw: emptyValues,
      });
    }
  }
  const order: EntityKind[] = ['instelling', 'sector', 'gemeente', 'provincie'];
  return changes.sort(
    (a, b) =>
      order.indexOf(a.soort) - order.indexOf(b.soort) ||
      a.naam.localeCompare(b.naam, 'nl') ||
      a.onderdeel.localeCompare(b.onderdeel, 'nl'),
  );
}

/** How many entities of each kind were added, removed or changed. */
export function summariseChanges(changes: readonly EditionChange[]) {
  const counts: Record<EntityKind, Record<ChangeKind, number>> = {
    instelling: { toegevoegd: 0, verwijderd: 0, gewijzigd: 0 },
    sector: { toegevoegd: 0, verwijderd: 0, gewijzigd: 0 },
    gemeente: { toegevoegd: 0, verwijderd: 0, gewijzigd: 0 },
    provincie: { toegevoegd: 0, verwijderd: 0, gewijzigd: 0 },
  };
  const seen = new Set<string>();
  for (const c of changes) {
    const key = `${c.soort}\u0000${c.sleutel.toLowerCase()}`;
    if (seen.has(key)) continue;
    seen.add(key);
    counts[c.soort][c.entiteit] += 1;
  }
  return counts;
}
