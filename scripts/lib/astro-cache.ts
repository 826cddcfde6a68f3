// Keeps the pages Astro wrote, keyed by everything Astro reads: the site data it renders
// (site-data.json), the code and assets it compiles (src/, public/, the Astro config and its
// integration, tsconfig, the lockfile for the packages), the base path and site address, and
// Node's version. Astro reads nothing else (src/site/load.ts, astro.config.mjs), and no page
// depends on the clock. When a rebuild's inputs are those of a recent build, its pages come from
// here by hard link instead of being rendered again (7-9 s of a warm rebuild on two cores).
//
// Hard links are safe here because every file is the build's own, and no later step writes into
// a page in place: the search index, embed pages, metadata and sitemap are new files beside them.
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import {
  entryFiles,
  filesUnder,
  hashFiles,
  hashTree,
  linkFiles,
  markUsed,
  storeEntry,
} from './build-cache.ts';

const FORMAT = 'astro-cache-1';
/** Two: the default site and one other (a sub-path build, a test's data) without evicting it. */
const KEEP = 2;

/** Project files outside src/ and public/ that change what Astro writes. */
const CONFIG_FILES = [
  'astro.config.mjs',
  'scripts/lib/trim-html.mjs',
  'tsconfig.json',
  'package-lock.json',
];

export async function astroKey(
  projectDir: string,
  siteDataFile: string,
  basePath: string,
): Promise<string> {
  const hash = createHash('sha256');
  hash.update(`${FORMAT}\0${process.version}\0${basePath}\0${process.env.SITE_URL ?? ''}\0`);
  // by its own folder, so that the key holds its bytes and name, not this build's folder
  await hashFiles(hash, 'site-data', dirname(siteDataFile), [siteDataFile]);
  await hashTree(hash, 'src', join(projectDir, 'src'));
  await hashTree(hash, 'public', join(projectDir, 'public'));
  await hashFiles(
    hash,
    'config',
    projectDir,
    CONFIG_FILES.map((f) => join(projectDir, f)).filter((f) => existsSync(f)),
  );
  return hash.digest('hex');
}

/** Puts the cached pages for `key` into `siteDir`; false when there is no complete entry. */
export async function restoreAstro(
  cacheDir: string,
  key: string,
  siteDir: string,
): Promise<boolean> {
  const entry = join(cacheDir, key);
  const files = await entryFiles(entry);
  if (!files) return false;
  const linked: string[] = [];
  try {
    await linkFiles(join(entry, 'bestanden'), siteDir, files, (f) => linked.push(f));
  } catch (error) {
    // Half a site is no site: what was linked goes, and Astro renders it all.
    await Promise.all(linked.map((f) => rm(join(siteDir, f), { force: true })));
    throw error;
  }
  await markUsed(entry);
  return true;
}

/**
 * The files Astro wrote, listed as soon as it ends: the next steps add downloads, editions and
 * the search index to the same folder, and those must not join the entry.
 */
export async function astroFiles(siteDir: string): Promise<string[]> {
  return (await filesUnder(siteDir)).map((f) => relative(siteDir, f).split(sep).join('/'));
}

/** Keeps `files` (from astroFiles) of `siteDir` under `key`. */
export async function storeAstro(
  cacheDir: string,
  key: string,
  siteDir: string,
  files: readonly string[],
): Promise<void> {
  await storeEntry(
    cacheDir,
    key,
    KEEP,
    (staging) => linkFiles(siteDir, join(staging, 'bestanden'), files),
    { files },
  );
}
