// Builds the whole site into a temporary directory and swaps it into place only when every
// step (pipeline, Astro with its search index, social images, embeds and metadata, URL check)
// succeeded, so a failed build never touches the site that is online.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdir, rename, rm } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { DataError } from '../../src/pipeline/problems.ts';
import { runPipeline } from '../../src/pipeline/run.ts';
import type { SiteData } from '../../src/domain/site-data.ts';
import { writeSocialImages } from './social-images.ts';
import { writeFigureExtras } from './figure-extras.ts';
import {
  builtPages,
  checkManifest,
  MANIFEST_NAME,
  PermanenceError,
  writeSiteManifest,
  writeSitemap,
} from './published-urls.ts';
import { makeStagingDir, swapIntoPlace } from './swap-site.ts';
import { PREVIEW_ORIGIN, PublicationError, publicationProblem } from './site-origin.ts';

export interface BuildOptions {
  projectDir: string;
  dataDir: string;
  outDir: string;
  buildDate?: string;
  /** sub-path the site will be hosted under ("/genderdiversiteit/"); default: the BASE_PATH env */
  basePath?: string;
  /** the origin when neither SITE_URL nor bron.json names one (the preview server's) */
  defaultOrigin?: string;
  /** a publication build: a placeholder or local origin or contact is refused (PUBLICEREN=1) */
  publication?: boolean;
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
 * Serves every edition under /edities/<datum>/: the archived ones byte for byte from the data
 * directory (the pipeline checked them against their SHA256SUMS), this build's own edition from
 * the pipeline's candidate, and the derived veranderingen.csv of each. Only the downloads and
 * editie.json are published; an edition's raw sources (bronnen/) stay in the data directory.
 */
async function copyEditions(
  site: Pick<SiteData, 'edities'>,
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
    await cp(join(from, 'downloads'), join(target, 'downloads'), { recursive: true });
    await cp(join(from, 'editie.json'), join(target, 'editie.json'));
    const changes = join(workDir, 'edities', e.datum, 'veranderingen.csv');
    if (existsSync(changes)) await cp(changes, join(target, 'veranderingen.csv'));
  }
}

/**
 * A working directory of its own for one Astro run, inside the project: with the project as
 * cwd, two builds at once (e2e files in parallel) would share `.astro/.prerender` and delete it
 * under each other. Inside the project, so that its chunks still find node_modules.
 */
function astroWorkingDir(projectDir: string, workDir: string): string {
  return join(projectDir, '.build', 'astro', basename(workDir));
}

export async function buildSite(options: BuildOptions): Promise<StageTiming[]> {
  const log = options.log ?? ((m: string) => console.log(m));
  const projectDir = resolve(options.projectDir);
  const outDir = resolve(options.outDir);
  const workDir = await makeStagingDir(outDir);
  const stagingSite = join(workDir, 'site');
  const astroDir = astroWorkingDir(projectDir, workDir);
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
    const site = await time('pipeline', () =>
      runPipeline({
        dataDir: resolve(options.dataDir),
        projectDataDir: join(projectDir, 'data'),
        outDir: workDir,
        buildDate: options.buildDate ?? new Date().toISOString().slice(0, 10),
        previousManifest: join(outDir, MANIFEST_NAME),
        siteUrl: process.env.SITE_URL,
        contact: process.env.CONTACT,
        defaultOrigin: options.defaultOrigin ?? PREVIEW_ORIGIN,
      }),
    );
    const origin = site.editie.site_url!;
    if (options.publication ?? process.env.PUBLICEREN === '1') {
      const problem = publicationProblem(origin, site.editie.contact);
      if (problem) throw new PublicationError(problem);
    }
    // The social images need only the figures: they render on sharp's threads while Astro runs.
    const imagesDir = join(workDir, 'beelden');
    const images = time('beelden', () => writeSocialImages(site, imagesDir));
    pending.push(images.catch(() => undefined));
    const basePath = options.basePath ?? process.env.BASE_PATH ?? '/';
    await mkdir(astroDir, { recursive: true });
    await time('astro en zoekindex', () =>
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
          BASE_PATH: basePath,
          SITE_URL: origin,
          SITE_DATA: join(workDir, 'site-data.json'),
          SITE_OUT_DIR: stagingSite,
        },
        astroDir,
      ),
    );
    // The working directory sits beside OUT_DIR on one filesystem: a move, not a copy.
    await rename(join(workDir, 'downloads'), join(stagingSite, 'downloads'));
    await time('edities', () => copyEditions(site, options.dataDir, workDir, stagingSite));
    await time('insluiten en metadata', () => writeFigureExtras(stagingSite, site, basePath));
    await images;
    await rename(imagesDir, join(stagingSite, 'beelden'));
    await time('sitemap en permanente URLs', async () => {
      const pages = await builtPages(stagingSite);
      await writeSitemap(stagingSite, pages, site.editie.publicatiedatum);
      pages.push({ path: '/sitemap.xml', entity: null, canonical: null, redirect: false });
      await checkManifest(options.dataDir, pages, site.vervallen.urls, projectDir);
      await writeSiteManifest(stagingSite, pages, site.vervallen.urls);
    });
    await swapIntoPlace(stagingSite, outDir);
    return timings;
  } finally {
    await Promise.allSettled(pending);
    await rm(astroDir, { recursive: true, force: true });
    await rm(workDir, { recursive: true, force: true });
  }
}

export { DataError, PermanenceError, PublicationError };
