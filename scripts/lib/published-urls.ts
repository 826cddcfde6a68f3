// The permanence check and the sitemap. Every URL an edition published must exist in the next:
// <DATA_DIR>/gepubliceerde-urls.txt lists them (committed), and a build that lacks one fails
// before it replaces the site. The sitemap lists each page's canonical URL (redirect pages,
// which only point elsewhere, are left out).
import { existsSync } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import {
  formatManifest,
  missingPaths,
  parseManifest,
  type ManifestEntry,
} from '../../src/domain/url-manifest.ts';

export const MANIFEST_NAME = 'gepubliceerde-urls.txt';

/** Built files that are not addresses anyone links to: hashed assets, search index, page data. */
const INTERNAL = [/^\/_astro\//, /^\/pagefind\//, /^\/vergelijken\/gegevens\//, /^\/beelden\//];

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

/** The entity a built page says it shows, or null (pages that are not about one entity). */
async function entityOf(siteDir: string, path: string): Promise<string | null> {
  if (!path.endsWith('/')) return null;
  const file = join(siteDir, path, 'index.html');
  if (!existsSync(file)) return null;
  return ENTITY.exec(await readFile(file, 'utf8'))?.[1]?.replace(/&amp;/g, '&') ?? null;
}

export async function checkManifest(dataDir: string, siteDir: string): Promise<number> {
  const file = join(dataDir, MANIFEST_NAME);
  if (!existsSync(file)) return 0;
  const manifest = parseManifest(await readFile(file, 'utf8'));
  const missing = missingPaths(manifest, await publishedPaths(siteDir));
  const problems = missing.map((path) => `${path} ontbreekt`);
  // A published entity page must still show the same entity, not one that took its slug.
  for (const entry of manifest) {
    if (!entry.entity || missing.includes(entry.path)) continue;
    const shown = await entityOf(siteDir, entry.path);
    if (shown !== entry.entity)
      problems.push(
        `${entry.path} toont ${shown ?? 'geen entiteit'} in plaats van ${entry.entity}`,
      );
  }
  if (problems.length > 0) {
    const shown = problems.slice(0, 20).join('\n  ');
    throw new PermanenceError(
      `${file}: ${problems.length} eerder gepubliceerde URL('s) ontbreken of tonen iets anders in deze build:\n  ${shown}` +
        `${problems.length > 20 ? '\n  …' : ''}\n` +
        'Een gepubliceerde link moet blijven werken en hetzelfde tonen: maak een doorverwijspagina of herstel de gegevens.',
    );
  }
  return manifest.length;
}

/** Writes the manifest as the union of what it held and what this build publishes. */
export async function updateManifest(dataDir: string, siteDir: string): Promise<number> {
  const file = join(dataDir, MANIFEST_NAME);
  const before = existsSync(file) ? parseManifest(await readFile(file, 'utf8')) : [];
  const entries = new Map<string, ManifestEntry>(before.map((e) => [e.path, e]));
  for (const path of await publishedPaths(siteDir)) {
    const entity = entries.get(path)?.entity ?? (await entityOf(siteDir, path));
    entries.set(path, { path, entity });
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

const CANONICAL = /<link rel="canonical" href="([^"]+)"/;
const REDIRECT = /http-equiv="refresh"/;

export async function writeSitemap(siteDir: string, lastmod: string): Promise<number> {
  const urls: string[] = [];
  for (const path of await publishedPaths(siteDir)) {
    if (!path.endsWith('/')) continue;
    const html = await readFile(join(siteDir, path, 'index.html'), 'utf8');
    const canonical = CANONICAL.exec(html)?.[1];
    if (canonical && !REDIRECT.test(html)) urls.push(canonical);
  }
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
