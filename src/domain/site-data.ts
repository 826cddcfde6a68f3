// The canonical records and aggregates the pipeline hands to the pages (one JSON file).
import type { AggregateRow, BreakdownRow } from './gremia-figures.ts';
import type { GremiumType, Sector } from './lookups.ts';
import type { MunicipalityFigures, ProvinceFigures } from './municipality-figures.ts';
import type { Municipality } from './municipalities.ts';
import type { Edition, GremiumRecord, InstitutionSummary, Provenance } from './records.ts';
import type { RegisterAreaRow, RegisterSnapshot } from './roo.ts';
import type { Bronsoort } from './source-kinds.ts';
import type { AreaBodyRow, BodyRecord, PartyRecord, PartyTotal } from './bodies.ts';
import type { ElectionRow, ElectionSummary } from './elections.ts';

export type { AggregateRow, BreakdownRow, InstitutionSummary };

export interface SourceFile {
  bestand: string;
  soort:
    'gremia' | 'mandaten' | 'personen' | 'roo' | 'verkiezing' | 'referentie' | 'lookup' | 'grenzen';
  bron: Provenance | null;
  peildatum?: string;
  /** kind of the figures built from it; absent for reference and lookup files */
  bronsoort?: Bronsoort;
}

export interface PublishedFigure {
  scope: string;
  periode: string;
  maat: string;
  waarde: number;
  eenheid: string;
  bron: string;
  bron_url: string;
  toelichting: string;
  /** the register figure it stands beside ('raad', 'college', 'burgemeesters'), or '' */
  vergelijk: string;
  /** the sector whose page shows it (its scope is a sector label), or '' */
  sector: string;
}

export interface MunicipalityEntry extends Municipality {
  slug: string;
  /** for merged municipalities: the 2025 successor; for new ones: their predecessors */
  opvolger: string | null;
  voorgangers: string[];
}

export interface DownloadEntry {
  path: string;
  table: string;
  format: string;
  rows: number;
  bytes: number;
  sha256: string;
  /** kind of the rows in the file; null for files about the build (import report) */
  bronsoort: Bronsoort | null;
}

export interface SiteData {
  editie: Edition & { publicatiedatum: string };
  geschiedenis: import('./editions.ts').History;
  /** the kind of source of every sector, and of the Flemish figures (null: no mandaten) */
  soorten: { sectoren: Record<string, Bronsoort>; mandaten: Bronsoort | null };
  bronnen: SourceFile[];
  importverslag: import('../pipeline/problems.ts').FileReport[];
  sectoren: Sector[];
  gremiumtypes: GremiumType[];
  jaren: number[];
  gremia: GremiumRecord[];
  sectorCijfers: AggregateRow[];
  totaalCijfers: AggregateRow[];
  groepCijfers: AggregateRow[];
  gremiumtypeCijfers: AggregateRow[];
  uitsplitsing: BreakdownRow[];
  /** the register exports (DATA.md §8) as read: organisations, seat check, unknown functions */
  register: RegisterSnapshot[];
  /** chairs (burgemeesters) and seat-check deviations per province and for all, per export */
  registerGebieden: RegisterAreaRow[];
  /** the register exports archived editions were built from (points of the series) */
  registerArchief: { editie: string; snapshot: RegisterSnapshot }[];
  /** every municipal body and role on every date and kind of source (SITE.md §6) */
  organen: BodyRecord[];
  /** the same summed per province and country */
  organenGebieden: AreaBodyRow[];
  /** council members per party (register XML, Kiesraad) */
  partijen: PartyRecord[];
  partijenLand: PartyTotal[];
  verkiezingen: ElectionSummary[];
  verkiezingRijen: ElectionRow[];
  instellingen: InstitutionSummary[];
  gemeenten: MunicipalityEntry[];
  /** localities and postcodes (bpost) per municipality NIS, for search */
  plaatsen: { postcode: string; plaats: string; nis: string }[];
  peildata: string[];
  gemeenteCijfers: MunicipalityFigures[];
  provincieCijfers: ProvinceFigures[];
  provincies: { naam: string; slug: string }[];
  /** Dutch municipalities of the register, each with its page address and names */
  gemeentenNl: import('./dutch-places.ts').DutchMunicipality[];
  provinciesNl: import('./dutch-places.ts').DutchProvince[];
  /** election days (lookups/verkiezingsdata.csv): what happened between two register dates */
  verkiezingsdata: import('./lookups.ts').ElectionDay[];
  /** the roles of lookups/rollen.csv, in its order */
  rollenLabels: import('./lookups.ts').RoleLabel[];
  gepubliceerd: { nl: PublishedFigure[]; vl: PublishedFigure[] };
  /** Dutch municipality boundaries keyed by the register's organisation id (gm0363) */
  grenzenNl: {
    bestand: string;
    vormen: { code: string; geometry: import('geojson').Geometry }[];
    /** the provinces' outlines, by name (Fryslân), where the data has them */
    provincies: { naam: string; geometry: import('geojson').Geometry }[];
  } | null;
  grenzen: {
    bestand: string;
    vormen: { nis: string; geometry: import('geojson').Geometry }[];
  } | null;
  downloads: DownloadEntry[];
  /** editions with downloads (archived, and this build's own), oldest first */
  edities: import('./editions.ts').EditionInfo[];
  /** what each of those editions published per entity */
  editieCijfers: import('./editions.ts').EditionFigures[];
  /** URLs published once and retired on purpose (vervallen-urls.txt), with their reasons */
  vervallen: {
    redenen: { reden: string; titel: string; uitleg: string }[];
    urls: import('./url-manifest.ts').RetiredUrl[];
  };
}
