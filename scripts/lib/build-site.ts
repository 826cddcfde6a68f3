// Builds the whole site into a temporary directory and swaps it into place only when every
// step (pipeline, Astro, social images, Pagefind, URL check) succeeded, so a failed build never touches the old site.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { copyFile, mkdir, rename, rm } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { DataError } from '../../src/pipeline/problems.ts';
import { runPipeline } from '../../src/pipeline/run.ts';
import type { SiteData } from '../../src/domain/site-data.ts';
import { buildSearchIndex } from './search-index.ts';
import { writeSocialImages } from './social-images.ts';
import { writeFigureExtras } from './figure-extras.ts';
import { addedFiles, restoreIndex, snapshotSite, storeIndex } from './index-cache.ts';
import { astroFiles, astroKey, restoreAstro, storeAstro } from './astro-cache.ts';
import {
  pipelineKey,
  restorePipeline,
  storePipeline,
  type PipelineInputs,
} from './pipeline-cache.ts';
import {
  builtPages,
  checkManifest,
  MANIFEST_NAME,
  PermanenceError,
  writeSiteManifest,
  writeSitemap,
} from './published-urls.ts';
import { makeStagingDir, swapIntoPlace } from './swap-site.ts';
import { copyTree, linkOrCopy, linkTree } from './build-cache.ts';

export interface BuildOptions {
  projectDir: string;
  dataDir: string;
  outDir: string;
  buildDate?: string;
  /** sub-path the site will be hosted under ("/genderdiversiteit/"); default: the BASE_PATH env */
  basePath?: string;
  log?: (message: string) => void;
}

export interface StageTiming {
  stage: string;
  seconds: number;
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv, cwd: string): Promise<void> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(command, args, { cwd, env, stdio: 'inherit' });
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0
        ? resolvePromise()
        : reject(new Error(`${command} ${args.join(' ')} stopte met code ${code}`)),
    );
  });
}

/**
 * The environment for the Astro child process. Vite's own variables (BASE_URL, MODE, ...) are
 * dropped: a parent that runs under Vite (vitest sets them) would otherwise override Astro's
 * base path inside the pages, while assets still get the configured one.
 */
function astroEnvironment(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const key of ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR']) delete env[key];
  return env;
}

/**
 * A working directory of its own for one Astro run, inside the project. When its output
 * directory lies outside its working directory (the tests build into temporary directories),
 * Astro keeps its intermediate server chunks in `<cwd>/.astro/.prerender`: with the project as
 * cwd, two builds at once (e2e files in parallel) would share that folder and delete it under each
 * other. Inside the project, so that those chunks still find node_modules; `--root` names the
 * project.
 */
function astroWorkingDir(projectDir: string, workDir: string): string {
  return join(projectDir, '.build', 'astro', basename(workDir));
}

/**
 * Serves every edition under /edities/<datum>/: the archived ones byte for byte from the data
 * directory (the pipeline checked them against their SHA256SUMS), this build's own edition from
 * the pipeline's candidate, and the derived veranderingen.csv of each.
 */
async function copyEditions(
  site: BuildFacts,
  dataDir: string,
  workDir: string,
  stagingSite: string,
): Promise<void> {
  for (const e of site.edities) {
    const target = join(stagingSite, 'edities', e.datum);
    await mkdir(target, { recursive: true });
    const from = e.gearchiveerd
      ? join(resolve(dataDir), 'edities', e.datum)
      : join(workDir, 'edities', e.datum);
    // Archived editions are copied: they are the data directory's files, and with a hard link an
    // edit in place there would change the site now online too, also when the next build fails.
    // This build's own edition is its own, so it is linked. (The 1,432 files of the bundled
    // editions: fs.cp 0.55-0.65 s on a quiet machine, 2-3 s while the cards render; copyTree
    // 0.16-0.36 s.)
    if (e.gearchiveerd) {
      await copyTree(join(from, 'downloads'), join(target, 'downloads'));
      await copyFile(join(from, 'editie.json'), join(target, 'editie.json'));
    } else {
      await linkTree(join(from, 'downloads'), join(target, 'downloads'));
      await linkOrCopy(join(from, 'editie.json'), join(target, 'editie.json'));
    }
    const changes = join(workDir, 'edities', e.datum, 'veranderingen.csv');
    if (existsSync(changes)) await linkOrCopy(changes, join(target, 'veranderingen.csv'));
  }
}

/**
 * What the steps after the pipeline need of the site data. The rest (on 10x data a gigabyte of
 * rows) is let go once Astro has its copy in site-data.json and the cards have their figures.
 */
type BuildFacts = Pick<SiteData, 'editie' | 'bronnen' | 'downloads' | 'edities'>;
const factsOf = ({ editie, bronnen, downloads, edities }: SiteData): BuildFacts => ({
  editie,
  bronnen,
  downloads,
  edities,
});

