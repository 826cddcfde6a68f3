// npm run measure:cards: what a social card costs on the default data (or SITE_DATA; npm run data
// makes it): drawing the whole SVG, drawing it in the build's two layers, then sharp's own
// 16-colour quantiser on the whole SVG against what the build writes (both layers, the fixed card
// palette: scripts/lib/social-images.ts), each in ms and kB a card, and how far each stays from
// the full-colour drawing (mean absolute difference per channel, of 255). The times are over
// every card in the build's order, so that the shared layers cost what they cost in a build
// (drawn once per run of cards that share one); the difference is over every 30th card. sharp on
// one thread, so the milliseconds are CPU time of one card. About a minute.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import sharp from 'sharp';
import { renderSocialCard, socialCardLayers } from '../src/charts/social-card.ts';
import type { SiteData } from '../src/domain/site-data.ts';
import { buildIndexes } from '../src/site/entities.ts';
import { socialCards } from '../src/site/social.ts';
import { cardPng, drawCard, inSharedLayerOrder, PNG_OPTIONS } from './lib/social-images.ts';

sharp.concurrency(1);
const dataFile =
  process.env.SITE_DATA ?? resolve(import.meta.dirname, '..', '.build', 'data', 'site-data.json');
if (!existsSync(dataFile)) {
  console.error(`${dataFile} ontbreekt: maak het eerst met npm run data (of zet SITE_DATA).`);
  process.exit(1);
}
const site = JSON.parse(readFileSync(dataFile, 'utf8')) as SiteData;
const all = socialCards(buildIndexes(site)).map((c) => c.card);
// In the order the build makes them: cards with the same shared layer one after the other.
const cards = inSharedLayerOrder(all).map((i) => all[i]!);
const svgs = cards.map(renderSocialCard);
const layersOf = new Map(svgs.map((svg, i) => [svg, socialCardLayers(cards[i]!)]));
const compared = svgs.map((_, i) => i).filter((i) => i % 30 === 0);

const pixels = (png: Buffer) => sharp(png).removeAlpha().raw().toBuffer();
/** A variant and whether it writes a PNG (kB and difference from the drawing apply). */
const variants: [string, (svg: string) => Promise<Buffer>, boolean][] = [
  ['alleen tekenen, hele kaart (raw)', (svg) => sharp(Buffer.from(svg)).raw().toBuffer(), false],
  [
    'alleen tekenen, twee lagen (raw)',
    async (svg) => Buffer.from((await drawCard(layersOf.get(svg)!)).data),
    false,
  ],
  ['sharp, 16 kleuren', (svg) => sharp(Buffer.from(svg)).png(PNG_OPTIONS).toBuffer(), true],
  ['twee lagen, vast kaartpalet (de build)', (svg) => cardPng(layersOf.get(svg)!), true],
];
// The full-colour drawing of every compared card, once, for both PNG variants.
const drawings = new Map<number, Buffer>();
for (const i of compared)
  drawings.set(i, await pixels(await sharp(Buffer.from(svgs[i]!)).png().toBuffer()));
console.log(`${svgs.length} kaarten uit ${dataFile}, verschil over ${compared.length}\n`);
console.log('| manier | ms per kaart | kB per kaart | verschil met de tekening |');
console.log('|---|---:|---:|---:|');
for (const [name, encode, writesPng] of variants) {
  await Promise.all(svgs.slice(0, 5).map(encode)); // warm up
  const started = performance.now();
  // PNGs are kept (a few kB each) for their size and the comparison; raw drawings are not.
  const outputs: Buffer[] = [];
  for (const svg of svgs) {
    const output = await encode(svg);
    if (writesPng) outputs.push(output);
  }
  const ms = (performance.now() - started) / svgs.length;
  let difference = '–';
  let kb = '–';
  if (writesPng) {
    let sum = 0;
    let count = 0;
    for (const i of compared) {
      const drawn = drawings.get(i)!;
      const written = await pixels(outputs[i]!);
      for (let j = 0; j < drawn.length; j++) sum += Math.abs(drawn[j]! - written[j]!);
      count += drawn.length;
    }
    difference = (sum / count).toFixed(3);
    kb = (outputs.reduce((n, b) => n + b.length, 0) / svgs.length / 1024).toFixed(2);
  }
  console.log(`| ${name} | ${ms.toFixed(2)} | ${kb} | ${difference} |`);
}
