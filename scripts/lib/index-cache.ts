// Keeps what the last steps add to a built site (Pagefind's index, the embed pages, the metadata
// files and the SHA256SUMS that lists them), keyed by everything they are made from: the
// pipeline's key (data and downloads), the bytes of every page Astro wrote, the base path and
// the code of these steps. When a rebuild's pages are byte for byte those of a recent build,
// the files come from here by hard link instead of being made again (6-8 s on two cores).
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import {
  entryFiles,
  filesUnder,
  hashFiles,
  hashTree,
  linkFiles,
  linkOrCopy,
  markUsed,
  storeEntry,
} from './build-cache.ts';

const FORMAT = 'index-cache-2';
const KEEP = 3;
/**
 * Rewritten by the embed step (by rename), so taken from the cache too. A path inside the site
 * with forward slashes, as every path an entry lists.
 */
const CHECKSUMS = 'downloads/SHA256SUMS';

export interface SiteSnapshot {
  key: string;
  /** the site's files before the cached steps ran, relative to the site */
  before: Set<string>;
}

const relativePath = (siteDir: string, file: string) =>
  relative(siteDir, file).split(sep).join('/');

/**
 * The key of a site as Astro left it. Downloads and editions are covered by the pipeline key;
 * every other file (pages, JSON, assets) is hashed.
 */
export async function snapshotSite(
  siteDir: string,
  projectDir: string,
  pipelineKey: string,
  basePath: string,
): Promise<SiteSnapshot> {
  const files = await filesUnder(siteDir);
  const own = files.filter((f) => !/^(downloads|edities)\//.test(relativePath(siteDir, f)));
  const hash = createHash('sha256');
  hash.update(`${FORMAT}\0${process.version}\0${pipelineKey}\0${basePath}\0`);
  hash.update(`${process.env.SITE_URL ?? ''}\0`);
  await hashFiles(hash, 'site', siteDir, own);
  for (const code of ['figure-extras.ts', 'search-index.ts'])
    await hashFiles(hash, code, projectDir, [join(projectDir, 'scripts', 'lib', code)]);
  await hashTree(hash, 'site-code', join(projectDir, 'src', 'site'));
  await hashTree(hash, 'domain', join(projectDir, 'src', 'domain'));
  await hashFiles(hash, 'lock', projectDir, [join(projectDir, 'package-lock.json')]);
  return {
    key: hash.digest('hex'),
    before: new Set(files.map((f) => relativePath(siteDir, f))),
  };
}

/** Puts the cached files for `key` into the site; false when there is no complete entry. */
export async function restoreIndex(
  cacheDir: string,
  key: string,
  siteDir: string,
): Promise<boolean> {
  const entry = join(cacheDir, key);
  const files = await entryFiles(entry);
  if (!files) return false;
  const others = files.filter((f) => f !== CHECKSUMS);
  const linked: string[] = [];
  try {
    await linkFiles(join(entry, 'bestanden'), siteDir, others, (f) => linked.push(f));
    // Last, and by rename: until here the site keeps the pipeline's SHA256SUMS, so that a
    // failed restore leaves the site as the steps that then run expect it.
    if (files.includes(CHECKSUMS)) {
      const next = join(siteDir, `${CHECKSUMS}.cache`);
      await linkOrCopy(join(entry, 'bestanden', CHECKSUMS), next);
      await rename(next, join(siteDir, CHECKSUMS));
    }
  } catch (error) {
    await Promise.all(linked.map((f) => rm(join(siteDir, f), { force: true })));
    throw error;
  }
  await markUsed(entry);
  return true;
}

/**
 * The files the cached steps added to the site since the snapshot, and SHA256SUMS, which they
 * replaced. Listed as soon as those steps end: later steps add files (social cards, sitemap)
 * that must not join the entry.
 */
export async function addedFiles(siteDir: string, snapshot: SiteSnapshot): Promise<string[]> {
  const added = (await filesUnder(siteDir))
    .map((f) => relativePath(siteDir, f))
    .filter((f) => !snapshot.before.has(f));
  return existsSync(join(siteDir, CHECKSUMS)) ? [...added, CHECKSUMS] : added;
}

/** Keeps `files` (from addedFiles) of the site under the snapshot's key. */
export async function storeIndex(
  cacheDir: string,
  snapshot: SiteSnapshot,
  siteDir: string,
  files: readonly string[],
): Promise<void> {
  await storeEntry(
    cacheDir,
    snapshot.key,
    KEEP,
    (staging) => linkFiles(siteDir, join(staging, 'bestanden'), files),
    { files },
  );
}
