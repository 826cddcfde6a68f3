// Saves every download of DATA.md §7 plus per-entity CSVs (the exact rows each page shows).
import type { AggregateRow, DownloadEntry, SiteData } from '../domain/site-data.ts';
import {
  GEMEENTEN_TABLE,
  GREMIA_TABLE,
  GREMIUMTYPES_TABLE,
  DOWNLOAD_TABLES,
  PROVINCIES_TABLE,
  SECTOREN_TABLE,
  VERANDERING_TABLE,
  KLASSEN_TABLE,
  VERGELIJKING_TABLE,
  IMPORT_TABLE,
  type FieldSpec,
  type Row,
  type TableSpec,
} from '../domain/download-tables.ts';
import type { GremiumRecord } from '../domain/records.ts';
import {
  computeProvinceChanges,
  type MunicipalityFigures,
  type ProvinceFigures,
} from '../domain/municipality-figures.ts';
import { slugify } from '../domain/text.ts';
import { BALANCE_CLASSES } from '../domain/balance.ts';
import { DownloadWriter } from './write-downloads.ts';

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
    klasse: g.klasse,
    zetels_tot_evenwicht: g.zetels_tot_evenwicht,
    bron: g.bron,
  };
}

function aggregateRow(a: AggregateRow): Row {
  return {
    n_instellingen: a.n_instellingen,
    n_gremia: a.n_gremia,
    n_gremia_met_gegevens: a.n_gremia_met_gegevens,
    dekking: a.dekking,
    aandeel_vrouwen_totaal: a.aandeel_vrouwen_totaal,
    aandeel_vrouwen_gemiddeld: a.aandeel_vrouwen_gemiddeld,
    n_evenredig: a.n_evenredig,
    aandeel_evenredig: a.aandeel_evenredig,
  };
}

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

/** A narrower table: a subset of rows of a main table, under the same schema. */
function part(spec: TableSpec, title: string): TableSpec {
  return { ...spec, title: `${spec.title}: ${title}` };
}

