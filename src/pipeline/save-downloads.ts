// Saves every download of DATA.md §7 plus per-entity CSVs (the exact rows each page shows).
// Where real figures and voorbeelddata are both present, the main tables hold the real rows and
// the demo rows go to voorbeelddata/: no download row, total or file mixes the two (DATA.md §6).
import type { AggregateRow, BreakdownRow, DownloadEntry, SiteData } from '../domain/site-data.ts';
import {
  GEMEENTEN_TABLE,
  GREMIA_TABLE,
  GREMIUMTYPES_TABLE,
  DOWNLOAD_TABLES,
  GEPUBLICEERD_TABLE,
  PROVINCIES_TABLE,
  GK_STATUS_TABLE,
  VERDELING_TABLE,
  SCHEPENEN_VERGELIJKING_TABLE,
  PROVINCIE_VERGELIJKING_TABLE,
  RANGSCHIKKING_TABLE,
  REGISTER_GEBIED_TABLE,
  REGISTER_TABLE,
  SECTOREN_TABLE,
  UITSPLITSING_TABLE,
  VERANDERING_TABLE,
  VERANDERINGEN_TABLE,
  KLASSEN_TABLE,
  VERGELIJKING_TABLE,
  IMPORT_TABLE,
  ORGANEN_TABLE,
  ORGANEN_GEBIED_TABLE,
  ROLLEN_TABLE,
  ROLLEN_GEBIED_TABLE,
  PARTIJEN_TABLE,
  PARTIJEN_LAND_TABLE,
  VERKIEZINGEN_TABLE,
  GEBIEDEN_TABLE,
  PROVINCIE_GEBIEDEN_TABLE,
  VERKIEZING_VERGELIJKING_TABLE,
  type FieldSpec,
  type Row,
  type TableSpec,
} from '../domain/download-tables.ts';
import type { GremiumRecord } from '../domain/records.ts';
import {
  compareBody,
  compareProvinceBodies,
  computeGkStatusShares,
  rankCouncils,
  computeProvinceChanges,
  type MunicipalityFigures,
  type ProvinceFigures,
} from '../domain/municipality-figures.ts';
import { GK_STATUSES } from '../domain/mandaten.ts';
import { seatCheck, type RegisterAreaRow, type RegisterOrganisation } from '../domain/roo.ts';
import { isDemo, type Bronsoort } from '../domain/source-kinds.ts';
import { slugify } from '../domain/text.ts';
import {
  BALANCE_CLASSES,
  classShareOfBoardsWithData,
  countShareGroups,
  type SeatCounts,
} from '../domain/balance.ts';
import { groupBy } from '../domain/aggregates.ts';
import { DownloadWriter } from './write-downloads.ts';
import { areaKey } from '../domain/bodies.ts';
import {
  areaBodyRow,
  areaComparisonRow,
  bandColumns,
  areaRoleRow,
  bodyRow,
  electionComparisonRows,
  electionRows,
  municipalComparisons,
  isMunicipalBody,
  isRole,
  partyRow,
  partyTotalRow,
  roleRow,
} from '../domain/body-tables.ts';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { EditionChange } from '../domain/edition-diff.ts';

export function gremiumRow(g: GremiumRecord): Row {
  return {
    jaar: g.jaar,
    sector: g.sector,
    sector_label: g.sector_label,
    subsector: g.subsector,
    instelling_id: g.instelling_id,
    instelling: g.instelling,
    gremium_type: g.gremium_type,
    gremium: g.gremium,
    vrouwen: g.vrouwen,
    mannen: g.mannen,
    x: g.x,
    totaal: g.totaal,
    aandeel_vrouwen: g.aandeel_vrouwen,
    aandeel_vrouwen_bekend: g.aandeel_vrouwen_bekend,
    dekking_gender: g.dekking_gender,
    klasse: g.klasse,
    zetels_tot_evenwicht: g.zetels_tot_evenwicht,
    bron: g.bron,
    peildatum: g.peildatum,
    bronsoort: g.bronsoort,
  };
}

