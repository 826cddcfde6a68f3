// Metadata of entity and data pages: social image, schema.org Dataset and feed, in one place so
// that the pages stay thin and the four kinds describe themselves alike.
import type { Sector } from '../domain/lookups.ts';
import type { InstitutionSummary, MunicipalityEntry, SiteData } from '../domain/site-data.ts';
import type { DutchMunicipality, DutchProvince } from '../domain/dutch-places.ts';
import { municipalTop } from './municipal-top.ts';
import type { Indexes } from './entities.ts';
import type { DatasetInput } from './json-ld.ts';
import {
  institutionKeyFigure,
  keyFigureSentence,
  municipalityKeyFigure,
  provinceKeyFigure,
  sectorKeyFigure,
  dutchMunicipalityKeyFigure,
  dutchProvinceKeyFigure,
  type KeyFigure,
} from './key-figures.ts';
import { absoluteUrl } from './paths.ts';
import { provinceFigures, publishedSeries } from './published.ts';
import { socialImagePath } from './social.ts';
import { isDemo } from '../domain/source-kinds.ts';
import { institutionKind, mandatenKind, sectorKind } from './kinds.ts';

export interface PageMeta {
  image: string;
  dataset: DatasetInput;
  feed?: { path: string; title: string };
}

/** ISO 8601 dates (year, month or day) in a period as sources write it ("2022-05 tot 2023-10"). */
function isoDates(period: string | number): string[] {
  return String(period)
    .split(/\s+tot\s+|\//)
    .map((p) => p.trim())
    .filter((p) => /^\d{4}(-\d{2}){0,2}$/.test(p));
}

/** schema.org temporalCoverage: the first and last date of the periods, as an ISO interval. */
function range(values: readonly (string | number)[]): string {
  const sorted = values.flatMap(isoDates).sort();
  const [first, last] = [sorted[0], sorted.at(-1)];
  if (!first || !last) return '';
  return first === last ? first : `${first}/${last}`;
}

function withKey(text: string, key: KeyFigure | null): string {
  return key ? `${text} Kerncijfer: ${keyFigureSentence(key)}.` : text;
}

const csv = (name: string, path: string) => ({ name, url: absoluteUrl(`/downloads/${path}`) });

export function institutionMeta(ix: Indexes, i: InstitutionSummary): PageMeta {
  const sector = ix.site.sectoren.find((s) => s.sector === i.sector);
  return {
    image: socialImagePath('instellingen', i.slug),
    dataset: {
      name: `${i.naam}: vrouwen en mannen in bestuur en toezicht`,
      description: withKey(
        `Aantal vrouwen en mannen per gremium en jaar van ${i.naam} (${sector?.sector_label ?? i.sector}).`,
        institutionKeyFigure(ix, i),
      ),
      url: absoluteUrl(`/instellingen/${i.slug}/`),
      temporalCoverage: range(i.jaren),
      spatialCoverage: 'Nederland',
      csv: [csv(`Gremia van ${i.naam}`, `instellingen/${i.slug}.csv`)],
      keywords: [sector?.sector_label ?? i.sector],
      demo: isDemo(institutionKind(ix.site, i)),
    },
  };
}

export function sectorMeta(ix: Indexes, sector: Sector): PageMeta {
  const jaren = (ix.sectorRows.get(sector.sector) ?? []).map((r) => r.jaar);
  const path = `/sectoren/${sector.sector}/`;
  if (!ix.sectorRows.has(sector.sector)) {
    const { own } = publishedSeries(ix.site, sector.sector);
    return {
      image: socialImagePath('sectoren', sector.sector),
      dataset: {
        name: `${sector.sector_label}: gepubliceerde cijfers over vrouwen in de top`,
        description: withKey(
          `Het gemiddelde aandeel vrouwen in de top van ${sector.sector_label} zoals de Monitor genderdiversiteit het publiceerde, met bron.`,
          sectorKeyFigure(ix, sector),
        ),
        url: absoluteUrl(path),
        temporalCoverage: range(own.map((f) => f.periode)),
        spatialCoverage: 'Nederland',
        csv: [
          csv(
            `Gepubliceerde cijfers ${sector.sector_label}`,
            `sectoren/${sector.sector}-gepubliceerd.csv`,
          ),
        ],
        keywords: [sector.sector_label],
        demo: false,
      },
      feed: { path: `${path}feed.xml`, title: `${sector.sector_label}: edities en correcties` },
    };
  }
  return {
    image: socialImagePath('sectoren', sector.sector),
    dataset: {
      name: `${sector.sector_label}: vrouwen en mannen in de top`,
      description: withKey(
        `Kerncijfers per jaar en alle gremia van de sector ${sector.sector_label}.`,
        sectorKeyFigure(ix, sector),
      ),
      url: absoluteUrl(path),
      temporalCoverage: range(jaren),
      spatialCoverage: 'Nederland',
      csv: [
        csv(`Kerncijfers ${sector.sector_label}`, `sectoren/${sector.sector}.csv`),
        csv(`Gremia ${sector.sector_label}`, `sectoren/${sector.sector}-gremia.csv`),
      ],
      keywords: [sector.sector_label],
      demo: isDemo(sectorKind(ix.site, sector.sector)),
    },
    feed: { path: `${path}feed.xml`, title: `${sector.sector_label}: edities en correcties` },
  };
}

/** Without a mandaten extract a Flemish page shows what the Flemish government published about
 *  its province and Flanders: the Dataset names those figures and their CSV, nothing else. */
function flemishPublishedDataset(
  ix: Indexes,
  provincie: string,
  name: string,
  url: string,
  spatialCoverage: string,
): DatasetInput {
  const figures = provinceFigures(ix.site, provincie);
  return {
    name: `${name}: gepubliceerde cijfers over Gelijke Kansen`,
    description: `Wat de Vlaamse overheid publiceerde over Gelijke Kansen in de gemeenten van de provincie ${provincie} en van heel Vlaanderen, met bron en datum van elk cijfer. Cijfers per gemeente over gender publiceerde ze niet.`,
    url: absoluteUrl(url),
    temporalCoverage: range(figures.map((f) => f.periode)),
    spatialCoverage,
    csv: [csv('Gepubliceerde cijfers', 'gepubliceerde-cijfers.csv')],
    keywords: ['Gelijke Kansen'],
    demo: false,
  };
}

export function municipalityMeta(ix: Indexes, m: MunicipalityEntry): PageMeta {
  const peildata = (ix.figuresByNis.get(m.nis) ?? []).map((f) => f.peildatum);
  if (peildata.length === 0)
    return {
      image: socialImagePath('gemeenten', m.slug),
      dataset: flemishPublishedDataset(
        ix,
        m.provincie,
        m.naam,
        `/gemeenten/${m.slug}/`,
        `${m.naam}, provincie ${m.provincie}, Vlaanderen, België`,
      ),
    };
  return {
    image: socialImagePath('gemeenten', m.slug),
    dataset: {
      name: `${m.naam}: burgemeester, schepenen en gemeenteraad naar gender`,
      description: withKey(
        `Mandatarissen van ${m.naam} (provincie ${m.provincie}) per peildatum, en wie bevoegd is voor Gelijke Kansen.`,
        municipalityKeyFigure(ix, m),
      ),
      url: absoluteUrl(`/gemeenten/${m.slug}/`),
      temporalCoverage: range(peildata),
      spatialCoverage: `${m.naam}, provincie ${m.provincie}, Vlaanderen, België`,
      csv: [
        csv(`${m.naam} per peildatum`, `gemeenten/${m.slug}.csv`),
        csv(`${m.naam} naast provincie en Vlaanderen`, `gemeenten/${m.slug}-vergelijking.csv`),
      ],
      keywords: ['gemeenteraad', 'schepencollege', 'Gelijke Kansen'],
      demo: isDemo(mandatenKind(ix.site)),
    },
  };
}

export function provinceMeta(ix: Indexes, p: { naam: string; slug: string }): PageMeta {
  const peildata = ix.site.provincieCijfers
    .filter((r) => r.provincie === p.naam)
    .map((r) => r.peildatum);
  const path = `/provincies/${p.slug}/`;
  if (peildata.length === 0)
    return {
      image: socialImagePath('provincies', p.slug),
      dataset: flemishPublishedDataset(
        ix,
        p.naam,
        `Provincie ${p.naam}`,
        path,
        `Provincie ${p.naam}, Vlaanderen, België`,
      ),
      feed: { path: `${path}feed.xml`, title: `Provincie ${p.naam}: edities en correcties` },
    };
  return {
    image: socialImagePath('provincies', p.slug),
    dataset: {
      name: `Provincie ${p.naam}: gemeenten, Gelijke Kansen en gender`,
      description: withKey(
        `De gemeenten van de provincie ${p.naam} per peildatum: Gelijke Kansen en vrouwen in college en gemeenteraad.`,
        provinceKeyFigure(ix, p.naam),
      ),
      url: absoluteUrl(path),
      temporalCoverage: range(peildata),
      spatialCoverage: `Provincie ${p.naam}, Vlaanderen, België`,
      csv: [
        csv(`Gemeenten van ${p.naam}`, `provincies/${p.slug}.csv`),
        csv(`Totalen van ${p.naam}`, `provincies/${p.slug}-totalen.csv`),
      ],
      keywords: ['Gelijke Kansen', 'gemeenteraad'],
      demo: isDemo(mandatenKind(ix.site)),
    },
    feed: { path: `${path}feed.xml`, title: `Provincie ${p.naam}: edities en correcties` },
  };
}

export function dataPageMeta(ix: Indexes): Pick<PageMeta, 'dataset'> {
  const { site } = ix;
  const periods = [...site.jaren.map(String), ...site.peildata];
  return {
    dataset: {
      name: site.editie.titel,
      description:
        'Vrouwen en mannen in de besturen en raden van toezicht van de Nederlandse (semi)publieke sector (quick-scan) en in de besturen van Vlaamse gemeenten (mandatendatabank), met alle tabellen als CSV, JSON en Excel.',
      url: absoluteUrl('/data/'),
      temporalCoverage: range(periods),
      spatialCoverage: 'Nederland; Vlaanderen (België)',
      csv: site.downloads
        .filter((d) => d.format === 'csv' && !d.path.includes('/'))
        .map((d) => csv(d.table, d.path)),
    },
  };
}

export function dutchMunicipalityMeta(site: SiteData, m: DutchMunicipality): PageMeta {
  const top = municipalTop(site);
  const dates = (top.bodiesById.get(m.instelling_id) ?? []).map((b) => b.peildatum);
  const key = dutchMunicipalityKeyFigure(site, m);
  return {
    image: socialImagePath('gemeenten', m.slug),
    dataset: {
      name: `${m.naam}: gemeenteraad, college, burgemeester en rollen naar gender`,
      description: withKey(
        `De gemeenteraad, het college, de burgemeester, de fractievoorzitters, locoburgemeester, gemeentesecretaris en griffier van ${m.naam} (provincie ${m.provincie}) naar gender, per meetpunt.`,
        key,
      ),
      url: absoluteUrl(`/gemeenten/${m.slug}/`),
      temporalCoverage: range(dates),
      spatialCoverage: `${m.naam}, Nederland`,
      csv: [
        csv(`Gemeentebesturen van ${m.naam}`, `gemeenten/${m.slug}-besturen.csv`),
        csv(`${m.naam} naast provincie en land`, `gemeenten/${m.slug}-gebieden.csv`),
        csv(`Rollen in ${m.naam}`, `gemeenten/${m.slug}-rollen.csv`),
      ],
      keywords: ['gemeenteraad', 'college van burgemeester en wethouders', m.provincie],
      demo: false,
    },
  };
}

export function dutchProvinceMeta(site: SiteData, p: DutchProvince): PageMeta {
  const dates = site.organenGebieden.filter((a) => a.gebied === p.naam).map((a) => a.peildatum);
  const key = dutchProvinceKeyFigure(site, p);
  return {
    image: socialImagePath('provincies', p.slug),
    dataset: {
      name: `Provincie ${p.naam}: gemeenteraden, colleges en burgemeesters naar gender`,
      description: withKey(
        `De gemeenten van de provincie ${p.naam}: vrouwen in gemeenteraden, colleges, onder burgemeesters en in de rollen, per meetpunt, naast Nederland.`,
        key,
      ),
      url: absoluteUrl(`/provincies/${p.slug}/`),
      temporalCoverage: range(dates),
      spatialCoverage: `Provincie ${p.naam}, Nederland`,
      csv: [
        csv(`Gemeenten van ${p.naam}`, `provincies/${p.slug}-gemeenten.csv`),
        csv(`${p.naam} naast Nederland`, `provincies/${p.slug}-gebieden.csv`),
      ],
      keywords: ['gemeenteraad', 'provincie', p.naam],
      demo: false,
    },
  };
}
