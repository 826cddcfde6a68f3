// Golden-file tests: each fixture data directory (named after the quirk it covers) goes through
// the pipeline; its downloads must equal expected/, or its errors must contain expected-errors.txt.
import {
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  writeFileSync,
  mkdirSync,
  rmSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DataError } from '../../../src/pipeline/problems.ts';
import { runPipeline } from '../../../src/pipeline/run.ts';

const projectDir = resolve(import.meta.dirname, '..', '..', '..');
const fixturesDir = join(projectDir, 'tests', 'fixtures');
/** Every table the pipeline computes is compared (the import report names paths; the published
 * figures are the project's own data, copied). */
const NOT_COMPARED = new Set(['importverslag.csv', 'gepubliceerde-cijfers.csv']);
const update = process.env.UPDATE_GOLDEN === '1';

const fixtures = ['gremia', 'mandaten', 'roo'].flatMap((dataset) =>
  readdirSync(join(fixturesDir, dataset)).map((quirk) => ({
    name: `${dataset}/${quirk}`,
    dir: join(fixturesDir, dataset, quirk),
  })),
);

/** Drops the rows of municipalities absent from a small extract, so expected files stay readable. */
function keepRelevant(name: string, text: string): string {
  if (name !== 'gemeenten.csv') return text;
  const [header, ...rows] = text.trimEnd().split('\n');
  return [header, ...rows.filter((r) => !r.endsWith(',onbekend,,'))].join('\n') + '\n';
}

describe('golden files', () => {
  for (const fixture of fixtures) {
    it(fixture.name, async () => {
      const out = mkdtempSync(join(tmpdir(), 'golden-'));
      try {
        const errorsFile = join(fixture.dir, 'expected-errors.txt');
        const run = runPipeline({
          dataDir: fixture.dir,
          projectDataDir: join(projectDir, 'data'),
          outDir: out,
          buildDate: '2026-01-01',
        });
        if (existsSync(errorsFile)) {
          const error = await run.then(
            () => null,
            (e: unknown) => e,
          );
          expect(error).toBeInstanceOf(DataError);
          const message = (error as DataError).message;
          if (update) writeFileSync(join(fixture.dir, 'actual-errors.txt'), `${message}\n`);
          for (const line of readFileSync(errorsFile, 'utf8').split('\n').filter(Boolean))
            expect(message).toContain(line);
          return;
        }
        await run;
        const expectedDir = join(fixture.dir, 'expected');
        if (update) mkdirSync(expectedDir, { recursive: true });
        // Plus each municipality's council-versus-province comparison.
        const produced = readdirSync(join(out, 'downloads'), { recursive: true })
          .map(String)
          .filter(
            (name) =>
              (name.endsWith('.csv') && !name.includes('/') && !NOT_COMPARED.has(name)) ||
              /^gemeenten\/[a-z0-9-]+-vergelijking\.csv$/.test(name),
          )
          .map((name) => name.replace('/', '__'))
          .sort();
        if (!update) {
          // The fixture's expected/ holds exactly the tables the pipeline publishes.
          const expected = readdirSync(expectedDir)
            .filter((name) => name.endsWith('.csv'))
            .sort();
          expect(produced, `${fixture.name}: tables`).toEqual(expected);
        }
        for (const name of produced) {
          const actualPath = join(out, 'downloads', name.replace('__', '/'));
          const actual = keepRelevant(name, readFileSync(actualPath, 'utf8'));
          if (update) writeFileSync(join(expectedDir, name), actual);
          expect(actual, `${fixture.name}/${name}`).toBe(
            readFileSync(join(expectedDir, name), 'utf8'),
          );
        }
      } finally {
        rmSync(out, { recursive: true, force: true });
      }
    });
  }
});