/** BUILD_CACHE=0 builds everything anew: no pipeline, index or image cache is read or written. */
const useCaches = () => process.env.BUILD_CACHE !== '0';
/** The caches live in .build/cache, or in BUILD_CACHE_DIR (the bench times an empty one). */
const cacheDirOf = (projectDir: string, name: string) =>
  join(process.env.BUILD_CACHE_DIR ?? join(projectDir, '.build', 'cache'), name);

/**
 * The pipeline's output in workDir: taken from the pipeline cache when every input is the same
 * as in a recent build, otherwise made and then kept there. A cache entry that cannot be used
 * is a miss, never a failed build. The key is null when caches are off.
 */
async function cachedPipeline(
  inputs: PipelineInputs & {
    workDir: string;
    log: (message: string) => void;
    /** gets the whole site data once, before only the facts are kept */
    onSite: (site: SiteData) => void;
  },
): Promise<{ site: BuildFacts; key: string | null; stored: Promise<void> }> {
  const { workDir, log, onSite, ...keyInputs } = inputs;
  const run = async (warn: (message: string) => void): Promise<BuildFacts> => {
    const site = await runPipeline({
      dataDir: inputs.dataDir,
      projectDataDir: inputs.projectDataDir,
      outDir: workDir,
      previousManifest: inputs.previousManifest,
      buildDate: inputs.buildDate,
      warn,
    });
    onSite(site);
    return factsOf(site);
  };
  if (!useCaches()) return { site: await run(console.warn), key: null, stored: Promise.resolve() };
  const cacheDir = cacheDirOf(inputs.projectDir, 'pipeline');
  const key = await pipelineKey(keyInputs);
  const restored = await restorePipeline(cacheDir, key, workDir);
  if (restored) {
    for (const warning of restored.warnings) console.warn(warning);
    log('  (pijplijn uit de cache: dezelfde invoer en code als een eerdere build)');
    onSite(restored.site);
    return { site: factsOf(restored.site), key, stored: Promise.resolve() };
  }
  const warnings: string[] = [];
  const site = await run((message) => {
    warnings.push(message);
    console.warn(message);
  });
  // Stored while Astro runs (the caller waits for it before moving downloads/ into the site).
  // (storeEntry makes the cache folder along with its staging folder.)
  const stored = storePipeline(cacheDir, key, workDir, warnings).catch((error: Error) =>
    log(`  (pijplijn niet in de cache gezet: ${error.message})`),
  );
  return { site, key, stored };
}

/**
 * Pagefind's index, the embed pages and the metadata files: from the index cache when Astro
 * wrote exactly the pages of a recent build with the same pipeline output, otherwise made.
 */
async function indexAndExtras(
  siteDir: string,
  site: BuildFacts,
  basePath: string,
  cache: { projectDir: string; pipelineKey: string | null },
  time: <T>(stage: string, step: () => Promise<T>) => Promise<T>,
): Promise<{ stored: Promise<void> }> {
  const make = () =>
    // Side by side on two cores: Pagefind (its own process, reading only the index.html pages)
    // and the embed pages and metadata.
    Promise.all([
      time('pagefind', () => buildSearchIndex(siteDir)),
      time('insluiten en metadata', () => writeFigureExtras(siteDir, site, basePath)),
    ]);
  const { projectDir, pipelineKey } = cache;
  if (!pipelineKey) {
    await make();
    return { stored: Promise.resolve() };
  }
  const cacheDir = cacheDirOf(projectDir, 'index');
  const snapshot = await time('sleutel zoekindex', () =>
    snapshotSite(siteDir, projectDir, pipelineKey, basePath),
  );
  const restored = await time('zoekindex, insluiten en metadata uit de cache', () =>
    restoreIndex(cacheDir, snapshot.key, siteDir).catch(() => false),
  );
  if (restored) return { stored: Promise.resolve() };
  await make();
  const added = await addedFiles(siteDir, snapshot);
  // Stored while the sitemap is made; the caller waits for it before the site moves.
  const stored = storeIndex(cacheDir, snapshot, siteDir, added).catch(() => undefined);
  return { stored };
}

