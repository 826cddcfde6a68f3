// The index cache hands back what the last build steps added only for byte-identical pages, and
// a restore never leaves the site half changed.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  addedFiles,
  restoreIndex,
  snapshotSite,
  storeIndex,
} from '../../../scripts/lib/index-cache.ts';

const projectDir = resolve(import.meta.dirname, '..', '..', '..');
let work: string;

beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'indexcache-'));
});
afterEach(() => rmSync(work, { recursive: true, force: true }));

/** A site as Astro and the pipeline leave it. */
function site(name: string, page: string): string {
  const dir = join(work, name);
  mkdirSync(join(dir, 'a'), { recursive: true });
  mkdirSync(join(dir, 'downloads'), { recursive: true });
  writeFileSync(join(dir, 'a', 'index.html'), page);
  writeFileSync(join(dir, 'downloads', 'a.csv'), 'x\n1\n');
  writeFileSync(join(dir, 'downloads', 'SHA256SUMS'), 'pijplijn\n');
  return dir;
}

/** What Pagefind and the embed step add. */
function finish(dir: string): void {
  mkdirSync(join(dir, 'pagefind'));
  writeFileSync(join(dir, 'pagefind', 'index.pf'), 'index');
  writeFileSync(join(dir, 'a', 'insluiten-f.html'), '<p>f</p>');
  writeFileSync(join(dir, 'downloads', 'a.metadata.json'), '{}');
  writeFileSync(join(dir, 'downloads', 'SHA256SUMS'), 'pijplijn\nmetadata\n');
}

describe('index cache', () => {
  it('restores the added files and the new SHA256SUMS for the same pages', async () => {
    const cache = join(work, 'cache');
    mkdirSync(cache);
    const first = site('een', '<h1>A</h1>');
    const snapshot = await snapshotSite(first, projectDir, 'pijplijnsleutel', '/');
    finish(first);
    const added = await addedFiles(first, snapshot);
    // A later step's file (the social cards move in after these steps) is not part of the entry.
    mkdirSync(join(first, 'beelden'));
    writeFileSync(join(first, 'beelden', 'a.png'), 'png');
    await storeIndex(cache, snapshot, first, added);

    const second = site('twee', '<h1>A</h1>');
    const again = await snapshotSite(second, projectDir, 'pijplijnsleutel', '/');
    expect(again.key).toBe(snapshot.key);
    expect(await restoreIndex(cache, again.key, second)).toBe(true);
    expect(readFileSync(join(second, 'pagefind', 'index.pf'), 'utf8')).toBe('index');
    expect(readFileSync(join(second, 'a', 'insluiten-f.html'), 'utf8')).toBe('<p>f</p>');
    expect(readFileSync(join(second, 'downloads', 'SHA256SUMS'), 'utf8')).toBe(
      'pijplijn\nmetadata\n',
    );
    expect(existsSync(join(second, 'beelden'))).toBe(false);
  });

  it('gives another key for another page, pipeline or base path', async () => {
    const dir = site('een', '<h1>A</h1>');
    const { key } = await snapshotSite(dir, projectDir, 'p', '/');
    expect((await snapshotSite(dir, projectDir, 'q', '/')).key).not.toBe(key);
    expect((await snapshotSite(dir, projectDir, 'p', '/sub/')).key).not.toBe(key);
    writeFileSync(join(dir, 'a', 'index.html'), '<h1>B</h1>');
    expect((await snapshotSite(dir, projectDir, 'p', '/')).key).not.toBe(key);
  });

  it('leaves the site as it was when an entry is incomplete', async () => {
    const cache = join(work, 'cache');
    mkdirSync(cache);
    const first = site('een', '<h1>A</h1>');
    const snapshot = await snapshotSite(first, projectDir, 'p', '/');
    finish(first);
    await storeIndex(cache, snapshot, first, await addedFiles(first, snapshot));
    rmSync(join(cache, snapshot.key, 'bestanden', 'pagefind'), { recursive: true });

    const second = site('twee', '<h1>A</h1>');
    expect(await restoreIndex(cache, snapshot.key, second)).toBe(false);
    expect(readFileSync(join(second, 'downloads', 'SHA256SUMS'), 'utf8')).toBe('pijplijn\n');
    expect(() => readFileSync(join(second, 'a', 'insluiten-f.html'))).toThrow();
  });
});