function aggregateRow(a: AggregateRow | BreakdownRow): Row {
  return {
    n_instellingen: a.n_instellingen,
    n_gremia: a.n_gremia,
    n_gremia_met_gegevens: a.n_gremia_met_gegevens,
    dekking: a.dekking,
    aandeel_vrouwen_totaal: a.aandeel_vrouwen_totaal,
    aandeel_vrouwen_bekend_totaal: a.aandeel_vrouwen_bekend_totaal,
    dekking_gender: a.dekking_gender,
    aandeel_vrouwen_gemiddeld: a.aandeel_vrouwen_gemiddeld,
    n_evenredig: a.n_evenredig,
    aandeel_evenredig: a.aandeel_evenredig,
    bronsoort: a.bronsoort,
  };
}

/** sectoren.csv: per year the sectors, then the total of each kind of source. */
export function sectorRows(site: SiteData): Row[] {
  const groepOf = new Map(site.sectoren.map((s) => [s.sector, s.groep]));
  const rows: Row[] = [];
  for (const jaar of site.jaren) {
    for (const a of site.sectorCijfers.filter((r) => r.jaar === jaar)) {
      rows.push({
        jaar,
        sector: a.key,
        sector_label: a.label,
        groep: groepOf.get(a.key) ?? '',
        ...aggregateRow(a),
      });
    }
    for (const a of site.totaalCijfers.filter((r) => r.jaar === jaar)) {
      rows.push({ jaar, sector: 'totaal', sector_label: 'Totaal', groep: '', ...aggregateRow(a) });
    }
  }
  return rows;
}

export function gremiumtypeRows(site: SiteData): Row[] {
  return site.gremiumtypeCijfers.map((a) => ({
    jaar: a.jaar,
    gremium_type: a.key,
    gremium_type_label: a.label,
    ...aggregateRow(a),
  }));
}

export function breakdownRow(b: BreakdownRow): Row {
  return {
    jaar: b.jaar,
    sector: b.sector,
    subsector: b.subsector,
    gremium_type: b.gremium_type,
    gremium_type_label: b.gremium_type_label,
    ...aggregateRow(b),
    vrouwen: b.vrouwen,
    mannen: b.mannen,
    x: b.x,
  };
}

export function gemeenteRow(m: MunicipalityFigures): Row {
  return {
    peildatum: m.peildatum,
    nis: m.nis,
    gemeente: m.gemeente,
    provincie: m.provincie,
    burgemeester_geslacht: m.burgemeester_geslacht,
    n_schepenen: m.n_schepenen,
    n_schepenen_vrouw: m.n_schepenen_vrouw,
    n_schepenen_man: m.n_schepenen_man,
    n_raadsleden: m.n_raadsleden,
    n_raadsleden_vrouw: m.n_raadsleden_vrouw,
    n_raadsleden_man: m.n_raadsleden_man,
    gk_status: m.gk_status,
    gk_schepen: m.gk_schepen,
    gk_burgemeester: m.gk_burgemeester,
  };
}

export function provincieRow(p: ProvinceFigures): Row {
  return Object.fromEntries(
    PROVINCIES_TABLE.fields.map((f: FieldSpec) => [
      f.name,
      p[f.name as keyof ProvinceFigures] as number | string,
    ]),
  );
}

export function registerRow(o: RegisterOrganisation, peildatum: string, bronsoort: Bronsoort): Row {
  return {
    peildatum,
    type: o.type,
    sector: o.sector,
    instelling_id: o.instelling_id,
    instelling: o.instelling,
    provincie: o.provincie,
    n_voorzitters: o.voorzitters.vrouwen + o.voorzitters.mannen + o.voorzitters.x,
    n_voorzitters_vrouw: o.voorzitters.vrouwen,
    n_voorzitters_man: o.voorzitters.mannen,
    n_voorzitters_x: o.voorzitters.x,
    n_raadsleden_geteld: o.raad_geteld,
    totaal_aantal_zetels: o.zetels_register,
    zetelcontrole: seatCheck(o) ?? '',
    niet_geteld: o.verdrongen.join('; '),
    bronsoort,
  };
}

export function registerAreaRow(r: RegisterAreaRow): Row {
  return { ...r };
}

/** The one kind of a set of rows, or null when they hold several (real) kinds or none. */
function kindOf(kinds: Iterable<Bronsoort>): Bronsoort | null {
  const set = new Set(kinds);
  return set.size === 1 ? [...set][0]! : null;
}

/** A narrower table: a subset of rows of a main table, under the same schema. */
function part(spec: TableSpec, title: string): TableSpec {
  return { ...spec, title: `${spec.title}: ${title}` };
}

