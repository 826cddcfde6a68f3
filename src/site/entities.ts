// Indexes over the site data for entity pages, built once per Astro build.
import type { GremiumRecord } from '../domain/records.ts';
import type {
  AggregateRow,
  DownloadEntry,
  InstitutionSummary,
  MunicipalityEntry,
  SiteData,
} from '../domain/site-data.ts';
import type { MunicipalityFigures } from '../domain/municipality-figures.ts';
import { slugify } from '../domain/text.ts';
import { loadSiteData } from './load.ts';

export interface Indexes {
  site: SiteData;
  gremiaByInstitution: Map<string, GremiumRecord[]>;
  gremiaBySector: Map<string, GremiumRecord[]>;
  institutionsBySector: Map<string, InstitutionSummary[]>;
  institutionById: Map<string, InstitutionSummary>;
  sectorRows: Map<string, AggregateRow[]>;
  figuresByNis: Map<string, MunicipalityFigures[]>;
  municipalityByNis: Map<string, MunicipalityEntry>;
  /** every download by its path under downloads/ ("gemeenten/gent.csv") */
  downloadByPath: Map<string, DownloadEntry>;
}

let cached: Indexes | null = null;

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export function indexes(): Indexes {
  cached ??= buildIndexes(loadSiteData());
  return cached;
}

/** Indexes over given site data (the build script uses this outside Astro). */
export function buildIndexes(site: SiteData): Indexes {
  const gremiaByInstitution = new Map<string, GremiumRecord[]>();
  const gremiaBySector = new Map<string, GremiumRecord[]>();
  for (const g of site.gremia) {
    push(gremiaByInstitution, g.instelling_id, g);
    push(gremiaBySector, g.sector, g);
  }
  const institutionsBySector = new Map<string, InstitutionSummary[]>();
  for (const i of site.instellingen) push(institutionsBySector, i.sector, i);
  const sectorRows = new Map<string, AggregateRow[]>();
  for (const r of site.sectorCijfers) push(sectorRows, r.key, r);
  const figuresByNis = new Map<string, MunicipalityFigures[]>();
  for (const f of site.gemeenteCijfers) push(figuresByNis, f.nis, f);
  return {
    site,
    gremiaByInstitution,
    gremiaBySector,
    institutionsBySector,
    institutionById: new Map(site.instellingen.map((i) => [i.id, i])),
    sectorRows,
    figuresByNis,
    municipalityByNis: new Map(site.gemeenten.map((m) => [m.nis, m])),
    downloadByPath: new Map(site.downloads.map((d) => [d.path, d])),
  };
}

export function provinceSlug(name: string): string {
  return slugify(name);
}
