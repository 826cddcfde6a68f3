// The bundled Kiesraad results of GR2022 (data/verkiezingen/GR2022, 330 EML 520 files, unmodified)
// through the pipeline, against an independent count of the raw files: per file, the candidates
// marked elected, by the gender the file gives, found with regular expressions (no XML parser).
// Issue 29: "the Kiesraad reader's elected-by-gender counts per municipality equal an independent
// count of the raw EML files".
import { readdirSync, readFileSync, rmSync, mkdtempSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runPipeline } from '../../../src/pipeline/run.ts';

const projectDir = resolve(import.meta.dirname, '..', '..', '..');
const folder = join(projectDir, 'data', 'verkiezingen', 'GR2022');

interface Count {
  v: number;
  m: number;
  x: number;
}

/** Per municipality code (gm + the election domain's CBS number): the elected, by gender. */
function plainCounts(): Map<string, Count> {
  const counts = new Map<string, Count>();
  for (const file of readdirSync(folder).filter((f) => f.endsWith('.xml'))) {
    const text = readFileSync(join(folder, file), 'utf8');
    const domain = /<kr:ElectionDomain Id="(\d+)"/.exec(text)![1]!;
    const c: Count = { v: 0, m: 0, x: 0 };
    for (const [selection] of text.matchAll(/<Selection>[\s\S]*?<\/Selection>/g)) {
      if (!selection.includes('<Candidate>')) continue; // a list, not a person
      if (!/<Elected>yes<\/Elected>/.test(selection)) continue;
      const gender = /<Gender>([^<]*)<\/Gender>/.exec(selection)?.[1];
      if (gender === 'female') c.v += 1;
      else if (gender === 'male') c.m += 1;
      else c.x += 1;
    }
    counts.set(`gm${domain.padStart(4, '0')}`, c);
  }
  return counts;
}

let work = '';
let rows: Record<string, string>[] = [];

describe.runIf(existsSync(folder))('the Kiesraad results of GR2022', () => {
  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'kiesraad-'));
    // The project's own data directory: the election folder with its sidecar and SHA256SUMS,
    // beside the register whose municipalities it is matched to.
    await runPipeline({
      dataDir: join(projectDir, 'data'),
      projectDataDir: join(projectDir, 'data'),
      outDir: join(work, 'out'),
    });
    const text = readFileSync(join(work, 'out', 'downloads', 'verkiezingen.csv'), 'utf8');
    rows = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true }).data;
  }, 180_000);
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('gives every municipality of the files the elected women, men and unknown that the files list', () => {
    const expected = plainCounts();
    expect(expected.size).toBe(330);
    const boards = rows.filter((r) => r.verkiezing === 'GR2022' && r.partij === '');
    expect(new Set(boards.map((r) => r.instelling_id))).toEqual(new Set(expected.keys()));
    for (const r of boards) {
      const e = expected.get(r.instelling_id!)!;
      expect([r.vrouwen, r.mannen, r.x].map(Number), r.instelling).toEqual([e.v, e.m, e.x]);
      expect(Number(r.gekozen)).toBe(e.v + e.m + e.x);
    }
  });

  it('sums the per-list rows of a municipality to its board row', () => {
    const byId = new Map<string, Record<string, string>[]>();
    for (const r of rows) byId.set(r.instelling_id!, [...(byId.get(r.instelling_id!) ?? []), r]);
    for (const [id, list] of byId) {
      const board = list.find((r) => r.partij === '')!;
      const parties = list.filter((r) => r.partij !== '');
      for (const column of ['gekozen', 'vrouwen', 'mannen', 'x'])
        expect(
          parties.reduce((a, r) => a + Number(r[column]), 0),
          `${id} ${column}`,
        ).toBe(Number(board[column]));
    }
  });
});
