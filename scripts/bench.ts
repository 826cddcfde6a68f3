// npm run bench: generates the default-size data set and one 10x as large (about 26,000
// institutions, 10 years, a mandaten export of 50+ MB), builds each stage by stage and prints
// wall time and peak memory per stage, pages per second, dist and search-index size, and the
// ratio of our Astro stage to a bare Astro build of as many trivial pages in the same run; then
// the whole build as npm run build runs it, cold (empty cache) and warm (same data, its cache).
// BENCH_SCALES=1,10 (default) chooses the sizes. Needs GNU time (/usr/bin/time) for memory.
// At scale 1 it also runs Lighthouse (mobile) on a sector, an institution and a municipality
// page and on a bare Astro page served the same way, and reports the performance scores with
// their ratio to that baseline: timing-dependent, so here and never as a verdict in npm test.
// BENCH_LIGHTHOUSE=0 skips that part.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { lighthouseScores } from './lib/lighthouse-run.ts';
import { serveStatic } from './lib/static-server.ts';

const projectDir = resolve(import.meta.dirname, '..');
const benchDir = join(projectDir, '.build', 'bench');
const bin = (name: string) => join(projectDir, 'node_modules', '.bin', name);
const scales = (process.env.BENCH_SCALES ?? '1,10').split(',').map(Number);
const TIME = '/usr/bin/time';

interface Measured {
  seconds: number;
  peakMb: number | null;
}

/** Runs a command; wall time from here, peak RSS from GNU time (largest process it waited for). */
function measure(command: string, args: string[], env: NodeJS.ProcessEnv = {}): Promise<Measured> {
  const useTime = existsSync(TIME);
  const started = performance.now();
  return new Promise((done, fail) => {
    const child = spawn(
      useTime ? TIME : command,
      useTime ? ['-f', 'PEAK %M', command, ...args] : args,
      {
        cwd: projectDir,
        env: { ...process.env, ...env },
        stdio: ['ignore', 'ignore', 'pipe'],
      },
    );
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('exit', (code) => {
      const seconds = (performance.now() - started) / 1000;
      if (code !== 0)
        return fail(
          new Error(`${command} ${args.join(' ')}: code ${code}\n${stderr.slice(-2000)}`),
        );
      const peak = /PEAK (\d+)/.exec(stderr);
      done({ seconds, peakMb: peak ? Number(peak[1]) / 1024 : null });
    });
  });
}

async function du(path: string): Promise<number> {
  let total = 0;
  for (const e of await readdir(path, { withFileTypes: true, recursive: true })) {
    if (e.isFile()) total += (await stat(join(e.parentPath, e.name))).size;
  }
  return total;
}

async function countPages(siteDir: string): Promise<number> {
  return (await readdir(siteDir, { recursive: true })).filter((f) => f.endsWith('.html')).length;
}

/**
 * A bare Astro build of `pages` trivial pages. With `concurrency`, it renders that many pages at
 * a time as our astro.config.mjs does: the ratio against both shows what our pages cost and
 * what the setting alone gains.
 */
async function bareAstro(pages: number, concurrency = 1): Promise<Measured> {
  const dir = join(benchDir, 'kaal');
  await rm(dir, { recursive: true, force: true });
  await mkdir(join(dir, 'src', 'pages'), { recursive: true });
  await writeFile(
    join(dir, 'astro.config.mjs'),
    `import { defineConfig } from 'astro/config';\nexport default defineConfig({ outDir: './dist', build: { concurrency: ${concurrency} } });\n`,
  );
  await writeFile(
    join(dir, 'src', 'pages', '[n].astro'),
    `---\nexport function getStaticPaths() {\n  return Array.from({ length: ${pages} }, (_, n) => ({ params: { n: String(n) } }));\n}\nconst { n } = Astro.params;\n---\n<html lang="nl"><head><title>Pagina {n}</title></head><body><h1>Pagina {n}</h1></body></html>\n`,
  );
  return measure(bin('astro'), ['build', '--silent', '--root', dir]);
}