/** The seats of a board with data, as one-element list (none for a board without data). */
function seatsOf(g: GremiumRecord): SeatCounts[] {
  return g.vrouwen === null || g.mannen === null
    ? []
    : [{ vrouwen: g.vrouwen, mannen: g.mannen, x: g.x ?? 0 }];
}

/** The years of a sector, oldest first. */
function yearsOf(rows: readonly { jaar: number }[]): number[] {
  return [...new Set(rows.map((r) => r.jaar))].sort((a, b) => a - b);
}

export async function writeDownloads(site: SiteData, root: string): Promise<DownloadEntry[]> {
  const writer = new DownloadWriter(root);

  // Gremia tables: the real rows lead; demo rows get their own files when both are present.
  const hasReal = site.gremia.some((g) => !isDemo(g.bronsoort));
  const hasDemo = site.gremia.some((g) => isDemo(g.bronsoort));
  const parts: { prefix: string; keep: (k: Bronsoort) => boolean }[] = hasReal
    ? [
        { prefix: '', keep: (k) => !isDemo(k) },
        ...(hasDemo ? [{ prefix: 'voorbeelddata/', keep: (k: Bronsoort) => isDemo(k) }] : []),
      ]
    : [{ prefix: '', keep: () => true }];
  const klassen = klassenRows(site);
  const sectorTable = sectorRows(site);
  const typeTable = gremiumtypeRows(site);
  for (const { prefix, keep } of parts) {
    const gremia = site.gremia.filter((g) => keep(g.bronsoort));
    const kind = kindOf(gremia.map((g) => g.bronsoort));
    const own = <R extends Row>(rows: R[]) => rows.filter((r) => keep(r.bronsoort as Bronsoort));
    await writer.writeAllFormats(`${prefix}gremia`, GREMIA_TABLE, gremia.map(gremiumRow), kind);
    await writer.writeAllFormats(`${prefix}sectoren`, SECTOREN_TABLE, own(sectorTable), kind);
    await writer.writeAllFormats(`${prefix}gremiumtypes`, GREMIUMTYPES_TABLE, own(typeTable), kind);
    await writer.writeAllFormats(`${prefix}balansklassen`, KLASSEN_TABLE, own(klassen), kind);
  }

  const mandatenKind = site.soorten.mandaten;
  await writer.writeAllFormats(
    'gemeenten',
    GEMEENTEN_TABLE,
    site.gemeenteCijfers.map(gemeenteRow),
    mandatenKind,
  );
  await writer.writeAllFormats(
    'provincies',
    PROVINCIES_TABLE,
    site.provincieCijfers.map(provincieRow),
    mandatenKind,
  );
  // One list per Gelijke Kansen status on the latest peildatum: the CSV of /gelijke-kansen/<status>/.
  const lastPeildatum = site.peildata.at(-1);
  if (lastPeildatum)
    for (const status of GK_STATUSES)
      await writer.writeCsv(
        `gelijke-kansen/${status}`,
        part(GEMEENTEN_TABLE, `Gelijke Kansen: ${status}`),
        site.gemeenteCijfers
          .filter((r) => r.peildatum === lastPeildatum && r.gk_status === status)
          .sort((a, b) => a.gemeente.localeCompare(b.gemeente, 'nl'))
          .map(gemeenteRow),
        mandatenKind,
      );
  if (site.provincieCijfers.length > 0)
    await writer.writeAllFormats(
      'gelijke-kansen-status',
      GK_STATUS_TABLE,
      computeGkStatusShares(site.provincieCijfers).map((r) => ({ ...r })),
      mandatenKind,
    );
  const changes = computeProvinceChanges(site.provincieCijfers);
  if (changes.length > 0)
    await writer.writeAllFormats(
      'gelijke-kansen-verandering',
      VERANDERING_TABLE,
      changes.map((c) => ({ ...c })),
      mandatenKind,
    );

  const registerRows = site.register.flatMap((s) =>
    s.organisaties.map((o) => registerRow(o, s.peildatum, s.bronsoort)),
  );
  const areaRows = site.registerGebieden;
  if (registerRows.length > 0) {
    const kind = kindOf(site.register.map((s) => s.bronsoort));
    await writer.writeAllFormats('register-organisaties', REGISTER_TABLE, registerRows, kind);
    await writer.writeAllFormats(
      'register-gebieden',
      REGISTER_GEBIED_TABLE,
      areaRows.map(registerAreaRow),
      kind,
    );
  }

  await writeMunicipalTop(writer, site);

  const published = [
    ...site.gepubliceerd.nl.map((f) => ({ land: 'NL', ...f })),
    ...site.gepubliceerd.vl.map((f) => ({ land: 'VL', ...f })),
  ].map((f) => ({ ...f, bronsoort: 'gepubliceerd' }));
  if (published.length > 0)
    await writer.writeAllFormats(
      'gepubliceerde-cijfers',
      GEPUBLICEERD_TABLE,
      published,
      'gepubliceerd',
    );
  // A sector without figures per board shows the monitor's published figures for it, beside
  // the monitor's total of the same measure: those rows are its file.
  for (const s of site.sectoren) {
    if (site.soorten.sectoren[s.sector] !== undefined) continue;
    const own = published.filter((f) => f.land === 'NL' && f.sector === s.sector);
    const measures = new Set(own.map((f) => f.maat));
    const totals = published.filter(
      (f) => f.land === 'NL' && f.scope === 'Totaal' && measures.has(f.maat),
    );
    await writer.writeCsv(
      `sectoren/${s.sector}-gepubliceerd`,
      part(GEPUBLICEERD_TABLE, s.sector_label),
      [...own, ...totals],
      'gepubliceerd',
    );
  }

  // Per-entity CSVs: paths come from slugs (never from raw file content). Yearly files keep
  // their year in the name and stay when a new year arrives, so published links keep working.
  for (const s of site.sectoren) {
    const kind = site.soorten.sectoren[s.sector];
    if (kind === undefined) continue;
    const sectorGremia = site.gremia.filter((g) => g.sector === s.sector);
    // The sector's rows plus the total of its kind per year: the lines of its trend chart.
    const rows = sectorTable.filter(
      (r) =>
        r.sector === s.sector ||
        (r.sector === 'totaal' &&
          r.bronsoort === kind &&
          sectorTable.some((o) => o.sector === s.sector && o.jaar === r.jaar)),
    );
    await writer.writeCsv(`sectoren/${s.sector}`, part(SECTOREN_TABLE, s.sector_label), rows, kind);
    await writer.writeCsv(
      `sectoren/${s.sector}-gremia`,
      part(GREMIA_TABLE, s.sector_label),
      sectorGremia.map(gremiumRow),
      kind,
    );
    for (const jaar of yearsOf(sectorGremia)) {
      const label = `${s.sector_label} ${jaar}`;
      await writer.writeCsv(
        `sectoren/${s.sector}-gremia-${jaar}`,
        part(GREMIA_TABLE, label),
        sectorGremia.filter((g) => g.jaar === jaar).map(gremiumRow),
        kind,
      );
      await writer.writeCsv(
        `sectoren/${s.sector}-verdeling-${jaar}`,
        part(VERDELING_TABLE, label),
        countShareGroups(sectorGremia.filter((g) => g.jaar === jaar).flatMap(seatsOf)).map(
          ({ label: _label, ...row }) => ({ jaar, sector: s.sector, ...row }),
        ),
        kind,
      );
      await writer.writeCsv(
        `sectoren/${s.sector}-klassen-${jaar}`,
        part(KLASSEN_TABLE, label),
        klassen.filter((k) => k.sector === s.sector && k.jaar === jaar),
        kind,
      );
      await writer.writeCsv(
        `sectoren/${s.sector}-uitsplitsing-${jaar}`,
        part(UITSPLITSING_TABLE, label),
        site.uitsplitsing.filter((b) => b.sector === s.sector && b.jaar === jaar).map(breakdownRow),
        kind,
      );
      const area = areaRows.filter(
        (r) => r.sector === s.sector && Number(r.peildatum.slice(0, 4)) === jaar,
      );
      if (area.length > 0)
        await writer.writeCsv(
          `sectoren/${s.sector}-register-${jaar}`,
          part(REGISTER_GEBIED_TABLE, label),
          area.map(registerAreaRow),
          kind,
        );
    }
  }
  const gremiaById = groupBy(site.gremia, (g) => g.instelling_id);
  const registerById = groupBy(registerRows, (r) => r.instelling_id as string);
  for (const inst of site.instellingen) {
    const own = gremiaById.get(inst.id) ?? [];
    const kind = kindOf(own.map((g) => g.bronsoort));
    await writer.writeCsv(
      `instellingen/${inst.slug}`,
      part(GREMIA_TABLE, inst.naam),
      own.map(gremiumRow),
      kind,
    );
    const register = registerById.get(inst.id);
    if (register)
      await writer.writeCsv(
        `instellingen/${inst.slug}-register`,
        part(REGISTER_TABLE, inst.naam),
        register,
        kind,
      );
  }
  for (const m of site.gemeenten) {
    const rows = site.gemeenteCijfers.filter((r) => r.nis === m.nis).map(gemeenteRow);
    if (rows.length > 0)
      await writer.writeCsv(
        `gemeenten/${m.slug}`,
        part(GEMEENTEN_TABLE, m.naam),
        rows,
        mandatenKind,
      );
    const council = compareBody(site.gemeenteCijfers, site.provincieCijfers, m.nis, 'raad');
    if (council.length > 0)
      await writer.writeCsv(
        `gemeenten/${m.slug}-vergelijking`,
        part(VERGELIJKING_TABLE, m.naam),
        council.map(({ n, n_vrouw, ...r }) => ({
          ...r,
          n_raadsleden: n,
          n_raadsleden_vrouw: n_vrouw,
        })),
        mandatenKind,
      );
    const aldermen = compareBody(site.gemeenteCijfers, site.provincieCijfers, m.nis, 'schepenen');
    if (aldermen.length > 0)
      await writer.writeCsv(
        `gemeenten/${m.slug}-schepenen-vergelijking`,
        part(SCHEPENEN_VERGELIJKING_TABLE, m.naam),
        aldermen.map(({ n, n_vrouw, ...r }) => ({
          ...r,
          n_schepenen: n,
          n_schepenen_vrouw: n_vrouw,
        })),
        mandatenKind,
      );
  }
  const latestPeildatum = site.peildata.at(-1);
  for (const p of site.provincies) {
    const slug = slugify(p.naam);
    const rows = site.gemeenteCijfers.filter((r) => r.provincie === p.naam).map(gemeenteRow);
    if (rows.length > 0)
      await writer.writeCsv(
        `provincies/${slug}`,
        part(GEMEENTEN_TABLE, p.naam),
        rows,
        mandatenKind,
      );
    if (latestPeildatum) {
      const bodies = compareProvinceBodies(site.provincieCijfers, p.naam, latestPeildatum);
      if (bodies.length > 0)
        await writer.writeCsv(
          `provincies/${slug}-vergelijking`,
          part(PROVINCIE_VERGELIJKING_TABLE, p.naam),
          bodies.map((r) => ({ ...r })),
          mandatenKind,
        );
      const ranking = rankCouncils(site.gemeenteCijfers, p.naam, latestPeildatum);
      if (ranking.length > 0)
        await writer.writeCsv(
          `provincies/${slug}-rangschikking`,
          part(RANGSCHIKKING_TABLE, p.naam),
          ranking.map((r) => ({ ...r })),
          mandatenKind,
        );
    }
    const gk = computeGkStatusShares(site.provincieCijfers.filter((r) => r.provincie === p.naam));
    if (gk.length > 0)
      await writer.writeCsv(
        `provincies/${slug}-gelijke-kansen`,
        part(GK_STATUS_TABLE, p.naam),
        gk.map((r) => ({ ...r })),
        mandatenKind,
      );
    const totals = site.provincieCijfers.filter((r) => r.provincie === p.naam).map(provincieRow);
    if (totals.length > 0)
      await writer.writeCsv(
        `provincies/${slug}-totalen`,
        part(PROVINCIES_TABLE, p.naam),
        totals,
        mandatenKind,
      );
  }

  const importRows = site.importverslag.map((r) => ({
    bestand: r.bestand,
    soort: r.soort,
    codering: r.codering ?? '',
    rijen_gelezen: r.rijen_gelezen,
    rijen_gebruikt: r.rijen_gebruikt,
    rijen_overgeslagen: Object.values(r.rijen_overgeslagen).reduce((a, b) => a + b, 0),
    redenen: Object.entries(r.rijen_overgeslagen)
      .map(([k, v]) => `${k}: ${v}`)
      .join('; '),
  }));
  await writer.writeRaw(
    'importverslag.json',
    'importverslag',
    'json',
    site.importverslag.length,
    `${JSON.stringify(site.importverslag, null, 1)}\n`,
  );
  await writer.writeCsv('importverslag', IMPORT_TABLE, importRows, null);

  await writer.writeDataPackage({
    specs: DOWNLOAD_TABLES,
    title: site.editie.titel,
    licence: site.editie.licentie,
    sources: site.bronnen.map((b) => ({
      title: `${b.bron?.titel ?? b.bestand}${isDemo(b.bronsoort) ? ' (voorbeelddata)' : ''}`,
      path: b.bestand,
      ...(b.bron?.url ? { url: b.bron.url } : {}),
    })),
    created: site.editie.publicatiedatum,
  });
  await writer.writeChecksums();
  await writer.flush();
  return writer.files;
}

