// npm run bench:edities: what archived editions cost a build. Builds the default data three
// times over, with 0, 1 and 2 archived editions (the same data otherwise; without an archive the
// build writes its own edition instead), in alternating rounds so that a busy machine weighs on
// every variant alike, and prints the median time per stage and the growth per edition.
// BENCH_ROUNDS (default 3) sets the number of rounds.
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { buildSite, type StageTiming } from './lib/build-site.ts';
import { compareEditions, readArchivedEditions } from '../src/pipeline/editions.ts';
import { Problems } from '../src/pipeline/problems.ts';

const projectDir = resolve(import.meta.dirname, '..');
const data = join(projectDir, 'data');
const rounds = Number(process.env.BENCH_ROUNDS ?? 3);
const work = mkdtempSync(join(tmpdir(), 'bench-edities-'));

/** A data directory like the default, holding only the first `archives` archived editions. */
function dataDirWith(archives: number): string {
  const dir = join(work, `data-${archives}`);
  mkdirSync(dir, { recursive: true });
  for (const entry of readdirSync(data)) {
    // Without all archives the published URLs of the others are missing: no manifest check.
    if (entry === 'edities' || entry === 'gepubliceerde-urls.txt') continue;
    symlinkSync(join(data, entry), join(dir, entry));
  }
  const editions = readdirSync(join(data, 'edities')).sort().slice(0, archives);
  for (const e of editions)
    cpSync(join(data, 'edities', e), join(dir, 'edities', e), { recursive: true });
  return dir;
}

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const variants = [0, 1, 2].map((n) => ({
  archives: n,
  dir: dataDirWith(n),
  runs: [] as StageTiming[][],
}));
try {
  for (let round = 0; round < rounds; round += 1) {
    for (const v of variants) {
      const started = performance.now();
      const timings = await buildSite({
        projectDir,
        dataDir: v.dir,
        outDir: join(work, `dist-${v.archives}`),
        log: () => undefined,
      });
      timings.push({ stage: 'totaal', seconds: (performance.now() - started) / 1000 });
      v.runs.push(timings);
      console.log(
        `ronde ${round + 1}, ${v.archives} gearchiveerde edities: ${timings.at(-1)!.seconds.toFixed(1)} s`,
      );
    }
  }
  const stages = [...new Set(variants[0]!.runs[0]!.map((t) => t.stage))];
  console.log(
    `\n| gearchiveerde edities | ${stages.join(' | ')} |\n|---|${stages.map(() => '---:').join('|')}|`,
  );
  const medians = variants.map((v) =>
    stages.map((s) => median(v.runs.map((r) => r.find((t) => t.stage === s)?.seconds ?? 0))),
  );
  variants.forEach((v, i) =>
    console.log(`| ${v.archives} | ${medians[i]!.map((m) => `${m.toFixed(1)} s`).join(' | ')} |`),
  );
  const total = stages.indexOf('totaal');
  const perEdition = (medians[2]![total]! - medians[0]![total]!) / 2;
  console.log(
    `\nmediaan van ${rounds} rondes; groei van de totale bouwtijd per gearchiveerde editie: ${perEdition.toFixed(2)} s`,
  );
  // The work an archive adds, measured alone: checking it against SHA256SUMS, reading its
  // tables and comparing it with the next edition (wall time is too noisy for a second or two).
  const checks: number[] = [];
  for (let i = 0; i < 5; i += 1) {
    const started = performance.now();
    const archived = await readArchivedEditions(data, new Problems());
    await compareEditions(archived);
    checks.push((performance.now() - started) / 1000 / archived.length);
  }
  console.log(
    `controle, tabellen en vergelijking per gearchiveerde editie (alleen): ${median(checks).toFixed(2)} s`,
  );
} finally {
  rmSync(work, { recursive: true, force: true });
}
