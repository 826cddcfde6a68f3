// Keeps the pipeline's output (site-data.json, downloads/, edities/) of recent builds, keyed by
// everything that output depends on: the bytes of every input file, the pipeline's own code and
// libraries, the build date and the institution slugs of the site in place. A rebuild with the same
// inputs takes the output from here (hard links, so no bytes are copied) instead of reading,
// validating and writing it all again; any changed byte gives another key and a full run.
//
// Hard links share one file between the cache and the site: a later step that rewrote a file
// in place would change the cached copy too. Every step after the pipeline writes new files or
// replaces a file by rename (figure-extras' SHA256SUMS), and a restored entry is checked
// against the SHA-256 the pipeline recorded for each download before it is used.
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { institutionPins } from '../../src/pipeline/run.ts';
import { hashTree, linkTree, markUsed, storeEntry } from './build-cache.ts';
import type { SiteData } from '../../src/domain/site-data.ts';

/** Bump when the layout of a cache entry changes. */
const FORMAT = 'pipeline-cache-1';
/** Entries kept: the default data, and a test or bench data set or two beside it. */
const KEEP = 3;
/** What the pipeline writes into its output directory, all of it kept. */
const OUTPUTS = ['site-data.json', 'downloads', 'edities'];

export interface PipelineInputs {
  projectDir: string;
  dataDir: string;
  projectDataDir: string;
  /** the date the pipeline falls back on when bron.json names none */
  buildDate: string;
  previousManifest: string;
}

/** The cache key: a SHA-256 over every input of the pipeline and its code. */
export async function pipelineKey(inputs: PipelineInputs): Promise<string> {
  const hash = createHash('sha256');
  hash.update(`${FORMAT}\0${process.version}\0${inputs.buildDate}\0`);
  await hashTree(hash, 'data', inputs.dataDir);
  await hashTree(hash, 'project-data', inputs.projectDataDir);
  // The pipeline imports only src/pipeline and src/domain (and libraries, pinned by the lockfile).
  await hashTree(hash, 'pipeline', join(inputs.projectDir, 'src', 'pipeline'));
  await hashTree(hash, 'domain', join(inputs.projectDir, 'src', 'domain'));
  const lock = join(inputs.projectDir, 'package-lock.json');
  hash.update(existsSync(lock) ? await readFile(lock) : 'geen lockfile');
  // Of the site in place, the pipeline uses only the institution slugs it published (which the
  // data directory's own list does not already fix): those, not the file's bytes, so that the
  // second build of a new site, whose list only repeats the first build's slugs, is a hit.
  const pins = await institutionPins(inputs.dataDir, inputs.previousManifest);
  hash.update(JSON.stringify([...pins].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))));
  return hash.digest('hex');
}

async function sha256Of(path: string): Promise<string> {
  return createHash('sha256')
    .update(await readFile(path))
    .digest('hex');
}

/**
 * The pipeline's output for `key` linked into `workDir`, with the warnings it printed; null when
 * there is no such entry, it no longer matches the checksums it was stored with, or it cannot be
 * read or linked. A null leaves none of the outputs in workDir, so the pipeline can run there.
 */
export async function restorePipeline(
  cacheDir: string,
  key: string,
  workDir: string,
): Promise<{ site: SiteData; warnings: string[] } | null> {
  const entry = join(cacheDir, key);
  if (!existsSync(join(entry, 'klaar.json'))) return null;
  try {
    const { warnings } = JSON.parse(await readFile(join(entry, 'klaar.json'), 'utf8')) as {
      warnings: string[];
    };
    const site = JSON.parse(await readFile(join(entry, 'site-data.json'), 'utf8')) as SiteData;
    for (let i = 0; i < site.downloads.length; i += 32) {
      const batch = site.downloads.slice(i, i + 32);
      const sums = await Promise.all(
        batch.map((d) => sha256Of(join(entry, 'downloads', d.path)).catch(() => null)),
      );
      if (sums.some((sum, j) => sum !== batch[j]!.sha256)) {
        await rm(entry, { recursive: true, force: true });
        return null;
      }
    }
    for (const name of OUTPUTS) {
      const from = join(entry, name);
      if (existsSync(from)) await linkTree(from, join(workDir, name));
    }
    await markUsed(entry);
    return { site, warnings };
  } catch {
    // Another build pruned the entry meanwhile, or it is damaged: a miss.
    for (const name of OUTPUTS) await rm(join(workDir, name), { recursive: true, force: true });
    return null;
  }
}

/** Keeps the output now in `workDir` under `key`; the oldest entries beyond KEEP are removed. */
export async function storePipeline(
  cacheDir: string,
  key: string,
  workDir: string,
  warnings: readonly string[],
): Promise<void> {
  await storeEntry(
    cacheDir,
    key,
    KEEP,
    async (staging) => {
      for (const name of OUTPUTS) {
        const from = join(workDir, name);
        if (existsSync(from)) await linkTree(from, join(staging, name));
      }
    },
    { warnings },
  );
}
