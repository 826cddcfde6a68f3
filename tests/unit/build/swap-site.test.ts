// The site moves into place by one rename of a link: the old site or the new, never neither.
import {
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { makeStagingDir, swapIntoPlace, versionsDir } from '../../../scripts/lib/swap-site.ts';

const work: string[] = [];
afterEach(() => {
  for (const dir of work.splice(0)) rmSync(dir, { recursive: true, force: true });
});

async function stagedSite(out: string, title: string): Promise<string> {
  const staging = await makeStagingDir(out);
  const site = join(staging, 'site');
  mkdirSync(site, { recursive: true });
  writeFileSync(join(site, 'index.html'), title);
  return site;
}

describe('swapIntoPlace', () => {
  it('stages beside OUT_DIR and replaces a plain directory by a link to the new version', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'swap-'));
    work.push(dir);
    const out = join(dir, 'dist');
    mkdirSync(out);
    writeFileSync(join(out, 'index.html'), 'oud');
    const site = await stagedSite(out, 'nieuw');
    expect(site.startsWith(versionsDir(out))).toBe(true);
    await swapIntoPlace(site, out);
    expect(lstatSync(out).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('nieuw');
    // The old directory is kept as the one previous version.
    const kept = readdirSync(versionsDir(out)).filter((e) => e.startsWith('site-'));
    expect(kept).toHaveLength(2);
  });

  it('keeps one previous version and removes older ones and finished working dirs', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'swap-'));
    work.push(dir);
    const out = join(dir, 'site');
    for (const title of ['een', 'twee', 'drie']) {
      await swapIntoPlace(await stagedSite(out, title), out);
      expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe(title);
    }
    const entries = readdirSync(versionsDir(out));
    const versions = entries.filter((e) => e.startsWith('site-'));
    expect(versions).toHaveLength(2);
    const contents = versions.map((v) =>
      readFileSync(join(versionsDir(out), v, 'index.html'), 'utf8'),
    );
    expect(contents.sort()).toEqual(['drie', 'twee']);
    // Working directories of this (running) process stay; the caller removes its own.
    expect(entries.filter((e) => e.startsWith('link-'))).toEqual([]);
  });

  it('leaves the old site in place when the new version cannot be moved in', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'swap-'));
    work.push(dir);
    const out = join(dir, 'dist');
    await swapIntoPlace(await stagedSite(out, 'oud'), out);
    await expect(swapIntoPlace(join(versionsDir(out), 'bestaat-niet'), out)).rejects.toThrow();
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('oud');
    expect(existsSync(out)).toBe(true);
  });
});