const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);
const fmt = (m: Measured) =>
  `${m.seconds.toFixed(1)} s | ${m.peakMb === null ? '–' : `${m.peakMb.toFixed(0)} MB`}`;
const lines: string[] = [];

for (const scale of scales) {
  const dataDir = join(benchDir, `x${scale}`, 'data');
  const work = join(benchDir, `x${scale}`, 'uit');
  const site = join(work, 'site');
  await rm(join(benchDir, `x${scale}`), { recursive: true, force: true });
  console.log(`\n# schaal ${scale}x: gegevens maken`);
  await measure(bin('tsx'), ['scripts/generate-demo.ts'], {
    DEMO_OUT_DIR: dataDir,
    DEMO_SCALE: String(scale),
    DEMO_YEARS: '10',
  });
  if (scale >= 10) await measure(bin('tsx'), ['scripts/make-large-extract.ts', dataDir, '55']);
  const mandaten = join(dataDir, 'mandaten');
  const largest = Math.max(
    ...(await Promise.all(
      (await readdir(mandaten)).map(async (f) => (await stat(join(mandaten, f))).size),
    )),
  );

  console.log('pipeline…');
  const pipeline = await measure(bin('tsx'), ['scripts/build-data.ts'], {
    DATA_DIR: dataDir,
    OUT_DIR: work,
  });
  console.log('sociale beelden…');
  const images = await measure(bin('tsx'), [
    'scripts/bench-stage.ts',
    'social-images',
    join(work, 'site-data.json'),
    join(work, 'beelden'),
  ]);
  console.log('astro…');
  const astro = await measure(bin('astro'), ['build', '--silent'], {
    SITE_DATA: join(work, 'site-data.json'),
    SITE_OUT_DIR: site,
  });
  console.log('pagefind…');
  const pagefind = await measure(bin('tsx'), ['scripts/bench-stage.ts', 'pagefind', site]);
  // Astro's pages only: counted before the embed pages are written beside them.
  const pages = await countPages(site);
  console.log("insluitpagina's en metadata…");
  await rename(join(work, 'downloads'), join(site, 'downloads'));
  const extras = await measure(bin('tsx'), [
    'scripts/bench-stage.ts',
    'figure-extras',
    join(work, 'site-data.json'),
    site,
  ]);
  // The whole build as `npm run build` runs it (stages side by side on the cores), with an empty
  // cache of its own (cold), then once more with the same data and that cache (warm).
  const buildOnce = () =>
    measure(bin('tsx'), ['scripts/build.ts'], {
      DATA_DIR: dataDir,
      OUT_DIR: join(benchDir, `x${scale}`, 'volledig', 'dist'),
      BUILD_CACHE_DIR: join(benchDir, `x${scale}`, 'cache'),
    });
  console.log('volledige build, koud…');
  const cold = await buildOnce();
  // The second build is the first with a site in place: the pipeline pins that site's slugs
  // (pipeline-cache.ts), a new key where the data directory lists no URLs of its own.
  console.log('volledige build, tweede keer…');
  const second = await buildOnce();
  console.log('volledige build, warm…');
  const warm = await buildOnce();
  console.log(`kale Astro-build met ${pages} pagina's…`);
  const bare = await bareAstro(pages);
  const bareParallel = await bareAstro(pages, 4);
  const distBytes = (await du(site)) + (await du(join(work, 'beelden')));
  const stages = [pipeline, images, astro, pagefind, extras];
  const total = stages.reduce((sum, m) => sum + m.seconds, 0);
  const peak = Math.max(...stages.map((m) => m.peakMb ?? 0));
  lines.push(
    `## ${scale}x: ${(await readdir(join(dataDir, 'gremia'))).filter((f) => !f.endsWith('.bron.json')).length} quick-scan-jaren, grootste mandatenexport ${mb(largest)} MB`,
    '',
    '| stap | tijd | piekgeheugen |',
    '|---|---:|---:|',
    `| pipeline | ${fmt(pipeline)} |`,
    `| sociale beelden | ${fmt(images)} |`,
    `| astro | ${fmt(astro)} |`,
    `| pagefind | ${fmt(pagefind)} |`,
    `| insluitpagina's en metadata | ${fmt(extras)} |`,
    `| **totaal (stappen na elkaar)** | ${total.toFixed(1)} s | ${peak.toFixed(0)} MB |`,
    `| **npm run build, koud (lege cache)** | ${fmt(cold)} |`,
    `| npm run build, tweede keer (nu met een site op zijn plaats) | ${fmt(second)} |`,
    `| **npm run build, warm (zelfde gegevens en site)** | ${fmt(warm)} |`,
    `| kale Astro, ${pages} triviale pagina's | ${fmt(bare)} |`,
    `| kale Astro, idem, 4 pagina's tegelijk | ${fmt(bareParallel)} |`,
    '',
    `- pagina's: ${pages}; astro: ${(pages / astro.seconds).toFixed(0)} pagina's/s; verhouding astro / kale Astro: ${(astro.seconds / bare.seconds).toFixed(2)} (tegen kale Astro met 4 pagina's tegelijk: ${(astro.seconds / bareParallel.seconds).toFixed(2)})`,
    `- dist (pagina's, downloads, beelden): ${mb(distBytes)} MB; zoekindex: ${mb(await du(join(site, 'pagefind')))} MB`,
    '',
  );
  if (scale === 1 && process.env.BENCH_LIGHTHOUSE !== '0') lines.push(...(await lighthouse(site)));
  console.log(lines.slice(-14).join('\n'));
}

