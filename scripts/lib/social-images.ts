// Renders the social image of every entity page (OpenGraph/Twitter need PNG) from the site
// data, while Astro builds the pages: the two do not depend on each other, and sharp works on
// libuv's thread pool while Astro mostly keeps one core busy. A small pool of conversions keeps
// memory flat.
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readdir, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import sharp from 'sharp';
import { linkOrCopy } from './build-cache.ts';
import { renderSocialCard } from '../../src/charts/social-card.ts';
import type { SiteData } from '../../src/domain/site-data.ts';
import { buildIndexes } from '../../src/site/entities.ts';
import { socialCards } from '../../src/site/social.ts';

const SAFE_KEY = /^[a-z0-9][a-z0-9-]*$/;

/**
 * A card has a handful of flat colours and anti-aliased text: a 16-colour palette without
 * dithering looks the same as full colour at under a third of the bytes. Deflate level 6 instead
 * of 9 saves a quarter of the CPU for 5% more bytes. Measured on 100 default cards at 600 x 315
 * (sharp on one thread): 7.5 ms and 6.2 kB a card, against 13.9 ms and 8.8 kB for
 * the former 800 x 420 at level 9, and 5.5 ms and 21 kB for full colour.
 */
const PNG_OPTIONS = { palette: true, colours: 16, dither: 0, compressionLevel: 6, effort: 1 };
/** Part of the cache key: a cached card made with other settings is not reused. */
const PNG_KEY = JSON.stringify(PNG_OPTIONS);

/**
 * Writes every social image into outDir. With a cacheDir, an image whose SVG was rendered before
 * is linked from there instead of rendered again (the e2e run rebuilds the site the CI just built); cached
 * images no build has used for two weeks are removed (other data directories share the cache).
 */
export function writeSocialImages(
  site: SiteData,
  outDir: string,
  cacheDir: string | null = null,
): Promise<number> {
  // Not async: the cards are made now and the site data is not kept alive by a suspended frame
  // while they render (on 10x data its rows are a gigabyte the build needs no longer).
  return writeSocialCards(socialCards(buildIndexes(site)), outDir, cacheDir);
}

async function writeSocialCards(
  cards: readonly ReturnType<typeof socialCards>[number][],
  outDir: string,
  cacheDir: string | null,
  concurrency = 3,
): Promise<number> {
  const used = new Set<string>();
  if (cacheDir) await mkdir(cacheDir, { recursive: true });
  for (const kind of new Set(cards.map((c) => c.kind))) {
    await mkdir(join(outDir, kind), { recursive: true });
  }
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < cards.length) {
      const { kind, key, card } = cards[next++]!;
      // Keys are slugs made by the pipeline; anything else must not become a path.
      if (!SAFE_KEY.test(key)) throw new Error(`onveilige sleutel voor een beeld: ${key}`);
      const svg = renderSocialCard(card);
      const target = join(outDir, kind, `${key}.png`);
      const cached = cacheDir
        ? join(cacheDir, `${createHash('sha256').update(PNG_KEY).update(svg).digest('hex')}.png`)
        : null;
      if (cached) used.add(cached);
      if (cached && existsSync(cached)) {
        // A hard link: nothing writes a card after this, so cache and site can share the file.
        await linkOrCopy(cached, target);
        const now = new Date();
        await utimes(cached, now, now);
        continue;
      }
      const png = await sharp(Buffer.from(svg)).png(PNG_OPTIONS).toBuffer();
      await writeFile(target, png);
      // Two cards with the same drawing in one run: the first one in the cache stays.
      if (cached)
        await linkOrCopy(target, cached).catch((error: NodeJS.ErrnoException) => {
          if (error.code !== 'EEXIST') throw error;
        });
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  if (cacheDir) {
    const stale = Date.now() - 14 * 24 * 3600 * 1000;
    for (const name of await readdir(cacheDir)) {
      const file = join(cacheDir, name);
      if (!used.has(file) && (await stat(file)).mtimeMs < stale) await rm(file, { force: true });
    }
  }
  return cards.length;
}
