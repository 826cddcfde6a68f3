// After Astro: reads every built figure once and writes what travels with it: an embed page
// beside its page (insluiten-<figuur>.html) and, beside every CSV download, a metadata file that
// names the figures built from it. Reading the built figures (not recomputing them) keeps the
// embed identical to the page and the metadata's titles identical to the captions.
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { DOWNLOAD_TABLES, OTHER_TABLES } from '../../src/domain/download-tables.ts';
import type { SiteData } from '../../src/domain/site-data.ts';
import { isDemo } from '../../src/domain/source-kinds.ts';
import { downloadPathOf } from '../../src/site/edition-links.ts';
import { embedFileName, isEmbeddableId, renderEmbedPage } from '../../src/site/embed.ts';
import {
  csvMetadata,
  metadataPathOf,
  sourcesOf,
  type FigureReference,
} from '../../src/site/figure-metadata.ts';
import { licenseUrl } from '../../src/site/json-ld.ts';

const SITE_NAME = 'Genderdiversiteit in de top';
const CANONICAL = /<link rel="canonical" href="([^"]+)"/;
const STYLESHEET = /<link rel="stylesheet" href="([^"]+)"/g;
const FIGURE = /<figure id="[^"]+"[^>]*>[\s\S]*?<\/figure>/g;
// the page's own heading: it names a file whose figures are all on this page
const HEADING = /<h1[^>]*>[\s\S]*?<\/h1>/;

export interface FigureExtrasResult {
  embeds: number;
  metadata: number;
}

interface BuiltFigure {
  id: string;
  caption: string;
  summary: string;
  chartHtml: string;
  source: string;
  peildatum: string;
  csvHref: string | null;
  /** the metadata link the figure itself shows beside its CSV link (Figure.astro) */
  metadataHref: string | null;
  citation: string;
}

/** The figures of a built page that carry a chart and a source line (Figure.astro). */
export function figuresOf(document: HTMLElement): BuiltFigure[] {
  const figures: BuiltFigure[] = [];
  for (const figure of document.querySelectorAll('figure[id]')) {
    const chart = figure.querySelector('div.chart');
    const source = figure.querySelector('p.meta span.bron');
    if (!chart || !source) continue;
    const text = (selector: string) =>
      (figure.querySelector(selector)?.text ?? '').replace(/\s+/g, ' ').trim();
    const links = figure.querySelectorAll('p.meta a').map((a) => a.getAttribute('href') ?? '');
    figures.push({
      id: figure.id,
      caption: text('figcaption'),
      summary: text('p.summary'),
      chartHtml: chart.innerHTML,
      source: source.text.replace(/\s+/g, ' ').trim(),
      peildatum: text('p.meta span.peildatum'),
      csvHref: links.find((h) => h.endsWith('.csv')) ?? null,
      metadataHref: links.find((h) => h.endsWith('.metadata.json')) ?? null,
      citation: text('code.citation'),
    });
  }
  return figures;
}

async function builtPageFiles(siteDir: string): Promise<string[]> {
  const entries = await readdir(siteDir, { withFileTypes: true, recursive: true });
  return entries
    .filter((e) => e.isFile() && e.name === 'index.html')
    .map((e) => join(e.parentPath, e.name))
    .filter((file) => !relative(siteDir, file).split(sep).includes('pagefind'))
    .sort();
}

/**
 * Runs `step` over the items with up to `width` at a time; results in the items' order. Eight
 * keep the disk busy: with 32 the stage took as long, used more CPU (5.0 against 3.8 s) and
 * 170 MB more memory for the pages and parse trees in flight (400 against 230 MB).
 */
async function inBatches<T, R>(
  items: readonly T[],
  step: (item: T) => Promise<R>,
  width = 8,
): Promise<R[]> {
  const results: R[] = new Array<R>(items.length);
  let next = 0;
  let failed = false;
  const worker = async () => {
    while (next < items.length && !failed) {
      const i = next++;
      try {
        results[i] = await step(items[i]!);
      } catch (error) {
        failed = true;
        throw error;
      }
    }
  };
  await settleAll(Array.from({ length: Math.min(width, items.length) }, worker));
  return results;
}

/**
 * Like Promise.all, but waits until every promise has settled before it throws the first error:
 * a failed build removes its working directory, which must not race with writes still in flight.
 */
async function settleAll<T>(promises: readonly Promise<T>[]): Promise<T[]> {
  const outcomes = await Promise.allSettled(promises);
  const failure = outcomes.find((o) => o.status === 'rejected');
  if (failure) throw failure.reason;
  return outcomes.map((o) => (o as PromiseFulfilledResult<T>).value);
}

/**
 * The metadata files join SHA256SUMS (written by the pipeline), so that `sha256sum -c` covers
 * every file in downloads/; lines stay sorted by path as the pipeline sorts them.
 */
async function addChecksums(file: string, lines: readonly string[]): Promise<void> {
  if (!existsSync(file)) return;
  const all = [...(await readFile(file, 'utf8')).split('\n').filter(Boolean), ...lines];
  all.sort((a, b) => a.slice(66).localeCompare(b.slice(66)));
  // A new file put in place by rename, never a rewrite: the old one may be a hard link into the
  // pipeline cache (pipeline-cache.ts), which must keep the pipeline's own version.
  const next = `${file}.nieuw`;
  await writeFile(next, `${all.join('\n')}\n`);
  await rename(next, file);
}

const SPECS = new Map([...DOWNLOAD_TABLES, ...OTHER_TABLES].map((s) => [s.name, s]));

