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
const COMPARED = [
  'gremia.csv',
  'sectoren.csv',
  'gremiumtypes.csv',
  'gemeenten.csv',
  'provincies.csv',
];
/** Compared when the fixture's expected/ has them (tables only some datasets produce). */
const OPTIONAL = ['register-organisaties.csv', 'register-gebieden.csv'];
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
        const optional = OPTIONAL.filter(
          (name) =>
            existsSync(join(expectedDir, name)) || (update && fixture.name.startsWith('roo/')),
        );
        for (const name of [...COMPARED, ...optional]) {
          const actualPath = join(out, 'downloads', name);
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
