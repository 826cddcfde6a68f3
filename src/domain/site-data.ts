// The canonical records and aggregates the pipeline hands to the pages (one JSON file).
import type { GremiaAggregate } from './aggregates.ts';
import type { GremiumType, Sector } from './lookups.ts';
import type { MunicipalityFigures, ProvinceFigures } from './municipality-figures.ts';
import type { Municipality } from './municipalities.ts';
import type { Edition, GremiumRecord, InstitutionSummary, Provenance } from './records.ts';

export type { InstitutionSummary };

export interface SourceFile {
  bestand: string;
  soort: 'gremia' | 'mandaten' | 'personen' | 'referentie' | 'lookup' | 'grenzen';
  bron: Provenance | null;
  peildatum?: string;
}

export interface AggregateRow extends GremiaAggregate {
  jaar: number;
  key: string;
  label: string;
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
}

export interface SiteData {
  editie: Edition & { publicatiedatum: string };
  geschiedenis: import('./editions.ts').History;
  voorbeelddata: boolean;
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
  subsectorCijfers: (AggregateRow & { sector: string })[];
  instellingen: InstitutionSummary[];
  gemeenten: MunicipalityEntry[];
  peildata: string[];
  gemeenteCijfers: MunicipalityFigures[];
  provincieCijfers: ProvinceFigures[];
  provincies: { naam: string; slug: string }[];
  gepubliceerd: { nl: PublishedFigure[]; vl: PublishedFigure[] };
  grenzen: {
    bestand: string;
    vormen: { nis: string; geometry: import('geojson').Geometry }[];
  } | null;
  downloads: DownloadEntry[];
}
