// The Astro cache may hand back pages only for exactly the inputs they were rendered from: the
// site data, the code and assets, the base path and the site address. Anything else changed must
// give another key, so that Astro renders anew.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  astroFiles,
  astroKey,
  restoreAstro,
  storeAstro,
} from '../../../scripts/lib/astro-cache.ts';

let root: string;
let project: string;
let siteData: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'astrocache-'));
  project = join(root, 'project');
  const files: Record<string, string> = {
    'src/pages/index.astro': '<h1>Hallo</h1>',
    'src/site/format.ts': 'export const x = 1;',
    'public/favicon.svg': '<svg/>',
    'astro.config.mjs': 'export default {};',
    'scripts/lib/trim-html.mjs': 'export default () => ({});',
    'tsconfig.json': '{}',
    'package-lock.json': '{"lockfileVersion":3}',
  };
  for (const [path, text] of Object.entries(files)) write(join(project, path), text);
  siteData = join(root, 'werk-1', 'site-data.json');
  write(siteData, '{"gremia":[]}');
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

function write(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
}

describe('astroKey', () => {
  it('changes with the site data, every code and config file, the base path and the site address', async () => {
    const base = await astroKey(project, siteData, '/');
    expect(await astroKey(project, siteData, '/')).toBe(base);
    const changed = async (edit: () => void, basePath = '/'): Promise<string> => {
      edit();
      const key = await astroKey(project, siteData, basePath);
      return key;
    };
    const keys = new Set([base]);
    keys.add(await changed(() => write(siteData, '{"gremia":[1]}')));
    for (const file of [
      'src/pages/index.astro',
      'src/site/format.ts',
      'public/favicon.svg',
      'astro.config.mjs',
      'scripts/lib/trim-html.mjs',
      'tsconfig.json',
      'package-lock.json',
    ])
      keys.add(await changed(() => write(join(project, file), `${file} anders`)));
    keys.add(await changed(() => write(join(project, 'src/components/Nieuw.astro'), '<p/>')));
    keys.add(await changed(() => undefined, '/genderdiversiteit/'));
    process.env.SITE_URL = 'https://elders.example.org';
    try {
      keys.add(await changed(() => undefined));
    } finally {
      delete process.env.SITE_URL;
    }
    // the original, the data, seven files, a new component, a base path, a site address
    expect(keys.size).toBe(12);
  });

  it("does not depend on the build's own working folder", async () => {
    const elsewhere = join(root, 'werk-2', 'site-data.json');
    write(elsewhere, readFileSync(siteData, 'utf8'));
    expect(await astroKey(project, elsewhere, '/')).toBe(await astroKey(project, siteData, '/'));
  });
});

describe('store and restore', () => {
  it('gives back exactly the files Astro wrote, and nothing for an unknown key', async () => {
    const cache = join(root, 'cache');
    const built = join(root, 'site-1');
    write(join(built, 'index.html'), '<h1>Hallo</h1>');
    write(join(built, 'instellingen/a/index.html'), '<h1>A</h1>');
    const files = await astroFiles(built);
    expect(files).toEqual(['index.html', 'instellingen/a/index.html']);
    // A later step adds a file: it is not Astro's and must not join the entry.
    write(join(built, 'downloads/gremia.csv'), 'jaar\n');
    await storeAstro(cache, 'sleutel', built, files);

    const next = join(root, 'site-2');
    expect(await restoreAstro(cache, 'sleutel', next)).toBe(true);
    expect(await astroFiles(next)).toEqual(files);
    expect(readFileSync(join(next, 'instellingen/a/index.html'), 'utf8')).toBe('<h1>A</h1>');
    expect(await restoreAstro(cache, 'andere-sleutel', join(root, 'site-3'))).toBe(false);
  });

  it('refuses an entry that lost a file, so that Astro renders the whole site', async () => {
    const cache = join(root, 'cache');
    const built = join(root, 'site-1');
    write(join(built, 'index.html'), '<h1>Hallo</h1>');
    write(join(built, 'over/index.html'), '<h1>Over</h1>');
    await storeAstro(cache, 'sleutel', built, await astroFiles(built));
    rmSync(join(cache, 'sleutel', 'bestanden', 'over', 'index.html'));
    const next = join(root, 'site-2');
    expect(await restoreAstro(cache, 'sleutel', next)).toBe(false);
    expect(await astroFiles(next)).toEqual([]);
  });
});
