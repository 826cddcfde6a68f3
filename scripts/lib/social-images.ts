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
import { blendSteps, encodeWithPalette, hexToRgb, type RawImage, type Rgb } from './palette-png.ts';
import {
  CARD_BLENDS,
  CARD_COLOURS,
  SOCIAL_HEIGHT,
  SOCIAL_WIDTH,
  socialCardLayers,
  type SocialCard,
  type SocialCardLayers,
} from '../../src/charts/social-card.ts';
import type { SiteData } from '../../src/domain/site-data.ts';
import { buildIndexes } from '../../src/site/entities.ts';
import { socialCards } from '../../src/site/social.ts';

const SAFE_KEY = /^[a-z0-9][a-z0-9-]*$/;

/**
 * A card has a handful of flat colours and anti-aliased text: sixteen colours without dithering
 * look the same as full colour at under a third of the bytes. The sixteen are known in advance
 * (the card's colours and the steps where it blends them), so the build maps each pixel to them
 * itself (palette-png.ts) instead of letting sharp's quantiser search a palette per card.
 * Measured with `npm run measure:cards` (sharp on one thread): sharp's quantiser 7.2 ms and 6.1
 * kB a card, the fixed palette 5.4 ms and 5.8 kB with the whole SVG drawn per card (4.2 ms of
 * it), and 3.8-4.1 ms with the two layers of drawCard (3.3 ms of it drawing).
 */
export const CARD_PALETTE: readonly Rgb[] = [
  ...Object.values(CARD_COLOURS).map(hexToRgb),
  ...CARD_BLENDS.flatMap(([from, to, steps]) => blendSteps(hexToRgb(from), hexToRgb(to), steps)),
];
/**
 * Farther than this from every palette colour, a pixel is not one of the card's colours or a
 * step between two of them (half a step is at most 52 here): the card then goes through sharp's
 * own quantiser, so a colour added to the drawing but not to the palette is never misdrawn.
 */
const MAX_DISTANCE = 64;
/** sharp's quantiser, for a card the fixed palette does not fit. */
export const PNG_OPTIONS = {
  palette: true,
  colours: 16,
  dither: 0,
  compressionLevel: 6,
  effort: 1,
};
/** Part of the cache key: a cached card made with other settings is not reused. */
const PNG_KEY = JSON.stringify({ palette: CARD_PALETTE, MAX_DISTANCE, PNG_OPTIONS });

/**
 * Shared layers drawn lately, by their SVG. The cards are made in the order of their shared
 * layer (writeSocialCards), so a few at a time suffice: one per card in the making.
 */
const sharedLayers = new Map<string, Promise<Buffer>>();
const SHARED_LAYERS_KEPT = 4;

function sharedLayer(svg: string): Promise<Buffer> {
  let drawn = sharedLayers.get(svg);
  if (drawn) {
    sharedLayers.delete(svg); // to the back: the least recently used goes first
  } else {
    drawn = sharp(Buffer.from(svg)).removeAlpha().raw().toBuffer();
    if (sharedLayers.size >= SHARED_LAYERS_KEPT)
      sharedLayers.delete(sharedLayers.keys().next().value!);
  }
  sharedLayers.set(svg, drawn);
  return drawn;
}

/**
 * The card's pixels (RGB): its own layer laid over the shared one. Where the own layer is partly
 * transparent (the edges of its text), the two blend as the renderer would have blended them on
 * the paper, to within one step of 255.
 */
export async function drawCard(layers: SocialCardLayers): Promise<RawImage> {
  const card = Buffer.from(await sharedLayer(layers.shared));
  const own = await sharp(Buffer.from(layers.own)).ensureAlpha().raw().toBuffer();
  if (own.length / 4 !== card.length / 3)
    throw new Error('de lagen van een beeld verschillen in grootte');
  for (let p = 0, q = 0; p < own.length; p += 4, q += 3) {
    const alpha = own[p + 3]!;
    if (alpha === 0) continue;
    for (let c = 0; c < 3; c++)
      card[q + c] = Math.round((own[p + c]! * alpha + card[q + c]! * (255 - alpha)) / 255);
  }
  return { data: card, width: SOCIAL_WIDTH, height: SOCIAL_HEIGHT, channels: 3 };
}

/** One card as PNG: the fixed palette where it fits, sharp's quantiser where not. */
export async function cardPng(layers: SocialCardLayers): Promise<Buffer> {
  const image = await drawCard(layers);
  return (
    encodeWithPalette(image, CARD_PALETTE, MAX_DISTANCE) ??
    (await sharp(image.data, { raw: { width: image.width, height: image.height, channels: 3 } })
      .png(PNG_OPTIONS)
      .toBuffer())
  );
}

/**
 * The cards' indexes with cards of the same shared layer one after the other, so that each shared
 * layer is drawn once (sharedLayer keeps only the last few).
 */
export function inSharedLayerOrder(cards: readonly SocialCard[]): number[] {
  const shared = cards.map((card) => socialCardLayers(card).shared);
  return cards
    .map((_, i) => i)
    .sort((a, b) => (shared[a]! < shared[b]! ? -1 : shared[a]! > shared[b]! ? 1 : a - b));
}

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
  // The layers are made again per card below: kept from here, on 10x data they would hold tens
  // of megabytes of SVG text for the whole run; making one costs microseconds.
  const order = inSharedLayerOrder(cards.map((c) => c.card));
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < order.length) {
      const { kind, key, card } = cards[order[next++]!]!;
      // Keys are slugs made by the pipeline; anything else must not become a path.
      if (!SAFE_KEY.test(key)) throw new Error(`onveilige sleutel voor een beeld: ${key}`);
      const layers = socialCardLayers(card);
      const target = join(outDir, kind, `${key}.png`);
      const cached = cacheDir
        ? join(
            cacheDir,
            `${createHash('sha256').update(PNG_KEY).update(layers.shared).update('\0').update(layers.own).digest('hex')}.png`,
          )
        : null;
      if (cached) used.add(cached);
      if (cached && existsSync(cached)) {
        // A hard link: nothing writes a card after this, so cache and site can share the file.
        await linkOrCopy(cached, target);
        const now = new Date();
        await utimes(cached, now, now);
        continue;
      }
      const png = await cardPng(layers);
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