/**
 * The municipal top (DATA.md §8.2, §8.3, §9): bodies and roles on every date, their sums per
 * province and country, parties and election results. Each file holds one kind of source or is
 * marked as holding several (the series: register and verkiezingsuitslag side by side, per row).
 */
async function writeMunicipalTop(writer: DownloadWriter, site: SiteData): Promise<void> {
  const bodies = site.organen.filter(isMunicipalBody);
  const kinds = (rows: readonly { bronsoort: Bronsoort }[]) => kindOf(rows.map((r) => r.bronsoort));
  if (bodies.length > 0) {
    await writer.writeAllFormats(
      'gemeentebesturen',
      ORGANEN_TABLE,
      bodies.map(bodyRow),
      kinds(bodies),
    );
    const areas = site.organenGebieden.filter(isMunicipalBody);
    await writer.writeAllFormats(
      'gemeentebesturen-gebieden',
      ORGANEN_GEBIED_TABLE,
      areas.map(areaBodyRow),
      kinds(areas),
    );
  }
  const roles = site.organen.filter(isRole);
  if (roles.length > 0) {
    await writer.writeAllFormats('rollen', ROLLEN_TABLE, roles.map(roleRow), kinds(roles));
    const areas = site.organenGebieden.filter(isRole);
    await writer.writeAllFormats(
      'rollen-gebieden',
      ROLLEN_GEBIED_TABLE,
      areas.map(areaRoleRow),
      kinds(areas),
    );
  }
  if (site.partijen.length > 0) {
    await writer.writeAllFormats(
      'partijen',
      PARTIJEN_TABLE,
      site.partijen.map(partyRow),
      kinds(site.partijen),
    );
    await writer.writeAllFormats(
      'partijen-land',
      PARTIJEN_LAND_TABLE,
      site.partijenLand.map(partyTotalRow),
      kinds(site.partijenLand),
    );
  }
  if (site.verkiezingRijen.length > 0)
    await writer.writeAllFormats(
      'verkiezingen',
      VERKIEZINGEN_TABLE,
      electionRows(site.verkiezingRijen, site.partijen),
      'verkiezingsuitslag',
    );
  for (const e of site.verkiezingen) {
    const registered = new Map(
      site.organen
        .filter(
          (b) =>
            b.orgaan === 'raad' &&
            b.bronsoort === 'register' &&
            b.peildatum === e.register_peildatum,
        )
        .map((b) => [b.instelling_id, b]),
    );
    await writer.writeCsv(
      `verkiezingen/${e.verkiezing.toLowerCase()}-vergelijking`,
      VERKIEZING_VERGELIJKING_TABLE,
      electionComparisonRows(
        site.verkiezingRijen.filter((r) => r.verkiezing === e.verkiezing),
        registered,
        e.register_peildatum,
      ),
      null,
    );
  }

  // Per municipality and province: the rows its page shows, every figure linking its own file.
  const index = new Map(site.organenGebieden.map((a) => [areaKey(a), a]));
  const byId = groupBy(site.organen, (b) => b.instelling_id);
  const partiesById = groupBy(site.partijen, (p) => p.instelling_id);
  for (const m of site.gemeentenNl) {
    const own = byId.get(m.instelling_id) ?? [];
    const bodiesOwn = own.filter(isMunicipalBody);
    const rolesOwn = own.filter(isRole);
    const label = `${ORGANEN_TABLE.title}: ${m.naam}`;
    await writer.writeCsv(
      `gemeenten/${m.slug}-besturen`,
      { ...ORGANEN_TABLE, title: label },
      bodiesOwn.map(bodyRow),
      kinds(bodiesOwn),
    );
    if (rolesOwn.length > 0)
      await writer.writeCsv(
        `gemeenten/${m.slug}-rollen`,
        part(ROLLEN_TABLE, m.naam),
        rolesOwn.map(roleRow),
        kinds(rolesOwn),
      );
    const parties = partiesById.get(m.instelling_id) ?? [];
    if (parties.length > 0)
      await writer.writeCsv(
        `gemeenten/${m.slug}-partijen`,
        part(PARTIJEN_TABLE, m.naam),
        parties.map(partyRow),
        kinds(parties),
      );
    await writer.writeCsv(
      `gemeenten/${m.slug}-gebieden`,
      part(GEBIEDEN_TABLE, m.naam),
      municipalComparisons(own, index, m.naam),
      kinds(own),
    );
  }
  for (const p of site.provinciesNl) {
    const own = site.organen.filter((b) => b.land === 'NL' && b.provincie === p.naam);
    if (own.length === 0) continue;
    await writer.writeCsv(
      `provincies/${p.slug}-gemeenten`,
      part(ORGANEN_TABLE, p.naam),
      own.filter(isMunicipalBody).map(bodyRow),
      kinds(own),
    );
    await writer.writeCsv(
      `provincies/${p.slug}-rollen`,
      part(ROLLEN_TABLE, p.naam),
      own.filter(isRole).map(roleRow),
      kinds(own),
    );
    const areas = site.organenGebieden.filter(
      (a) =>
        a.land === 'NL' &&
        a.type === 'Gemeente' &&
        (a.gebied === p.naam || a.gebied_type === 'land'),
    );
    await writer.writeCsv(
      `provincies/${p.slug}-gebieden`,
      part(PROVINCIE_GEBIEDEN_TABLE, p.naam),
      areas.map((a) => ({ ...areaComparisonRow(a), ...bandColumns(a) })),
      kinds(areas),
    );
  }
}

