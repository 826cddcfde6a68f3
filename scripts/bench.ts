// npm run bench: timings and sizes that depend on the machine, so here and never as a verdict in
// npm test. Builds the public site (the bundled data) and the demo site at scale 1 and, with
// BENCH_SCALES=1,10, a demo ten times as large, each cold, with wall time and peak memory (GNU
// time), pages, files and dist size; a bare Astro build of as many trivial pages in the same run
// is the baseline. At scale 1 Lighthouse (mobile) runs on a sector, a municipality and a province
// page of the public site and on a bare page served the same way (BENCH_LIGHTHOUSE=0 skips it).
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { lighthouseScores } from './lib/lighthouse-run.ts';
import { serveStatic } from './lib/static-server.ts';

const projectDir = resolve(import.meta.dirname, '..');
const benchDir = join(projectDir, '.build', 'bench');
const bin = (name: string) => join(projectDir, 'node_modules', '.bin', name);
const scales = (process.env.BENCH_SCALES ?? '1').split(',').map(Number);
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

async function size(path: string): Promise<{ bytes: number; files: number; pages: number }> {
  let bytes = 0;
  let files = 0;
  let pages = 0;
  for (const e of await readdir(path, { withFileTypes: true, recursive: true })) {
    if (!e.isFile()) continue;
    files += 1;
    if (e.name === 'index.html') pages += 1;
    bytes += (await stat(join(e.parentPath, e.name))).size;
  }
  return { bytes, files, pages };
}

/** A bare Astro build of `pages` trivial pages: what Astro itself costs for as many pages. */
async function bareAstro(pages: number): Promise<Measured> {
  const dir = join(benchDir, 'kaal');
  await rm(dir, { recursive: true, force: true });
  await mkdir(join(dir, 'src', 'pages'), { recursive: true });
  await writeFile(
    join(dir, 'astro.config.mjs'),
    "import { defineConfig } from 'astro/config';\nexport default defineConfig({ outDir: './dist', build: { concurrency: 4 } });\n",
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
const lines: string[] = [
  "| build | tijd | piekgeheugen | pagina's | bestanden | dist | kale Astro, zoveel pagina's |",
  '|---|---:|---:|---:|---:|---:|---:|',
];

async function row(label: string, outDir: string, measured: Measured): Promise<void> {
  const s = await size(outDir);
  const bare = await bareAstro(s.pages);
  lines.push(
    `| ${label} | ${fmt(measured)} | ${s.pages} | ${s.files} | ${mb(s.bytes)} MB | ${bare.seconds.toFixed(1)} s |`,
  );
  console.log(lines.at(-1));
}

await mkdir(benchDir, { recursive: true });
const publicOut = join(benchDir, 'publiek');
await rm(publicOut, { recursive: true, force: true });
console.log('# publieke site (meegeleverde gegevens), koud');
await row(
  'publieke site',
  publicOut,
  await measure(bin('tsx'), ['scripts/build.ts'], { OUT_DIR: publicOut }),
);
for (const scale of scales) {
  const out = join(benchDir, `voorbeeld-x${scale}`);
  const data = join(benchDir, `voorbeeld-x${scale}-data`);
  await rm(out, { recursive: true, force: true });
  console.log(`# voorbeeldsite ${scale}x, koud (gegevens maken hoort erbij)`);
  await row(
    `voorbeeldsite ${scale}x`,
    out,
    await measure(bin('tsx'), ['scripts/build-demo.ts'], {
      OUT_DIR: out,
      DEMO_DATA_DIR: data,
      DEMO_SCALE: String(scale),
      DEMO_YEARS: scale > 1 ? '10' : '5',
    }),
  );
}

if (process.env.BENCH_LIGHTHOUSE !== '0') {
  console.log('lighthouse…');
  const ours = await serveStatic(publicOut);
  const bare = await serveStatic(join(benchDir, 'kaal', 'dist'));
  try {
    const pages = ['sectoren/gemeenten/', 'gemeenten/utrecht/', 'provincies/utrecht/'];
    const urls = pages.map((p) => new URL(p, ours.url).href);
    const baselineUrl = new URL('0/', bare.url).href;
    const scores = await lighthouseScores([baselineUrl, ...urls]);
    const baseline = scores.get(baselineUrl)!.performance;
    lines.push(
      '',
      `Lighthouse (mobiel), tegen een kale Astro-pagina in dezelfde run (prestaties ${baseline}):`,
      '',
      '| pagina | prestaties | verhouding | toegankelijkheid | best practices | SEO |',
      '|---|---:|---:|---:|---:|---:|',
      ...pages.map((p, i) => {
        const s = scores.get(urls[i]!)!;
        return `| /${p} | ${s.performance} | ${(s.performance / baseline).toFixed(2)} | ${s.accessibility} | ${s['best-practices']} | ${s.seo} |`;
      }),
    );
  } finally {
    await ours.close();
    await bare.close();
  }
}

const report = lines.join('\n');
await writeFile(join(benchDir, 'resultaat.md'), `${report}\n`);
console.log(`\n${report}\nOok in ${join(benchDir, 'resultaat.md')}`);
