// Cache entries shared by builds that run at the same time (e2e files in parallel, two terminals):
// each fills its own staging folder, a reader sees whole entries only, and pruning leaves an
// entry another build is still filling alone.
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { copyTree, linkTree, pruneCache, storeEntry } from '../../../scripts/lib/build-cache.ts';

let cache: string;
beforeEach(() => {
  cache = mkdtempSync(join(tmpdir(), 'bouwcache-'));
});
afterEach(() => rmSync(cache, { recursive: true, force: true }));

const pause = () => new Promise((done) => setTimeout(done, 20));

describe('storeEntry', () => {
  it('lets two builds store the same key at once: one whole entry remains, no staging left', async () => {
    const fill = (text: string) => async (staging: string) => {
      writeFileSync(join(staging, 'a.txt'), text);
      await pause(); // both fills are under way at the same time
      writeFileSync(join(staging, 'b.txt'), text);
    };
    await Promise.all([
      storeEntry(cache, 'sleutel', 3, fill('eerste'), { door: 'eerste' }),
      storeEntry(cache, 'sleutel', 3, fill('tweede'), { door: 'tweede' }),
    ]);
    expect(readdirSync(cache)).toEqual(['sleutel']);
    const { door } = JSON.parse(readFileSync(join(cache, 'sleutel', 'klaar.json'), 'utf8')) as {
      door: string;
    };
    // Whichever came last, its files belong together.
    expect(readFileSync(join(cache, 'sleutel', 'a.txt'), 'utf8')).toBe(door);
    expect(readFileSync(join(cache, 'sleutel', 'b.txt'), 'utf8')).toBe(door);
  });

  it('removes its staging folder when filling fails, and stores nothing', async () => {
    await expect(
      storeEntry(cache, 'sleutel', 3, () => Promise.reject(new Error('schijf vol')), {}),
    ).rejects.toThrow('schijf vol');
    expect(readdirSync(cache)).toEqual([]);
  });
});

describe('pruneCache', () => {
  function entry(name: string, usedSecondsAgo: number): void {
    mkdirSync(join(cache, name));
    writeFileSync(join(cache, name, 'klaar.json'), '{}');
    const when = new Date(Date.now() - usedSecondsAgo * 1000);
    utimesSync(join(cache, name, 'klaar.json'), when, when);
  }

  it('keeps the most recently used entries and an entry still being filled', async () => {
    entry('oud', 300);
    entry('nieuw', 10);
    entry('middel', 100);
    mkdirSync(join(cache, 'nieuw.123-abcd.tmp')); // another build, filling right now
    await pruneCache(cache, 2);
    expect(readdirSync(cache).sort()).toEqual(['middel', 'nieuw', 'nieuw.123-abcd.tmp']);
  });

  it('removes a staging folder left by a build that died over an hour ago', async () => {
    const abandoned = join(cache, 'x.99-dead.tmp');
    mkdirSync(abandoned);
    const past = new Date(Date.now() - 2 * 3600 * 1000);
    utimesSync(abandoned, past, past);
    await pruneCache(cache, 2);
    expect(existsSync(abandoned)).toBe(false);
  });
});

describe('copyTree and linkTree', () => {
  const tree = () => {
    const from = join(cache, 'van');
    mkdirSync(join(from, 'sectoren'), { recursive: true });
    writeFileSync(join(from, 'gremia.csv'), 'jaar\n2025\n');
    writeFileSync(join(from, 'sectoren', 'zorg.csv'), 'jaar\n2024\n');
    return from;
  };

  it('copies every file, and an edit in place in the source leaves the copy as it was', async () => {
    const from = tree();
    const to = join(cache, 'naar');
    await copyTree(from, to);
    expect(readFileSync(join(to, 'sectoren', 'zorg.csv'), 'utf8')).toBe('jaar\n2024\n');
    // writeFileSync truncates and rewrites the same inode, as an editor saving in place does.
    writeFileSync(join(from, 'gremia.csv'), 'jaar\n1999\n');
    expect(readFileSync(join(to, 'gremia.csv'), 'utf8')).toBe('jaar\n2025\n');
    expect(statSync(join(to, 'gremia.csv')).ino).not.toBe(statSync(join(from, 'gremia.csv')).ino);
  });

  it('links every file: the same bytes without a copy (for files the build owns)', async () => {
    const from = tree();
    const to = join(cache, 'naar');
    await linkTree(from, to);
    expect(readFileSync(join(to, 'sectoren', 'zorg.csv'), 'utf8')).toBe('jaar\n2024\n');
    expect(statSync(join(to, 'gremia.csv')).ino).toBe(statSync(join(from, 'gremia.csv')).ino);
  });
});
