// The metadata file beside every CSV download (<naam>.metadata.json): a Frictionless tabular data
// resource that says what the file is without the site: title, every column with its type,
// definition and unit, the sources with peildatum, edition, licence, citation and the permanent
// addresses of the file and the figures built from it. Pure: the build fills it in from the
// download list and the built figures (scripts/lib/figure-extras.ts).
import {
  CSV_DIALECT,
  DEMO_FIELD,
  MEDIA_TYPES,
  type FieldSpec,
  type TableSpec,
} from '../domain/download-tables.ts';
import type { DownloadEntry, SourceFile } from '../domain/site-data.ts';
import { isDemo } from '../domain/source-kinds.ts';
import { neutraliseFormula } from '../domain/cells.ts';

/** "gemeenten/gent.csv" -> "gemeenten/gent.metadata.json" */
export function metadataPathOf(csvPath: string): string {
  if (!csvPath.endsWith('.csv')) throw new Error(`${csvPath} is geen CSV-bestand`);
  return `${csvPath.slice(0, -'.csv'.length)}.metadata.json`;
}

/** The unit of a column, read from its name and type (the dictionary's own conventions). */
export function fieldUnit(field: FieldSpec): string | null {
  if (field.type === 'date') return 'datum (JJJJ-MM-DD)';
  if (field.name === 'jaar') return 'jaar';
  if (field.type === 'number') return 'fractie (0-1)';
  if (field.type === 'integer') return field.name === 'rang' ? 'rangnummer' : 'aantal';
  if (field.type === 'boolean') return 'ja/nee';
  return null;
}

/** Tables built from the Flemish mandaten extracts; the others come from gremia and the register. */
const FLEMISH_TABLES = new Set([
  'gemeenten',
  'provincies',
  'gelijke-kansen-status',
  'gelijke-kansen-verandering',
  'gemeente-vergelijking',
  'schepenen-vergelijking',
  'provincie-vergelijking',
  'rangschikking-gemeenteraden',
]);
const FLEMISH_SOURCES: readonly SourceFile['soort'][] = ['mandaten', 'personen'];
const DUTCH_SOURCES: readonly SourceFile['soort'][] = ['gremia', 'roo', 'verkiezing'];

export interface SourceReference {
  title: string;
  path: string;
  url?: string;
  peildatum?: string;
}

/**
 * The source files a download is built from: those of its side (Flemish mandaten, or Dutch boards
 * from the quick-scan, the register and the Kiesraad) and, where the file holds one kind of
 * source, of that kind (real and demo never share a file). Reference tables and boundaries are
 * not a figure's source. The import report (table importverslag) is about every file.
 */
export function sourcesOf(entry: DownloadEntry, bronnen: readonly SourceFile[]): SourceReference[] {
  const soorten = FLEMISH_TABLES.has(entry.table) ? FLEMISH_SOURCES : DUTCH_SOURCES;
  return bronnen
    .filter((b) =>
      entry.table === 'importverslag'
        ? true
        : entry.bronsoort === 'gepubliceerd'
          ? b.bronsoort === 'gepubliceerd'
          : soorten.includes(b.soort) &&
            (entry.bronsoort === null || b.bronsoort === entry.bronsoort),
    )
    .map((b) => ({
      title: b.bron?.titel ?? b.bestand,
      path: b.bestand,
      ...(b.bron?.url ? { url: b.bron.url } : {}),
      ...(b.peildatum ? { peildatum: b.peildatum } : {}),
    }));
}

export interface FigureReference {
  titel: string;
  /** the figure's permanent address: its page's canonical URL and anchor */
  url: string;
  peildatum: string;
  citeer: string;
  insluiten: string;
  /** the heading (h1) of the page that shows the figure: it may name the file, and is not written */
  pagina?: string;
}

export interface MetadataInput {
  entry: DownloadEntry;
  spec: TableSpec;
  /** the columns of the file as written (its header line) */
  columns: readonly string[];
  csvUrl: string;
  figures: readonly FigureReference[];
  edition: { titel: string; datum: string; uitgever: string; licentie: string };
  licenceUrl: string | null;
  sources: readonly SourceReference[];
}

