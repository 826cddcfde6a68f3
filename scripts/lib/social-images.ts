// Renders the social image of every entity page (OpenGraph/Twitter need PNG) from the site data,
// while Astro builds the pages: sharp draws each card's SVG and writes a 16-colour palette PNG (a
// card has a handful of flat colours and anti-aliased text), on libuv's threads beside Astro.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import sharp from 'sharp';
import { renderSocialCard } from '../../src/charts/social-card.ts';
import type { SiteData } from '../../src/domain/site-data.ts';
import { buildIndexes } from '../../src/site/entities.ts';
import { socialCards } from '../../src/site/social.ts';

const SAFE_KEY = /^[a-z0-9][a-z0-9-]*$/;

/** sharp's palette PNG: 16 colours without dithering look the same as full colour here. */
export const PNG_OPTIONS = {
  palette: true,
  colours: 16,
  dither: 0,
  compressionLevel: 6,
  effort: 1,
};

export function cardPng(svg: string): Promise<Buffer> {
  return sharp(Buffer.from(svg)).png(PNG_OPTIONS).toBuffer();
}

/** Writes every social image into outDir; returns how many. */
export async function writeSocialImages(
  site: SiteData,
  outDir: string,
  concurrency = 4,
): Promise<number> {
  const cards = socialCards(buildIndexes(site));
  for (const kind of new Set(cards.map((c) => c.kind)))
    await mkdir(join(outDir, kind), { recursive: true });
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < cards.length) {
      const { kind, key, card } = cards[next++]!;
      // Keys are slugs made by the pipeline; anything else must not become a path.
      if (!SAFE_KEY.test(key)) throw new Error(`onveilige sleutel voor een beeld: ${key}`);
      await writeFile(join(outDir, kind, `${key}.png`), await cardPng(renderSocialCard(card)));
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return cards.length;
}