/** First entity page of a kind in a built site ("sectoren/onderwijs/"), if any. */
async function firstPage(site: string, kind: string): Promise<string | null> {
  if (!existsSync(join(site, kind))) return null;
  const entries = await readdir(join(site, kind), { withFileTypes: true });
  const first = entries
    // Not the /gemeenten/<nis>/ redirects: a page with content.
    .filter(
      (e) =>
        e.isDirectory() &&
        !/^\d+$/.test(e.name) &&
        existsSync(join(site, kind, e.name, 'index.html')),
    )
    .map((e) => e.name)
    .sort()[0];
  return first ? `${kind}/${first}/` : null;
}

async function lighthouse(site: string): Promise<string[]> {
  console.log('lighthouse…');
  const ours = await serveStatic(site);
  const bare = await serveStatic(join(benchDir, 'kaal', 'dist'));
  try {
    const pages = (
      await Promise.all(['sectoren', 'instellingen', 'gemeenten'].map((k) => firstPage(site, k)))
    ).filter((p): p is string => p !== null);
    const urls = pages.map((p) => new URL(p, ours.url).href);
    const baselineUrl = new URL('0/', bare.url).href;
    const scores = await lighthouseScores([baselineUrl, ...urls]);
    const baseline = scores.get(baselineUrl)!.performance;
    return [
      `Lighthouse-prestatiescore (mobiel), tegen een kale Astro-pagina in dezelfde run (${baseline}):`,
      '',
      '| pagina | prestaties | verhouding | toegankelijkheid | best practices | SEO |',
      '|---|---:|---:|---:|---:|---:|',
      ...pages.map((p, i) => {
        const s = scores.get(urls[i]!)!;
        return `| /${p} | ${s.performance} | ${(s.performance / baseline).toFixed(2)} | ${s.accessibility} | ${s['best-practices']} | ${s.seo} |`;
      }),
      '',
    ];
  } finally {
    await ours.close();
    await bare.close();
  }
}

const report = lines.join('\n');
await writeFile(join(benchDir, 'resultaat.md'), `${report}\n`);
console.log(`\n${report}\nOok in ${join(benchDir, 'resultaat.md')}`);
