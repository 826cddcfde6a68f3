// Editions that hold: an archived edition is checked against its own SHA256SUMS at every build
// (a changed or added file stops it), the next edition says what changed, a yearly update keeps
// every file of the year before, and a new id never takes over a published slug.
import {
  appendFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DataError } from '../../../src/pipeline/problems.ts';
import { runPipeline } from '../../../src/pipeline/run.ts';
import { publishEdition } from '../../../scripts/lib/publish-edition.ts';

const projectDir = resolve(import.meta.dirname, '..', '..', '..');
const HEADER = 'jaar,sector,instelling_id,instelling,gremium_type,vrouwen,mannen,x';
let work: string;

beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'edities-'));
});
afterEach(() => rmSync(work, { recursive: true, force: true }));

function dataDir(name: string, rows: string[], datum: string): string {
  const dir = join(work, name);
  mkdirSync(join(dir, 'gremia'), { recursive: true });
  writeFileSync(join(dir, 'gremia', 'quickscan.csv'), `${HEADER}\n${rows.join('\n')}\n`);
  writeFileSync(
    join(dir, 'bron.json'),
    JSON.stringify({ titel: 'Test', uitgever: 'Test', publicatiedatum: datum }),
  );
  return dir;
}

async function build(dir: string, name: string) {
  const out = join(work, `out-${name}`);
  const site = await runPipeline({
    dataDir: dir,
    projectDataDir: join(projectDir, 'data'),
    outDir: out,
  });
  return { site, out };
}

/** What npm run editie:publiceren does, on the pipeline's output (it holds edities/<datum>/). */
async function publish(dir: string, out: string) {
  return publishEdition({ dataDir: dir, siteDir: out, today: '2026-01-01' });
}

const YEAR_1 = [
  '2024,Onderwijs,AB12,School Een,RvB,2,3,0',
  '2024,Onderwijs,CD34,School Twee,RvT,4,1,0',
];

