// The embed page and the metadata beside a CSV, as pure functions: names, escaping, heights,
// column definitions and which sources a file names.
import { describe, expect, it } from 'vitest';
import {
  embedCode,
  embedFileName,
  embedHeight,
  embedTitle,
  renderEmbedPage,
} from '../../../src/site/embed.ts';
import {
  csvMetadata,
  describedFields,
  fieldUnit,
  metadataPathOf,
  sourcesOf,
  type FigureReference,
} from '../../../src/site/figure-metadata.ts';
import { GREMIA_TABLE, VERGELIJKING_TABLE } from '../../../src/domain/download-tables.ts';
import type { DownloadEntry, SourceFile } from '../../../src/domain/site-data.ts';

const hostile = '<img src=x onerror=alert(1)> "quoted" & more';

describe('embed', () => {
  it('names embed pages after the figure id and refuses ids that are no file names', () => {
    expect(embedFileName('raad-vergelijking')).toBe('insluiten-raad-vergelijking.html');
    for (const bad of ['../x', 'A B', '', 'a/b', 'x.html'])
      expect(() => embedFileName(bad)).toThrow();
  });

  it('keeps the page title within 70 characters', () => {
    expect(embedTitle('Kort', 'Site')).toBe('Kort | Site');
    const long = embedTitle(
      'Aandeel vrouwen in de raad van bestuur van een heel lange instelling met een lange naam',
      'Site',
    );
    expect(long.length).toBeLessThanOrEqual(70);
    expect(long.endsWith('…')).toBe(true);
  });

  it('escapes the title and address in the iframe code', () => {
    const code = embedCode('https://example.org/a/insluiten-x.html', hostile, 400);
    expect(code).not.toContain('<img');
    expect(code).toContain(
      'title="&lt;img src=x onerror=alert(1)&gt; &quot;quoted&quot; &amp; more"',
    );
    expect(code).toContain('height="400"');
  });

  it('makes room for a taller chart, a longer summary and the demo label', () => {
    // charts are drawn 340 units wide and shown at most 480 px wide, also in a 640-px column
    const svg = (h: number) => `<svg viewBox="0 0 340 ${h}"></svg>`;
    const text = { caption: 'Titel', summary: 'Kort.', demo: false };
    const base = embedHeight(svg(200), text);
    expect(embedHeight(svg(400), text)).toBeGreaterThan(base + 180);
    expect(embedHeight(svg(400), text) - base).toBeCloseTo((200 * 480) / 340, -1);
    expect(embedHeight(svg(200), { ...text, summary: 'x'.repeat(300) })).toBeGreaterThan(base);
    expect(embedHeight(svg(200), { ...text, demo: true })).toBeGreaterThan(base);
    // a chart without a viewBox still gets a sane height
    expect(embedHeight('<svg></svg>', text)).toBeGreaterThan(300);
  });

  it('escapes every text from the data on the embed page and labels demo figures', () => {
    const page = renderEmbedPage({
      figureId: 'trend',
      caption: hostile,
      summary: hostile,
      chartHtml: '<svg viewBox="0 0 10 10"></svg>',
      source: hostile,
      peildatum: '2025-06-16',
      figureUrl: 'https://example.org/sectoren/zorg/#trend',
      csvHref: '/downloads/sectoren/zorg.csv',
      metadataHref: '/downloads/sectoren/zorg.metadata.json',
      stylesheets: ['/_astro/Base.css'],
      heightScript: '/insluiten-hoogte.js',
      siteName: 'Site',
      licence: 'CC0-1.0',
      edition: 'Editie 2026-04-15',
      demo: true,
    });
    expect(page).not.toContain('<img');
    expect(page.match(/&lt;img src=x/g)!.length).toBeGreaterThanOrEqual(3);
    expect(page).toContain('<meta name="robots" content="noindex">');
    expect(page).toContain('Voorbeelddata');
    expect(page).toContain('target="_blank" rel="noopener"');
    expect(page).not.toContain('data-pagefind-body');
  });
});

const entry = (table: string, bronsoort: DownloadEntry['bronsoort']): DownloadEntry => ({
  path: 'gemeenten/gent-vergelijking.csv',
  table,
  format: 'csv',
  rows: 3,
  bytes: 100,
  sha256: 'ab',
  bronsoort,
});

const bronnen: SourceFile[] = [
  { bestand: 'gremia/a.csv', soort: 'gremia', bron: null, bronsoort: 'voorbeelddata' },
  { bestand: 'mandaten/m.csv', soort: 'mandaten', bron: null, bronsoort: 'voorbeelddata' },
  { bestand: 'mandaten/echt.csv', soort: 'mandaten', bron: null, bronsoort: 'bronbestand' },
  { bestand: 'roo/x.csv', soort: 'roo', bron: null, bronsoort: 'register' },
  { bestand: 'referentie/gemeenten.csv', soort: 'referentie', bron: null },
];

