// The permanence check and the sitemap. Every URL an edition published must exist in the next:
// <DATA_DIR>/gepubliceerde-urls.txt lists them (committed), and a build that lacks one fails
// before it replaces the site. The sitemap lists each page's canonical URL (redirect pages,
// which only point elsewhere, are left out).
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import {
  formatManifest,
  missingPaths,
  parseManifest,
  type ManifestEntry,
  type RetiredUrl,
} from '../../src/domain/url-manifest.ts';

export const MANIFEST_NAME = 'gepubliceerde-urls.txt';
export const RETIRED_NAME = 'vervallen-urls.txt';

/** Built files that are not addresses anyone links to: hashed assets, search index, page data. */
const INTERNAL = [
  /^\/_astro\//,
  /^\/pagefind\//,
  /^\/vergelijken\/gegevens\//,
  /^\/beelden\//,
  /^\/gepubliceerde-urls\.txt$/,
  /^\/vervallen-urls\.txt$/,
];

/** Every published site path of a built site: pages as "/a/b/", other files as "/a/b.csv". */
export async function publishedPaths(siteDir: string): Promise<string[]> {
  const entries = await readdir(siteDir, { withFileTypes: true, recursive: true });
  const paths: string[] = [];
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const rel = `/${relative(siteDir, join(entry.parentPath, entry.name)).split(sep).join('/')}`;
    const path = rel.endsWith('/index.html') ? rel.slice(0, -'index.html'.length) : rel;
    if (!INTERNAL.some((pattern) => pattern.test(path))) paths.push(path);
  }
  return paths.sort();
}

export { parseManifest, missingPaths };

export class PermanenceError extends Error {}

const ENTITY = /<meta name="dcterms\.identifier" content="([^"]+)"/;
const CANONICAL = /<link rel="canonical" href="([^"]+)"/;
const REDIRECT = /http-equiv="refresh"/;

export interface BuiltPage {
  path: string;
  /** The entity the page says it shows ("instelling:gm0363"), or null. */
  entity: string | null;
  canonical: string | null;
  redirect: boolean;
}

/** Every published path of a built site, pages read once for their entity and canonical URL. */
export async function builtPages(siteDir: string): Promise<BuiltPage[]> {
  const pages: BuiltPage[] = [];
  for (const path of await publishedPaths(siteDir)) {
    if (!path.endsWith('/')) {
      pages.push({ path, entity: null, canonical: null, redirect: false });
      continue;
    }
    const html = await readFile(join(siteDir, path, 'index.html'), 'utf8');
    pages.push({
      path,
      entity: ENTITY.exec(html)?.[1]?.replace(/&amp;/g, '&') ?? null,
      canonical: CANONICAL.exec(html)?.[1] ?? null,
      redirect: REDIRECT.test(html),
    });
  }
  return pages;
}

/**
 * Every URL the data directory's manifest lists must be in the build and show the same entity,
 * unless vervallen-urls.txt retires it with a reason. The full list of what is missing is written
 * to <project>/.build/ontbrekende-urls.txt, for a publisher who retires URLs on purpose.
 */
export async function checkManifest(
  dataDir: string,
  pages: readonly BuiltPage[],
  retired: readonly RetiredUrl[],
  projectDir: string,
): Promise<number> {
  const file = join(dataDir, MANIFEST_NAME);
  if (!existsSync(file)) return 0;
  const manifest = parseManifest(await readFile(file, 'utf8'));
  const shownBy = new Map(pages.map((p) => [p.path, p.entity]));
  const retiredPaths = new Set(retired.map((r) => r.path));
  const missing = missingPaths(
    manifest,
    pages.map((p) => p.path),
  ).filter((path) => !retiredPaths.has(path));
  const problems = missing.map((path) => `${path} ontbreekt`);
  // A published entity page must still show the same entity, not one that took its slug.
  for (const entry of manifest) {
    if (!entry.entity || !shownBy.has(entry.path)) continue;
    const shown = shownBy.get(entry.path) ?? null;
    if (shown !== entry.entity)
      problems.push(
        `${entry.path} toont ${shown ?? 'geen entiteit'} in plaats van ${entry.entity}`,
      );
  }
  if (problems.length > 0) {
    const report = join(projectDir, '.build', 'ontbrekende-urls.txt');
    await mkdir(dirname(report), { recursive: true });
    await writeFile(report, `${missing.join('\n')}\n`);
    const shown = problems.slice(0, 20).join('\n  ');
    throw new PermanenceError(
      `${file}: ${problems.length} eerder gepubliceerde URL('s) ontbreken of tonen iets anders in deze build:\n  ${shown}` +
        `${problems.length > 20 ? '\n  …' : ''}\n` +
        'Een gepubliceerde link moet blijven werken en hetzelfde tonen: maak een doorverwijspagina, herstel de gegevens, ' +
        `of zet een URL die bewust vervalt met een reden in vervallen-urls.txt (de hele lijst: ${report}).`,
    );
  }
  return manifest.length;
}

/**
 * The built site's own list of its addresses and entities, in the manifest format, and its list
 * of retired URLs (for the preview server and the nginx configuration, which answer them with
 * 410 Gone and the page of their reason). The next build into the same OUT_DIR reads the first
 * to keep every slug with its entity, also where the data directory has no manifest of its own.
 */
export async function writeSiteManifest(
  siteDir: string,
  pages: readonly BuiltPage[],
  retired: readonly RetiredUrl[],
): Promise<void> {
  await writeFile(
    join(siteDir, MANIFEST_NAME),
    `# Adressen van deze build met de entiteit die ze tonen\n${formatManifest(pages)}\n`,
  );
  await writeFile(
    join(siteDir, RETIRED_NAME),
    `# Vervallen adressen van deze site met hun reden (/vervallen/<reden>/)\n${retired.map((r) => `${r.path}\t${r.reden}`).join('\n')}\n`,
  );
}

/** Writes the manifest as the union of what it held and what this build publishes. */
export async function updateManifest(dataDir: string, siteDir: string): Promise<number> {
  const file = join(dataDir, MANIFEST_NAME);
  const before = existsSync(file) ? parseManifest(await readFile(file, 'utf8')) : [];
  const entries = new Map<string, ManifestEntry>(before.map((e) => [e.path, e]));
  for (const page of await builtPages(siteDir)) {
    entries.set(page.path, {
      path: page.path,
      entity: entries.get(page.path)?.entity ?? page.entity,
    });
  }
  const all = [...entries.values()].sort((a, b) =>
    a.path < b.path ? -1 : a.path > b.path ? 1 : 0,
  );
  await writeFile(
    file,
    `# URL's die deze site gepubliceerd heeft, met (na een tab) de entiteit die de pagina toont;\n# een nieuwe build moet ze allemaal hebben, met dezelfde entiteit. Bijwerken na een publicatie:\n# npm run editie:publiceren (of npm run urls:bijwerken)\n${formatManifest(all)}\n`,
  );
  return all.length;
}

export async function writeSitemap(
  siteDir: string,
  pages: readonly BuiltPage[],
  lastmod: string,
): Promise<number> {
  const urls = pages
    .filter((p) => p.canonical !== null && !p.redirect)
    .map((p) => p.canonical as string);
  const body = [...new Set(urls)]
    .sort()
    .map((u) => `  <url><loc>${u}</loc><lastmod>${lastmod}</lastmod></url>`)
    .join('\n');
  await writeFile(
    join(siteDir, 'sitemap.xml'),
    `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${body}\n</urlset>\n`,
  );
  return urls.length;
}