describe('edition archive', () => {
  it('publishes an edition, serves it unchanged and reports what the next one changed', async () => {
    const dir = dataDir('data', YEAR_1, '2025-01-01');
    const first = await build(dir, 'a');
    expect(first.site.edities.map((e) => [e.datum, e.gearchiveerd, e.huidig])).toEqual([
      ['2025-01-01', false, true],
    ]);
    const result = await publish(dir, first.out);
    expect(result.status).toBe('gepubliceerd');
    expect(existsSync(join(dir, 'edities', '2025-01-01', 'downloads', 'gremia.csv'))).toBe(true);
    expect(readFileSync(join(dir, 'gepubliceerde-urls.txt'), 'utf8')).toContain(
      '/edities/2025-01-01/downloads/gremia.csv',
    );
    // Publishing the same edition again changes nothing.
    expect((await publish(dir, first.out)).status).toBe('ongewijzigd');

    // The next edition: one board changed, one institution new, one gone.
    writeFileSync(
      join(dir, 'gremia', 'quickscan.csv'),
      `${HEADER}\n2024,Onderwijs,AB12,School Een,RvB,3,2,0\n2024,Onderwijs,EF56,School Drie,RvB,1,1,0\n`,
    );
    writeFileSync(
      join(dir, 'bron.json'),
      JSON.stringify({ titel: 'Test', uitgever: 'Test', publicatiedatum: '2025-06-01' }),
    );
    const second = await build(dir, 'b');
    expect(second.site.edities.map((e) => [e.datum, e.gearchiveerd])).toEqual([
      ['2025-01-01', true],
      ['2025-06-01', false],
    ]);
    const changes = second.site.edities[1]!.veranderingen!.filter((c) => c.soort === 'instelling');
    // Sorted by name: School Drie, School Een, School Twee.
    expect(changes.map((c) => [c.sleutel, c.verandering, c.oud.vrouwen, c.nieuw.vrouwen])).toEqual([
      ['EF56', 'toegevoegd', '', '1'],
      ['AB12', 'gewijzigd', '2', '3'],
      ['CD34', 'verwijderd', '4', ''],
    ]);
    const csv = readFileSync(
      join(second.out, 'edities', '2025-06-01', 'veranderingen.csv'),
      'utf8',
    );
    expect(csv).toContain(
      'instelling,AB12,School Een,Raad van bestuur,gewijzigd,gewijzigd,2024,2024,vrouwen,2,3',
    );
    // What the first edition published stays available to the entity pages.
    expect(second.site.editieCijfers[0]!.instellingen.CD34?.[0]?.vrouwen).toBe('4');
  });

  it('stops the build when an archived file changed or a file was added', async () => {
    const dir = dataDir('data', YEAR_1, '2025-01-01');
    const first = await build(dir, 'a');
    await publish(dir, first.out);
    const archived = join(dir, 'edities', '2025-01-01', 'downloads');
    const pristine = join(work, 'pristine');
    cpSync(archived, pristine, { recursive: true });

    appendFileSync(join(archived, 'gremia.csv'), '2024,onderwijs,X\n');
    let error = await build(dir, 'b').then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(DataError);
    expect((error as DataError).message).toContain(
      'edities/2025-01-01/downloads/gremia.csv: sha256',
    );

    rmSync(archived, { recursive: true });
    cpSync(pristine, archived, { recursive: true });
    writeFileSync(join(archived, 'extra.csv'), 'a,b\n');
    error = await build(dir, 'c').then(
      () => null,
      (e: unknown) => e,
    );
    expect((error as DataError).message).toContain('extra.csv: staat niet in SHA256SUMS');

    // A file that SHA256SUMS lists but the archive lost: as wrong as a changed one (issue 34).
    rmSync(archived, { recursive: true });
    cpSync(pristine, archived, { recursive: true });
    rmSync(join(archived, 'sectoren.csv'));
    error = await build(dir, 'd').then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(DataError);
    expect((error as DataError).message).toContain('edities/2025-01-01/downloads/sectoren.csv');
  });

  it('refuses to overwrite a published edition with different figures', async () => {
    const dir = dataDir('data', YEAR_1, '2025-01-01');
    await publish(dir, (await build(dir, 'a')).out);
    writeFileSync(join(dir, 'gremia', 'quickscan.csv'), `${HEADER}\n${YEAR_1[0]}\n`);
    const changed = await build(dir, 'b');
    await expect(publish(dir, changed.out)).rejects.toThrow(
      'een gepubliceerde editie verandert niet',
    );
  });
});

describe('permanent names', () => {
  it('keeps every file of year N when year N+1 arrives', async () => {
    const one = await build(dataDir('een', YEAR_1, '2025-01-01'), 'een');
    const two = await build(
      dataDir('twee', [...YEAR_1, '2025,Onderwijs,AB12,School Een,RvB,3,2,0'], '2026-01-01'),
      'twee',
    );
    const paths = (site: typeof one.site) => new Set(site.downloads.map((d) => d.path));
    const before = paths(one.site);
    const after = paths(two.site);
    expect([...before].filter((p) => !after.has(p))).toEqual([]);
    expect(after.has('sectoren/onderwijs-gremia-2024.csv')).toBe(true);
    expect(after.has('sectoren/onderwijs-gremia-2025.csv')).toBe(true);
  });

  it('gives a new id that folds to a published slug a new slug, never the published one', async () => {
    const dir = dataDir(
      'data',
      ['2024,Onderwijs,ab12,School Nieuw,RvB,1,1,0', ...YEAR_1],
      '2025-01-01',
    );
    writeFileSync(
      join(dir, 'gepubliceerde-urls.txt'),
      '/instellingen/ab12/\tinstelling:AB12\n/instellingen/cd-34/\tinstelling:CD-34\n',
    );
    const { site } = await build(dir, 'a');
    const slug = (id: string) => site.instellingen.find((i) => i.id === id)?.slug;
    expect(slug('AB12')).toBe('ab12');
    expect(slug('ab12')).toBe('ab12-2');
    // CD34 folds to cd34, and cd-34 stays reserved for CD-34 even though it is absent now.
    expect(slug('CD34')).toBe('cd34');
  });
});