export function klassenRows(site: SiteData): Row[] {
  const rows: Row[] = [];
  for (const a of [...site.sectorCijfers, ...site.totaalCijfers].sort((x, y) => x.jaar - y.jaar)) {
    for (const klasse of BALANCE_CLASSES) {
      rows.push({
        jaar: a.jaar,
        sector: a.key,
        sector_label: a.label,
        klasse,
        n_gremia: a.klassen[klasse],
        aandeel: a.n_gremia === 0 ? null : a.klassen[klasse] / a.n_gremia,
        n_gremia_totaal: a.n_gremia,
        n_gremia_met_gegevens: a.n_gremia_met_gegevens,
        // The denominator of aandeel_evenredig in sectoren.csv (DATA.md §2.1): boards with data.
        aandeel_met_gegevens: classShareOfBoardsWithData(
          klasse,
          a.klassen[klasse],
          a.n_gremia_met_gegevens,
        ),
        bronsoort: a.bronsoort,
      });
    }
  }
  return rows;
}

/** One row per changed measure: the long form journalists can filter and pivot. */
export function changeRows(changes: readonly EditionChange[]): Row[] {
  const rows: Row[] = [];
  for (const c of changes) {
    for (const maat of Object.keys({ ...c.oud, ...c.nieuw })) {
      const oud = c.oud[maat] ?? '';
      const nieuw = c.nieuw[maat] ?? '';
      if (c.verandering === 'gewijzigd' && oud === nieuw) continue;
      rows.push({
        soort: c.soort,
        sleutel: c.sleutel,
        naam: c.naam,
        onderdeel: c.onderdeel,
        verandering: c.verandering,
        entiteit: c.entiteit,
        oud_periode: c.oud_periode,
        nieuw_periode: c.nieuw_periode,
        maat,
        oud,
        nieuw,
      });
    }
  }
  return rows;
}

/** /edities/<datum>/veranderingen.csv: derived from two archives, so the same at every build. */
export async function writeChangesCsv(path: string, changes: readonly EditionChange[]) {
  await mkdir(dirname(path), { recursive: true });
  await writeFile(
    path,
    new DownloadWriter(dirname(path)).toCsv(VERANDERINGEN_TABLE, changeRows(changes), null),
  );
}