export async function writeFigureExtras(
  siteDir: string,
  site: Pick<SiteData, 'editie' | 'bronnen' | 'downloads'>,
  basePath: string,
): Promise<FigureExtrasResult> {
  const base = basePath.endsWith('/') ? basePath : `${basePath}/`;
  const csvEntries = new Map(
    site.downloads.filter((d) => d.format === 'csv').map((d) => [d.path, d]),
  );
  const edition = `${site.editie.titel}, editie ${site.editie.publicatiedatum}`;

  /** One page: its embed pages written, its figures' references to their CSVs returned. */
  const embedPage = async (
    file: string,
  ): Promise<{ siteUrl: URL | null; refs: [string, FigureReference][]; embeds: number }> => {
    const html = await readFile(file, 'utf8');
    if (!html.includes('class="bron"')) return { siteUrl: null, refs: [], embeds: 0 };
    const canonical = CANONICAL.exec(html)?.[1];
    // redirects and the 404 page carry no figures of their own
    if (!canonical) return { siteUrl: null, refs: [], embeds: 0 };
    const stylesheets = [...html.matchAll(STYLESHEET)].map((m) => m[1]!);
    const pageDemo = html.includes('class="demo-banner"');
    // Only the figures are parsed (they never nest): a tenth of the page, a third of the time.
    const document = parse([...html.matchAll(FIGURE)].map((m) => m[0]).join(''));
    const heading = HEADING.exec(html);
    // The heading without the demo site's VOORBEELD mark: the title's own "(voorbeelddata)" says it.
    const headingNode = heading ? parse(heading[0]) : null;
    for (const mark of headingNode?.querySelectorAll('.voorbeeld-mark') ?? []) mark.remove();
    const pagina = headingNode ? headingNode.text.replace(/\s+/g, ' ').trim() : '';
    const refs: [string, FigureReference][] = [];
    const writes: Promise<void>[] = [];
    for (const figure of figuresOf(document)) {
      if (!isEmbeddableId(figure.id))
        throw new Error(
          `${relative(siteDir, file)}: figuur-id '${figure.id}' kan geen insluitpagina krijgen`,
        );
      const downloadPath = figure.csvHref ? downloadPathOf(figure.csvHref, base) : null;
      const entry = downloadPath ? csvEntries.get(downloadPath) : undefined;
      const figureUrl = `${canonical}#${figure.id}`;
      const embedName = embedFileName(figure.id);
      writes.push(
        writeFile(
          join(dirname(file), embedName),
          renderEmbedPage({
            figureId: figure.id,
            caption: figure.caption,
            summary: figure.summary,
            chartHtml: figure.chartHtml,
            source: figure.source,
            peildatum: figure.peildatum,
            figureUrl,
            csvHref: figure.csvHref,
            metadataHref: figure.metadataHref,
            stylesheets,
            heightScript: `${base}insluiten-hoogte.js`,
            siteName: SITE_NAME,
            licence: site.editie.licentie,
            edition,
            demo: entry ? isDemo(entry.bronsoort) : pageDemo,
          }),
        ),
      );
      if (entry)
        refs.push([
          entry.path,
          {
            titel: figure.caption,
            url: figureUrl,
            peildatum: figure.peildatum,
            citeer: figure.citation,
            insluiten: new URL(embedName, canonical).href,
            ...(pagina ? { pagina } : {}),
          },
        ]);
    }
    await settleAll(writes);
    return { siteUrl: new URL(base, canonical), refs, embeds: writes.length };
  };

  // The file system is the bottleneck (thousands of small files): several reads and writes in
  // flight at once, results kept in page order so the metadata lists figures the same way.
  const pages = await inBatches(await builtPageFiles(siteDir), embedPage);
  const figuresOfCsv = new Map<string, FigureReference[]>();
  for (const { refs } of pages)
    for (const [path, ref] of refs) {
      const list = figuresOfCsv.get(path);
      if (list) list.push(ref);
      else figuresOfCsv.set(path, [ref]);
    }
  const embeds = pages.reduce((n, p) => n + p.embeds, 0);
  // The site's address as the pages state it (SITE_URL and base path included).
  const siteUrl = pages.find((p) => p.siteUrl)?.siteUrl ?? null;

  const root =
    siteUrl ?? new URL(base, process.env.SITE_URL ?? 'https://genderdiversiteit.example.org');
  const licenceUrl = licenseUrl(site.editie.licentie, site.editie.licentie_url);
  const sums = await inBatches([...csvEntries.values()], async (entry) => {
    const spec = SPECS.get(entry.table);
    if (!spec)
      throw new Error(`downloads/${entry.path}: geen beschrijving voor tabel ${entry.table}`);
    const csvFile = join(siteDir, 'downloads', entry.path);
    const header = (await readFile(csvFile, 'utf8')).split('\n', 1)[0]!.replace(/^\uFEFF/, '');
    const content = csvMetadata({
      entry,
      spec,
      columns: header.split(','),
      csvUrl: new URL(`downloads/${entry.path}`, root).href,
      figures: figuresOfCsv.get(entry.path) ?? [],
      edition: {
        titel: site.editie.titel,
        datum: site.editie.publicatiedatum,
        uitgever: site.editie.uitgever,
        licentie: site.editie.licentie,
      },
      licenceUrl,
      sources: sourcesOf(entry, site.bronnen),
    });
    const text = `${JSON.stringify(content)}\n`;
    await writeFile(join(siteDir, 'downloads', metadataPathOf(entry.path)), text);
    return `${createHash('sha256').update(text).digest('hex')}  ${metadataPathOf(entry.path)}`;
  });
  await addChecksums(join(siteDir, 'downloads', 'SHA256SUMS'), sums);
  const metadata = csvEntries.size;
  return { embeds, metadata };
}
