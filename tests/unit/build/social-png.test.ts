// The social cards' own PNG encoder: every card of the site's shapes goes through the fixed
// palette, looks like the full-colour drawing, and a colour the palette lacks is never misdrawn.
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import {
  CARD_COLOURS,
  renderSocialCard,
  socialCardLayers,
  type SocialCard,
} from '../../../src/charts/social-card.ts';
import { encodeWithPalette, hexToRgb, type Rgb } from '../../../scripts/lib/palette-png.ts';
import { CARD_PALETTE, cardPng, drawCard } from '../../../scripts/lib/social-images.ts';

const CARD: SocialCard = {
  kind: 'Instelling',
  title: 'Raad Grootlande',
  value: '83,3%',
  label: 'vrouwen in de top',
  period: '2025',
  share: 0.833,
  source: 'Bron: Project genderdiversiteit-monitor · editie 15 april 2026',
  demo: true,
};
const SHAPES: SocialCard[] = [
  CARD,
  { ...CARD, demo: false, share: 0.5, value: '50,0%' },
  // Two title lines and two label lines, the bar at a share that ends on a half pixel.
  {
    ...CARD,
    title: 'Gemeenschappelijke regeling Samenwerkingsverband Openbare Gezondheidszorg Noord',
    label: 'vrouwen onder de schepenen en de burgemeester, na de fusie van de gemeenten',
    share: 0.4567,
  },
  // No figure at all: no bar, a long value text in the smaller size.
  { ...CARD, value: 'geen gegevens', share: null },
  { ...CARD, share: 0, value: '0,0%' },
  { ...CARD, share: 1, value: '100,0%' },
];

async function pixels(png: Buffer): Promise<Buffer> {
  return sharp(png).removeAlpha().raw().toBuffer();
}

describe('social card PNG', () => {
  it('has every colour the card is drawn with in its palette', () => {
    for (const card of SHAPES) {
      const fills = [...renderSocialCard(card).matchAll(/fill="(#[0-9a-f]{6})"/gi)].map((m) =>
        hexToRgb(m[1]!).join(','),
      );
      const palette = new Set(CARD_PALETTE.map((c) => c.join(',')));
      expect(fills.length).toBeGreaterThan(4);
      for (const fill of fills) expect(palette.has(fill), fill).toBe(true);
    }
    expect(CARD_PALETTE).toHaveLength(16);
    expect(CARD_PALETTE.slice(0, 6)).toEqual(Object.values(CARD_COLOURS).map(hexToRgb));
  });

  it('draws the two layers of every card shape as the whole card, to within one step', async () => {
    for (const card of SHAPES) {
      const layers = socialCardLayers(card);
      // Each layer really has part of the card: a text in neither layer would be missed here.
      expect(layers.shared).toContain(card.kind);
      expect(layers.own).toContain(card.value);
      const whole = await sharp(Buffer.from(renderSocialCard(card)))
        .removeAlpha()
        .raw()
        .toBuffer();
      const { data, width, height, channels } = await drawCard(layers);
      expect([width, height, channels]).toEqual([600, 315, 3]);
      let largest = 0;
      let differing = 0;
      for (let i = 0; i < whole.length; i++) {
        const difference = Math.abs(whole[i]! - data[i]!);
        largest = Math.max(largest, difference);
        if (difference > 0) differing++;
      }
      expect(largest, card.title).toBeLessThanOrEqual(1);
      // Only the edges of the card's own text differ at all (they blend in another order).
      expect(differing / whole.length, card.title).toBeLessThan(0.05);
    }
  });

  it('writes every card shape with the fixed palette, close to the full-colour drawing', async () => {
    for (const card of SHAPES) {
      const svg = renderSocialCard(card);
      const png = await cardPng(socialCardLayers(card));
      // IHDR: 4 bits per index, colour type 3 (indexed); then PLTE: the fixed palette itself,
      // not one that sharp's quantiser chose (the fallback).
      expect([png[24], png[25]]).toEqual([4, 3]);
      expect(png.subarray(37, 41).toString('latin1')).toBe('PLTE');
      expect([...png.subarray(41, 41 + 48)]).toEqual(CARD_PALETTE.flat());
      const meta = await sharp(png).metadata();
      expect([meta.width, meta.height]).toEqual([600, 315]);
      const drawn = await pixels(await sharp(Buffer.from(svg)).png().toBuffer());
      const written = await pixels(png);
      let error = 0;
      for (let i = 0; i < drawn.length; i++) error += Math.abs(drawn[i]! - written[i]!);
      // Mean difference per channel, out of 255 (sharp's 16-colour quantiser: about 0.4).
      expect(error / drawn.length, card.title).toBeLessThan(1);
    }
  });

  it('hands a card with a colour outside the palette to sharp, which keeps that colour', async () => {
    const layers = socialCardLayers(CARD);
    const png = await cardPng({
      ...layers,
      own: layers.own.replace(
        '</svg>',
        '<rect x="600" y="40" width="400" height="60" fill="#e00000"/></svg>',
      ),
    });
    const { data, info } = await sharp(png)
      .removeAlpha()
      .raw()
      .toBuffer({ resolveWithObject: true });
    const at = (35 * info.width + 400) * 3; // inside the red block (x 300-500, y 20-50 at 600 x 315)
    const [r, g, b] = [data[at]!, data[at + 1]!, data[at + 2]!];
    expect(r).toBeGreaterThan(200);
    expect(g + b).toBeLessThan(60);
  });

  it('reproduces an image of palette colours exactly, and refuses transparency', async () => {
    const palette: Rgb[] = [
      [255, 255, 255],
      [26, 26, 26],
      [106, 44, 145],
    ];
    const width = 7; // odd: the last index of a line fills half a byte
    const height = 3;
    const data = new Uint8Array(width * height * 4);
    for (let i = 0; i < width * height; i++) {
      data.set([...palette[i % 3]!, 255], i * 4);
    }
    const png = encodeWithPalette({ data, width, height, channels: 4 }, palette, 10)!;
    const back = await sharp(png).ensureAlpha().raw().toBuffer();
    expect([...back]).toEqual([...data]);
    data[4 * 5 + 3] = 128;
    expect(encodeWithPalette({ data, width, height, channels: 4 }, palette, 10)).toBeNull();
  });
});