export async function buildSite(options: BuildOptions): Promise<StageTiming[]> {
  const log = options.log ?? ((m: string) => console.log(m));
  const projectDir = resolve(options.projectDir);
  const outDir = resolve(options.outDir);
  // Staged beside OUT_DIR (same filesystem), so that the site moves into place by renames.
  const workDir = await makeStagingDir(outDir);
  const stagingSite = join(workDir, 'site');
  const astroDir = astroWorkingDir(projectDir, workDir);
  // Work still running when a step fails (cards, cache stores) ends before its folder goes.
  const pending: Promise<unknown>[] = [];
  const timings: StageTiming[] = [];
  const time = async <T>(stage: string, step: () => Promise<T>): Promise<T> => {
    const started = performance.now();
    const result = await step();
    const seconds = (performance.now() - started) / 1000;
    timings.push({ stage, seconds });
    log(`✓ ${stage} (${seconds.toFixed(1)} s)`);
    return result;
  };
  try {
    // The social images need only the figures: they start when the pipeline is done and render
    // on the second core while Astro runs. (Started before the pipeline wrote its downloads they
    // saved 1-2 s on the default data, but on 10x data the card indexes came on top of the
    // pipeline's own peak: 4.1 GB.)
    const imagesDir = join(workDir, 'beelden');
    let images = null as Promise<number> | null;
    const startImages = (figures: SiteData) => {
      // Started here, outside the timing closure, so that nothing keeps the whole site data
      // alive while the cards render: they hold their own figures.
      const rendering = writeSocialImages(
        figures,
        imagesDir,
        useCaches() ? cacheDirOf(projectDir, 'beelden') : null,
      );
      images = time('beelden', () => rendering);
      pending.push(images.catch(() => undefined)); // awaited below; this only keeps a failure handled
    };
    const {
      site,
      key: pipelineKey,
      stored,
    } = await time('pipeline', () =>
      cachedPipeline({
        projectDir,
        dataDir: resolve(options.dataDir),
        projectDataDir: join(projectDir, 'data'),
        buildDate: options.buildDate ?? new Date().toISOString().slice(0, 10),
        previousManifest: join(outDir, MANIFEST_NAME),
        workDir,
        log,
        onSite: startImages,
      }),
    );
    pending.push(stored);
    // Pages rendered before from the same inputs come from the Astro cache (astro-cache.ts).
    const siteData = join(workDir, 'site-data.json');
    const basePath = options.basePath ?? process.env.BASE_PATH ?? '/';
    const pagesCache = pipelineKey
      ? {
          dir: cacheDirOf(projectDir, 'astro'),
          key: await astroKey(projectDir, siteData, basePath),
        }
      : null;
    const cachedPages = pagesCache
      ? await time('astro uit de cache', () =>
          restoreAstro(pagesCache.dir, pagesCache.key, stagingSite).catch(() => false),
        )
      : false;
    let pagesStored: Promise<void> = Promise.resolve();
    if (!cachedPages) {
      await mkdir(astroDir, { recursive: true });
      await time('astro', () =>
        run(
          // This process's own Node (the project's, >= 22), not whichever `node` PATH finds first.
          process.execPath,
          [
            join(projectDir, 'node_modules', 'astro', 'bin', 'astro.mjs'),
            'build',
            '--silent',
            '--root',
            projectDir,
          ],
          {
            ...astroEnvironment(),
            ...(options.basePath ? { BASE_PATH: options.basePath } : {}),
            SITE_DATA: siteData,
            SITE_OUT_DIR: stagingSite,
          },
          astroDir,
        ),
      );
      if (pagesCache) {
        const files = await astroFiles(stagingSite);
        // Stored while the next steps run; the site moves only after it.
        pagesStored = storeAstro(pagesCache.dir, pagesCache.key, stagingSite, files).catch(
          () => undefined,
        );
        pending.push(pagesStored);
      }
    }
    await stored; // the pipeline cache links downloads/ from where it is now
    // The working directory sits beside OUT_DIR on one filesystem: a move, not a copy.
    await time('downloads', () =>
      rename(join(workDir, 'downloads'), join(stagingSite, 'downloads')),
    );
    await time('edities', () => copyEditions(site, options.dataDir, workDir, stagingSite));
    const { stored: indexStored } = await indexAndExtras(
      stagingSite,
      site,
      basePath,
      { projectDir, pipelineKey },
      time,
    );
    pending.push(indexStored);
    await images;
    await rename(imagesDir, join(stagingSite, 'beelden'));
    await time('sitemap en permanente URLs', async () => {
      const pages = await builtPages(stagingSite);
      await writeSitemap(stagingSite, pages, site.editie.publicatiedatum);
      pages.push({ path: '/sitemap.xml', entity: null, canonical: null, redirect: false });
      await checkManifest(options.dataDir, pages);
      await writeSiteManifest(stagingSite, pages);
    });
    await indexStored;
    await pagesStored;
    await swapIntoPlace(stagingSite, outDir);
    return timings;
  } finally {
    await Promise.allSettled(pending);
    await rm(astroDir, { recursive: true, force: true });
    await rm(workDir, { recursive: true, force: true });
  }
}

export { DataError, PermanenceError };