describe('metadata', () => {
  it('sits beside the CSV', () => {
    expect(metadataPathOf('gemeenten/gent.csv')).toBe('gemeenten/gent.metadata.json');
    expect(() => metadataPathOf('gemeenten/gent.json')).toThrow();
  });

  it('names the sources of the file: its own kind and side only', () => {
    const flemishDemo = sourcesOf(entry('gemeente-vergelijking', 'voorbeelddata'), bronnen);
    expect(flemishDemo.map((s) => s.path)).toEqual(['mandaten/m.csv']);
    const dutchRegister = sourcesOf(entry('gremia', 'register'), bronnen);
    expect(dutchRegister.map((s) => s.path)).toEqual(['roo/x.csv']);
    expect(sourcesOf(entry('importverslag', null), bronnen)).toHaveLength(bronnen.length);
  });

  it('defines each column of the file in its order, with units, and refuses an unknown one', () => {
    const fields = describedFields(VERGELIJKING_TABLE, [
      'gebied',
      'aandeel_vrouwen',
      'voorbeelddata',
    ]);
    expect(fields.map((f) => f.name)).toEqual(['gebied', 'aandeel_vrouwen', 'voorbeelddata']);
    expect(fieldUnit(fields[1]!)).toBe('fractie (0-1)');
    expect(fieldUnit(GREMIA_TABLE.fields.find((f) => f.name === 'vrouwen')!)).toBe('aantal');
    expect(() => describedFields(VERGELIJKING_TABLE, ['gebied', 'geheim'])).toThrow(/geheim/);
  });

  it('neutralises a formula at the start of a title from the data', () => {
    const metadata = csvMetadata({
      entry: entry('gremia', 'register'),
      spec: GREMIA_TABLE,
      columns: ['jaar'],
      csvUrl: 'https://example.org/downloads/instellingen/x.csv',
      figures: [
        {
          titel: '=HYPERLINK("http://evil") van X: zetels in 2025',
          url: 'https://example.org/instellingen/x/#a',
          peildatum: '2025',
          citeer: 'U (2026). =1+1',
          insluiten: 'https://example.org/instellingen/x/insluiten-a.html',
        },
      ],
      edition: { titel: 'T', datum: '2026-04-15', uitgever: 'U', licentie: 'CC0-1.0' },
      licenceUrl: null,
      sources: [{ title: '@bron', path: 'roo/x.csv' }],
    }) as { title: string; figuren: { titel: string }[]; sources: { title: string }[] };
    expect(metadata.title.startsWith("'=")).toBe(true);
    expect(metadata.figuren[0]!.titel.startsWith("'=")).toBe(true);
    expect(metadata.sources[0]!.title).toBe("'@bron");
  });

  it("names a file after its one figure, or after its table and its figures' page", () => {
    const figure = (board: string, pagina: string | null = 'Gemeente X') => ({
      titel: `${board} van Gemeente X: zetels in 2026`,
      url: `https://example.org/instellingen/gm0001/#${board.toLowerCase()}`,
      peildatum: '2026-04-15',
      citeer: 'U (2026).',
      insluiten: 'https://example.org/instellingen/gm0001/insluiten-a.html',
      ...(pagina ? { pagina } : {}),
    });
    const plainTable = { ...GREMIA_TABLE, namedAfterPage: false };
    const metadataOf = (
      figures: FigureReference[],
      spec = GREMIA_TABLE,
      bronsoort: 'register' | 'voorbeelddata' = 'register',
    ) =>
      csvMetadata({
        entry: entry('gremia', bronsoort),
        spec,
        columns: ['jaar'],
        csvUrl: 'https://example.org/downloads/instellingen/gm0001.csv',
        figures,
        edition: { titel: 'T', datum: '2026-04-15', uitgever: 'U', licentie: 'CC0-1.0' },
        licenceUrl: null,
        sources: [],
      }) as { title: string; figuren: Record<string, string>[] };
    const both = metadataOf([figure('College'), figure('Raad')]);
    expect(both.title).toBe(`${GREMIA_TABLE.title}: Gemeente X`);
    // Each figure keeps its own caption; the heading only names the file and is not written.
    expect(both.figuren.map((f) => f.titel)).toEqual([
      'College van Gemeente X: zetels in 2026',
      'Raad van Gemeente X: zetels in 2026',
    ]);
    expect(both.figuren.every((f) => !('pagina' in f))).toBe(true);
    // An institution's file holds every board and year: named after the page even with one figure.
    expect(metadataOf([figure('College')]).title).toBe(`${GREMIA_TABLE.title}: Gemeente X`);
    // Other tables: one figure names its file; several on one page share the page's heading.
    expect(metadataOf([figure('College')], plainTable).title).toBe(
      'College van Gemeente X: zetels in 2026',
    );
    expect(metadataOf([figure('College'), figure('Raad')], plainTable).title).toBe(
      `${GREMIA_TABLE.title}: Gemeente X`,
    );
    // Figures on two pages, or a page without a heading: the table's title alone.
    const elsewhere = { ...figure('Raad'), url: 'https://example.org/sectoren/x/#raad' };
    expect(metadataOf([figure('College'), elsewhere]).title).toBe(GREMIA_TABLE.title);
    expect(metadataOf([figure('College', null), figure('Raad', null)]).title).toBe(
      GREMIA_TABLE.title,
    );
    expect(metadataOf([]).title).toBe(GREMIA_TABLE.title);
    // A demo caption that already says so is not marked twice.
    const demoFigure = { ...figure('Raad'), titel: 'Raad (voorbeelddata)' };
    expect(metadataOf([demoFigure], plainTable, 'voorbeelddata').title).toBe(
      'Raad (voorbeelddata)',
    );
  });

  it('says demo data is demo data in its title and description', () => {
    const metadata = csvMetadata({
      entry: entry('gemeente-vergelijking', 'voorbeelddata'),
      spec: VERGELIJKING_TABLE,
      columns: ['peildatum', 'gebied', 'voorbeelddata'],
      csvUrl: 'https://example.org/downloads/gemeenten/gent-vergelijking.csv',
      figures: [],
      edition: { titel: 'T', datum: '2026-04-15', uitgever: 'U', licentie: 'CC0-1.0' },
      licenceUrl: 'https://spdx.org/licenses/CC0-1.0.html',
      sources: [],
    }) as { title: string; description: string; voorbeelddata: boolean };
    expect(metadata.title).toMatch(/voorbeelddata/);
    expect(metadata.description).toMatch(/^VOORBEELDDATA/);
    expect(metadata.voorbeelddata).toBe(true);
  });
});