export async function writeDownloads(site: SiteData, root: string): Promise<DownloadEntry[]> {
  const writer = new DownloadWriter(root, site.voorbeelddata);
  const gremia = site.gremia.map(gremiumRow);
  const gemeenten = site.gemeenteCijfers.map(gemeenteRow);
  const provincies = site.provincieCijfers.map(provincieRow);
  await writer.writeAllFormats('gremia', GREMIA_TABLE, gremia);
  await writer.writeAllFormats('sectoren', SECTOREN_TABLE, sectorRows(site));
  await writer.writeAllFormats('gremiumtypes', GREMIUMTYPES_TABLE, gremiumtypeRows(site));
  await writer.writeAllFormats('gemeenten', GEMEENTEN_TABLE, gemeenten);
  await writer.writeAllFormats('provincies', PROVINCIES_TABLE, provincies);
  const klassen = klassenRows(site);
  await writer.writeAllFormats('balansklassen', KLASSEN_TABLE, klassen);
  const changes = computeProvinceChanges(site.provincieCijfers);
  if (changes.length > 0)
    await writer.writeAllFormats(
      'gelijke-kansen-verandering',
      VERANDERING_TABLE,
      changes.map((c) => ({ ...c })),
    );

  // Per-entity CSVs: paths come from slugs (never from raw file content).
  const sectorTable = sectorRows(site);
  for (const s of site.sectoren) {
    // The sector's rows plus the total per year: exactly the lines of the sector's trend chart.
    const rows = sectorTable.filter(
      (r) =>
        r.sector === s.sector ||
        (r.sector === 'totaal' &&
          sectorTable.some((o) => o.sector === s.sector && o.jaar === r.jaar)),
    );
    // A loop, not Math.max(...rows): spreading hundreds of thousands of values overflows the stack.
    let latestYear = -Infinity;
    for (const g of site.gremia)
      if (g.sector === s.sector && g.jaar > latestYear) latestYear = g.jaar;
    const latest = site.gremia
      .filter((g) => g.sector === s.sector && g.jaar === latestYear)
      .map(gremiumRow);
    if (latest.length > 0)
      await writer.writeCsv(
        `sectoren/${s.sector}-gremia-${latestYear}`,
        part(GREMIA_TABLE, `${s.sector_label} ${latestYear}`),
        latest,
      );
    const ownKlassen = klassen.filter((k) => k.sector === s.sector && k.jaar === latestYear);
    if (ownKlassen.length > 0)
      await writer.writeCsv(
        `sectoren/${s.sector}-klassen-${latestYear}`,
        part(KLASSEN_TABLE, `${s.sector_label} ${latestYear}`),
        ownKlassen,
      );
    if (rows.length > 0)
      await writer.writeCsv(`sectoren/${s.sector}`, part(SECTOREN_TABLE, s.sector_label), rows);
    const own = site.gremia.filter((g) => g.sector === s.sector).map(gremiumRow);
    if (own.length > 0)
      await writer.writeCsv(`sectoren/${s.sector}-gremia`, part(GREMIA_TABLE, s.sector_label), own);
  }
  const gremiaById = new Map<string, Row[]>();
  for (const g of site.gremia)
    gremiaById.set(g.instelling_id, [...(gremiaById.get(g.instelling_id) ?? []), gremiumRow(g)]);
  for (const inst of site.instellingen) {
    await writer.writeCsv(
      `instellingen/${inst.slug}`,
      part(GREMIA_TABLE, inst.naam),
      gremiaById.get(inst.id) ?? [],
    );
  }
  for (const m of site.gemeenten) {
    const rows = site.gemeenteCijfers.filter((r) => r.nis === m.nis).map(gemeenteRow);
    if (rows.length > 0)
      await writer.writeCsv(`gemeenten/${m.slug}`, part(GEMEENTEN_TABLE, m.naam), rows);
    const comparison = comparisonRows(site, m.nis);
    if (comparison.length > 0) {
      await writer.writeCsv(
        `gemeenten/${m.slug}-vergelijking`,
        part(VERGELIJKING_TABLE, m.naam),
        comparison,
      );
    }
  }
  for (const p of site.provincies) {
    const slug = slugify(p.naam);
    const rows = site.gemeenteCijfers.filter((r) => r.provincie === p.naam).map(gemeenteRow);
    if (rows.length > 0)
      await writer.writeCsv(`provincies/${slug}`, part(GEMEENTEN_TABLE, p.naam), rows);
    const totals = site.provincieCijfers.filter((r) => r.provincie === p.naam).map(provincieRow);
    if (totals.length > 0)
      await writer.writeCsv(`provincies/${slug}-totalen`, part(PROVINCIES_TABLE, p.naam), totals);
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
  await writer.writeCsv('importverslag', IMPORT_TABLE, importRows);

  await writer.writeDataPackage({
    specs: DOWNLOAD_TABLES,
    title: site.editie.titel + (site.voorbeelddata ? ' (voorbeelddata)' : ''),
    licence: site.editie.licentie,
    sources: site.bronnen.map((b) => ({
      title: b.bron?.titel ?? b.bestand,
      path: b.bestand,
      ...(b.bron?.url ? { url: b.bron.url } : {}),
    })),
    created: site.editie.publicatiedatum,
  });
  await writer.writeChecksums();
  return writer.files;
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
      });
    }
  }
  return rows;
}

/** The municipality's council at its latest peildatum beside its province and Flanders. */
export function comparisonRows(site: SiteData, nis: string): Row[] {
  const latest = site.gemeenteCijfers.filter((f) => f.nis === nis).at(-1);
  if (!latest || !latest.geslacht_bekend || !latest.n_raadsleden) return [];
  const area = (gebied: string, n: number | null, v: number | null): Row => ({
    peildatum: latest.peildatum,
    gebied,
    n_raadsleden: n,
    n_raadsleden_vrouw: v,
    aandeel_vrouwen: n ? (v ?? 0) / n : null,
  });
  const rows = [area(latest.gemeente, latest.n_raadsleden, latest.n_raadsleden_vrouw)];
  for (const name of [latest.provincie, 'Vlaanderen']) {
    const p = site.provincieCijfers.find(
      (r) => r.peildatum === latest.peildatum && r.provincie === name,
    );
    if (p)
      rows.push(
        area(
          name === 'Vlaanderen' ? name : `Provincie ${name}`,
          p.n_raadsleden,
          p.n_raadsleden_vrouw,
        ),
      );
  }
  return rows;
}
