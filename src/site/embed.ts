// Embedding a figure in an article: every chart also lives on a page of its own, beside the page
// that shows it (insluiten-<figuur>.html), with only the figure, its summary, its source line and
// a link back. Pure: the Figure component writes the embed code with it, and the build writes the
// embed pages from the built figures (scripts/lib/figure-extras.ts).
import { escapeXml } from '../charts/svg.ts';

/** Figure ids that can name a file: the anchors the components give their figures. */
const FIGURE_ID = /^[a-z0-9][a-z0-9-]{0,80}$/;

export function isEmbeddableId(id: string): boolean {
  return FIGURE_ID.test(id);
}

/** The embed page's file name in the directory of the page that shows the figure. */
export function embedFileName(figureId: string): string {
  if (!isEmbeddableId(figureId))
    throw new Error(`figuur-id '${figureId}' kan geen bestandsnaam van een insluitpagina zijn`);
  return `insluiten-${figureId}.html`;
}

/** The width an article column usually gives an embedded chart, in CSS px. */
const ARTICLE_WIDTH = 640;
/**
 * The widest global.css ever shows a chart (.chart svg 29.5rem, the tall map 30rem): in a 640-px
 * column the chart stops there, so its height follows from this width, not the column's.
 */
const CHART_MAX_PX = 480;
/** Characters of body text per line at that width (words wrap early: fewer than fit), and the
 *  page's line height (1.5 × 16 px). */
const CHARS_PER_LINE = 62;
const LINE = 24;

function lines(text: string): number {
  return Math.max(1, Math.ceil(text.length / CHARS_PER_LINE));
}

/**
 * The iframe height for a figure at an article's usual width: the SVG scaled by its viewBox plus
 * the lines of text around it (caption, demo label, summary, source and links) and their
 * margins. Without JS that is the height the embed keeps (a narrower column scrolls inside);
 * with the optional script it follows the content.
 */
export function embedHeight(
  svg: string,
  text: { caption: string; summary: string; demo: boolean },
): number {
  const box = /viewBox="\s*[-\d.]+[\s,]+[-\d.]+[\s,]+([\d.]+)[\s,]+([\d.]+)\s*"/.exec(svg);
  const width = Number(box?.[1]);
  const height = Number(box?.[2]);
  const chartWidth = Math.min(ARTICLE_WIDTH - 16, CHART_MAX_PX);
  const chart = width > 0 && height > 0 ? (chartWidth * height) / width : chartWidth * 0.6;
  const textLines =
    lines(text.caption) + lines(text.summary) + (text.demo ? 2 : 0) + 3; /* source, links */
  const margins = 16 /* figure padding */ + 8 /* caption */ + 3 * 16; /* paragraphs */
  return Math.ceil(chart + textLines * LINE + margins + 16);
}

/** The iframe code a journalist pastes into an article. */
export function embedCode(url: string, title: string, height: number): string {
  return `<iframe src="${escapeXml(url)}" title="${escapeXml(title)}" width="100%" height="${height}" style="border:0;max-width:100%" loading="lazy"></iframe>`;
}

/** The optional script beside it that lets the iframe follow the figure's height. */
export function embedResizeCode(scriptUrl: string): string {
  return `<script src="${escapeXml(scriptUrl)}" async></script>`;
}

/** A page title within 70 characters (what validators and search results show in full). */
export function embedTitle(caption: string, siteName: string): string {
  const full = `${caption} | ${siteName}`;
  if (full.length <= 70) return full;
  if (caption.length <= 70) return caption;
  // Cut well under 70: validators count the title as written, where an apostrophe is &#39;.
  const cut = caption.slice(0, 60);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), 40)).trimEnd()}…`;
}

export interface EmbedPageInput {
  figureId: string;
  caption: string;
  summary: string;
  /** the chart's markup as the built page has it (our own SVG, already escaped) */
  chartHtml: string;
  source: string;
  peildatum: string;
  /** the permanent address of the figure on its page (canonical URL + #id) */
  figureUrl: string;
  csvHref: string | null;
  metadataHref: string | null;
  stylesheets: readonly string[];
  /** the script that reports the height to the embedding page */
  heightScript: string;
  siteName: string;
  licence: string;
  edition: string;
  demo: boolean;
}

/**
 * A page with only the figure. Links open in a new tab: inside an iframe the reader's article
 * stays where it was. Kept out of search engines (noindex) and Pagefind (no pagefind body): the
 * figure's own page is the one to find.
 */
export function renderEmbedPage(input: EmbedPageInput): string {
  const e = escapeXml;
  const out = (href: string, text: string) =>
    `<a href="${e(href)}" target="_blank" rel="noopener">${e(text)}</a>`;
  const links = [
    out(input.figureUrl, `Bekijk op ${input.siteName}`),
    ...(input.csvHref ? [out(input.csvHref, 'Cijfers (CSV)')] : []),
    ...(input.metadataHref ? [out(input.metadataHref, 'Metadata (JSON)')] : []),
  ];
  const demo = input.demo
    ? `<p class="demo-label"><strong>Voorbeelddata:</strong> gegenereerde, fictieve cijfers, geen echte gegevens.</p>`
    : '';
  return `<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${e(embedTitle(input.caption, input.siteName))}</title><meta name="robots" content="noindex"><link rel="canonical" href="${e(input.figureUrl)}">${input.stylesheets
    .map((s) => `<link rel="stylesheet" href="${e(s)}">`)
    .join(
      '',
    )}<script src="${e(input.heightScript)}" defer></script></head><body class="embed"><main><figure id="${e(input.figureId)}" aria-labelledby="${e(input.figureId)}-caption"><figcaption id="${e(input.figureId)}-caption">${e(input.caption)}</figcaption>${demo}<p class="summary">${e(input.summary)}</p><div class="chart">${input.chartHtml}</div><p class="meta">Bron: ${e(input.source)}. Peildatum: ${e(input.peildatum)}. ${e(input.edition)}, licentie ${e(input.licence)}.<br>${links.join(' · ')}</p></figure></main></body></html>\n`;
}
