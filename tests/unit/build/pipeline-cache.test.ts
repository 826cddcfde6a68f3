// The pipeline cache may only hand back output made from exactly the same inputs, and never
// output that changed after it was stored.
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  pipelineKey,
  restorePipeline,
  storePipeline,
  type PipelineInputs,
} from '../../../scripts/lib/pipeline-cache.ts';

const projectDir = resolve(import.meta.dirname, '..', '..', '..');
let work: string;

beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'pijplijncache-'));
});
afterEach(() => rmSync(work, { recursive: true, force: true }));

function inputs(): PipelineInputs {
  const dataDir = join(work, 'data');
  mkdirSync(join(dataDir, 'gremia'), { recursive: true });
  writeFileSync(join(dataDir, 'gremia', '2025.csv'), 'jaar,vrouwen\n2025,3\n');
  mkdirSync(join(work, 'project-data'), { recursive: true });
  return {
    projectDir,
    dataDir,
    projectDataDir: join(work, 'project-data'),
    buildDate: '2026-11-26',
    previousManifest: join(work, 'geen-manifest.txt'),
  };
}

const sha = (text: string) => createHash('sha256').update(text).digest('hex');

/** A pipeline output with one download, as runPipeline leaves it in its work directory. */
function writeOutput(dir: string, csv: string): void {
  mkdirSync(join(dir, 'downloads'), { recursive: true });
  writeFileSync(join(dir, 'downloads', 'gremia.csv'), csv);
  writeFileSync(
    join(dir, 'site-data.json'),
    JSON.stringify({ downloads: [{ path: 'gremia.csv', sha256: sha(csv) }] }),
  );
}

describe('pipeline cache', () => {
  it('gives another key for any changed input byte, date or published institution slug', async () => {
    const base = inputs();
    const key = await pipelineKey(base);
    expect(await pipelineKey(base)).toBe(key);
    expect(await pipelineKey({ ...base, buildDate: '2026-11-27' })).not.toBe(key);
    // Of the site in place only its institution slugs count, not the rest of its address list.
    writeFileSync(base.previousManifest, '/over/\n');
    expect(await pipelineKey(base)).toBe(key);
    writeFileSync(base.previousManifest, '/over/\n/instellingen/a/\tinstelling:A\n');
    const withManifest = await pipelineKey(base);
    expect(withManifest).not.toBe(key);
    writeFileSync(join(base.dataDir, 'gremia', '2025.csv'), 'jaar,vrouwen\n2025,4\n');
    expect(await pipelineKey(base)).not.toBe(withManifest);
    writeFileSync(join(base.projectDataDir, 'sectoren.csv'), 'sector\n');
    const withLookup = await pipelineKey(base);
    // A file moved to another folder is another input, even with the same bytes.
    mkdirSync(join(base.dataDir, 'mandaten'));
    writeFileSync(join(base.dataDir, 'mandaten', 'x.csv'), 'a\n');
    const inMandaten = await pipelineKey(base);
    rmSync(join(base.dataDir, 'mandaten'), { recursive: true });
    writeFileSync(join(base.dataDir, 'gremia', 'x.csv'), 'a\n');
    expect(new Set([withLookup, inMandaten, await pipelineKey(base)]).size).toBe(3);
  });

  it('restores what was stored, as hard links, with the warnings', async () => {
    const cache = join(work, 'cache');
    mkdirSync(cache);
    const built = join(work, 'bouw-1');
    writeOutput(built, 'jaar\n2025\n');
    await storePipeline(cache, 'sleutel', built, ['Let op: iets']);
    const next = join(work, 'bouw-2');
    mkdirSync(next);
    const restored = await restorePipeline(cache, 'sleutel', next);
    expect(restored?.warnings).toEqual(['Let op: iets']);
    expect(restored?.site.downloads).toHaveLength(1);
    expect(readFileSync(join(next, 'downloads', 'gremia.csv'), 'utf8')).toBe('jaar\n2025\n');
    expect(statSync(join(next, 'downloads', 'gremia.csv')).nlink).toBeGreaterThan(1);
    expect(await restorePipeline(cache, 'andere-sleutel', next)).toBeNull();
  });

  it('drops an entry whose files no longer match their checksums', async () => {
    const cache = join(work, 'cache');
    mkdirSync(cache);
    const built = join(work, 'bouw-1');
    writeOutput(built, 'jaar\n2025\n');
    await storePipeline(cache, 'sleutel', built, []);
    // Rewritten in place through the link, as a careless later step would.
    writeFileSync(join(built, 'downloads', 'gremia.csv'), 'jaar\n1999\n');
    const next = join(work, 'bouw-2');
    mkdirSync(next);
    expect(await restorePipeline(cache, 'sleutel', next)).toBeNull();
    expect(await restorePipeline(cache, 'sleutel', next)).toBeNull();
  });

  it('keeps the three most recently used entries', async () => {
    const cache = join(work, 'cache');
    mkdirSync(cache);
    for (const n of [1, 2, 3, 4]) {
      const built = join(work, `bouw-${n}`);
      writeOutput(built, `jaar\n${2020 + n}\n`);
      await storePipeline(cache, `sleutel-${n}`, built, []);
      await new Promise((r) => setTimeout(r, 20));
    }
    const next = join(work, 'bouw-5');
    mkdirSync(next);
    expect(await restorePipeline(cache, 'sleutel-1', next)).toBeNull();
    expect(await restorePipeline(cache, 'sleutel-4', next)).not.toBeNull();
  });
});
