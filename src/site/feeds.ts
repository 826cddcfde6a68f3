// Atom feeds of editions and corrections (RFC 4287): one for the site, one per sector and per
// province with the corrections that touch its pages. Pure: text in, XML out.
import { correctionsFor } from '../domain/editions.ts';
import type { History } from '../domain/editions.ts';
import { escapeXml } from '../charts/svg.ts';
import { formatDate } from './format.ts';

export interface FeedEntry {
  id: string;
  title: string;
  /** ISO date */
  updated: string;
  link: string;
  summary: string;
}

export interface Feed {
  id: string;
  title: string;
  self: string;
  alternate: string;
  author: string;
  /** built from demo data: said in the title and subtitle */
  demo: boolean;
  entries: FeedEntry[];
}

const stamp = (date: string) => `${date}T00:00:00Z`;

export function atomFeed(feed: Feed): string {
  const entries = [...feed.entries].sort((a, b) => b.updated.localeCompare(a.updated));
  const updated = entries[0]?.updated ?? '1970-01-01';
  const x = escapeXml;
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="nl">',
    `  <id>${x(feed.id)}</id>`,
    `  <title>${x(feed.title)}${feed.demo ? ' (voorbeelddata)' : ''}</title>`,
    ...(feed.demo
      ? ['  <subtitle>Voorbeelddata: gegenereerde, fictieve gegevens.</subtitle>']
      : []),
    `  <updated>${stamp(updated)}</updated>`,
    `  <link rel="self" type="application/atom+xml" href="${x(feed.self)}"/>`,
    `  <link rel="alternate" type="text/html" href="${x(feed.alternate)}"/>`,
    `  <author><name>${x(feed.author)}</name></author>`,
    ...entries.map((e) =>
      [
        '  <entry>',
        `    <id>${x(e.id)}</id>`,
        `    <title>${x(e.title)}</title>`,
        `    <updated>${stamp(e.updated)}</updated>`,
        `    <link rel="alternate" type="text/html" href="${x(e.link)}"/>`,
        `    <summary>${x(e.summary)}</summary>`,
        '  </entry>',
      ].join('\n'),
    ),
    '</feed>',
    '',
  ].join('\n');
}

/**
 * Entries for one scope: every edition (with a line about the scope in the current one) and the
 * corrections that touch any of the scope's pages. `url` makes a site path absolute.
 */
export function historyEntries(
  history: History,
  url: (path: string) => string,
  scope: { paths: readonly string[]; currentSummary: string } | null,
): FeedEntry[] {
  const editions = history.edities.map((e) => ({
    // The id stays what it was when the entry was first published; the link goes to the
    // edition's own page (with its downloads and changes) where there is one.
    id: url(`/over/#editie-${e.datum}`),
    title: `Editie van ${formatDate(e.datum)}: ${e.titel}`,
    updated: e.datum,
    link: url(e.gearchiveerd ? `/edities/${e.datum}/` : `/over/#editie-${e.datum}`),
    summary: [e.toelichting, e.huidig && scope ? scope.currentSummary : '']
      .filter(Boolean)
      .join(' '),
  }));
  const corrections = history.correcties
    .map((c, i) => ({ c, i }))
    .filter(({ c }) => !scope || scope.paths.some((p) => correctionsFor(p, [c]).length > 0))
    .map(({ c, i }) => {
      const target = scope?.paths.find((p) => correctionsFor(p, [c]).length > 0);
      const anchor = `/over/#correctie-${c.datum}-${i + 1}`;
      return {
        id: url(anchor),
        title: `Correctie van ${formatDate(c.datum)}`,
        updated: c.datum,
        link: url(target ?? anchor),
        summary: c.toelichting,
      };
    });
  return [...editions, ...corrections];
}