/** Demo titles say so once: a caption of a demo figure may already carry the word. */
function withDemoMark(title: string, demo: boolean): string {
  return demo && !/voorbeelddata/i.test(title) ? `${title} (voorbeelddata)` : title;
}

/**
 * The columns of a file with their definitions, in the file's order. A header without a
 * definition is a build error: a metadata file must never leave a column unexplained.
 */
export function describedFields(spec: TableSpec, columns: readonly string[]): FieldSpec[] {
  const known = new Map([...spec.fields, DEMO_FIELD].map((f) => [f.name, f]));
  return columns.map((name) => {
    const field = known.get(name);
    if (!field) throw new Error(`kolom '${name}' staat niet in de beschrijving van ${spec.name}`);
    return field;
  });
}

/**
 * What a file is called. A file behind one figure takes that figure's caption. A file behind
 * several figures of one page, or of a table whose files hold all rows of an entity (an
 * institution's file holds every board and year), takes the table's title and that page's
 * heading ("Gremia per jaar: Gemeente Amsterdam"): the first figure's caption would name one
 * board of one year. Only the page that shows the file's figures names it: a page that merely
 * links a file (a sector's figures under an institution, for comparison) is not its subject.
 */
export function fileTitle(spec: TableSpec, figures: readonly FigureReference[]): string {
  const [first] = figures;
  if (!first) return spec.title;
  if (figures.length === 1 && !spec.namedAfterPage) return first.titel;
  const pageOf = (f: FigureReference) => f.url.split('#', 1)[0];
  const onePage = figures.every((f) => pageOf(f) === pageOf(first));
  if (onePage && first.pagina) return `${spec.title}: ${first.pagina}`;
  return figures.length === 1 ? first.titel : spec.title;
}

export function csvMetadata(input: MetadataInput): object {
  const demo = isDemo(input.entry.bronsoort);
  const name = input.entry.path
    .replace(/\.csv$/, '')
    .replace(/[^a-z0-9]+/gi, '-')
    .toLowerCase();
  return {
    $schema: 'https://datapackage.org/profiles/2.0/dataresource.json',
    name,
    type: 'table',
    // Titles carry names from the data: a leading "=" must not become a formula in a
    // spreadsheet that opens the JSON (the same rule as every download cell).
    title: neutraliseFormula(withDemoMark(fileTitle(input.spec, input.figures), demo)),
    description: demo
      ? `VOORBEELDDATA: gegenereerde, fictieve cijfers, geen echte gegevens. ${input.spec.description}`
      : input.spec.description,
    path: input.csvUrl,
    format: 'csv',
    mediatype: MEDIA_TYPES.csv,
    encoding: 'utf-8',
    dialect: CSV_DIALECT,
    bytes: input.entry.bytes,
    hash: `sha256:${input.entry.sha256}`,
    rijen: input.entry.rows,
    ...(input.entry.bronsoort ? { bronsoort: input.entry.bronsoort } : {}),
    voorbeelddata: demo,
    schema: {
      fields: describedFields(input.spec, input.columns).map((f) => {
        const unit = fieldUnit(f);
        return {
          name: f.name,
          type: f.type,
          description: f.description,
          ...(unit ? { eenheid: unit } : {}),
        };
      }),
      missingValues: [''],
    },
    sources: input.sources.map((source) => ({ ...source, title: neutraliseFormula(source.title) })),
    licenses: [
      { name: input.edition.licentie, ...(input.licenceUrl ? { path: input.licenceUrl } : {}) },
    ],
    editie: input.edition,
    // the figures built from the file, each with its own citation and embed page
    figuren: input.figures.map(({ pagina: _heading, ...f }) => ({
      ...f,
      titel: neutraliseFormula(f.titel),
      citeer: neutraliseFormula(f.citeer),
    })),
  };
}
