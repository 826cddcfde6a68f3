// The social image of an entity page (OpenGraph/Twitter): name, key figure, a women/men bar,
// source and edition date. SVG here; the build turns it into PNG, which every platform shows.
import { escapeXml } from './svg.ts';

export interface SocialCard {
  kind: string;
  title: string;
  value: string;
  label: string;
  period: string;
  share: number | null;
  source: string;
  demo: boolean;
}

/**
 * Output size: 600 x 315 (1.91:1), the smallest a link preview shows as a large image; about
 * the width feeds show it at. Drawn on a 1200 x 630 grid, so the card reads the same at any
 * raster size: 800 x 420 cost 40% more build time and bytes for the same text and figure.
 */
export const SOCIAL_WIDTH = 600;
export const SOCIAL_HEIGHT = 315;

const FONT = "DejaVu Sans, 'Liberation Sans', Arial, Helvetica, sans-serif";

/**
 * Every colour a card is drawn with. The build writes cards with a palette made from these
 * (scripts/lib/palette-png.ts): the flat colours, plus the steps between white and each colour
 * that is drawn on white (anti-aliased text, the bar's half-pixel edges).
 */
export const CARD_COLOURS = {
  frame: '#0b4a8b',
  paper: '#ffffff',
  muted: '#4a4a4a',
  ink: '#1a1a1a',
  women: '#6a2c91',
  men: '#0b6e69',
} as const;
const C = CARD_COLOURS;

/**
 * Where a card blends two of its colours, and how many steps between them its palette keeps:
 * text on paper (more steps for the dark ink than for the grey), the big figure, and the bar's
 * edges, which fall on half pixels at 600 x 315. Sixteen colours in all, as many as sharp's
 * quantiser chose per card before (tests/unit/build/social-png.test.ts compares the cards with
 * the drawing).
 */
export const CARD_BLENDS: readonly (readonly [string, string, number])[] = [
  [C.paper, C.ink, 3],
  [C.paper, C.muted, 2],
  [C.paper, C.women, 3],
  [C.paper, C.men, 1],
  [C.women, C.men, 1],
];

/** Breaks text into at most `lines` lines of about `width` characters, with an ellipsis. */
export function wrapText(text: string, width: number, lines: number): string[] {
  const out: string[] = [];
  let line = '';
  const words = text.split(/\s+/).filter(Boolean);
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    const next = line ? `${line} ${word}` : word;
    if (next.length <= width || !line) {
      line = next;
      continue;
    }
    out.push(line);
    line = word;
    if (out.length === lines) {
      out[lines - 1] = `${out[lines - 1]!.slice(0, width - 1)}…`;
      return out;
    }
  }
  if (line) out.push(line.length > width ? `${line.slice(0, width - 1)}…` : line);
  if (out.length > lines) {
    const kept = out.slice(0, lines);
    kept[lines - 1] = `${kept[lines - 1]!.slice(0, width - 1)}…`;
    return kept;
  }
  return out;
}

/**
 * The card in two layers. The shared layer (frame, paper, the kind line, the bar's legend and
 * the source line) is the same for every card with the same kind line and a bar or none: 11
 * different ones for the 3,373 cards of the default data. The build draws each once, and per
 * card only the card's own layer (title, figure, label, bar): every text element costs librsvg
 * about half a millisecond, whatever its length (measured with `npm run measure:cards`). Moving
 * the label to the shared layer too (42 shared layers) gained nothing beyond the noise:
 * 3.62-4.19 against 3.76-4.27 ms a card, alternated twice. The layers never overlap; laid over
 * each other they are renderSocialCard to within one step of 255 at the edges of the own
 * layer's text (tests/unit/build/social-png.test.ts compares them pixel by pixel).
 */
export interface SocialCardLayers {
  /** An opaque SVG: frame, paper and the texts many cards share. */
  shared: string;
  /** A transparent SVG of the same size: this card's title, figure, label and bar. */
  own: string;
}

type Layer = 'shared' | 'own';

function cardElements(card: SocialCard): [Layer, string][] {
  const x = escapeXml;
  const titleLines = wrapText(card.title, 40, 2);
  const valueSize = card.value.length > 8 ? 96 : 140;
  const labelLines = wrapText(`${card.label} (${card.period})`, 66, 2);
  const bar: [Layer, string][] =
    card.share === null
      ? []
      : [
          ['own', `<rect x="80" y="455" width="1040" height="36" fill="${C.men}"/>`],
          [
            'own',
            `<rect x="80" y="455" width="${Math.round(1040 * Math.min(1, Math.max(0, card.share)))}" height="36" fill="${C.women}"/>`,
          ],
          [
            'shared',
            `<text x="80" y="520" font-size="22" fill="${C.muted}">paars: vrouwen · groen: mannen en anderen</text>`,
          ],
        ];
  return [
    ['shared', `<rect width="1200" height="630" fill="${C.frame}"/>`],
    ['shared', `<rect x="30" y="30" width="1140" height="570" fill="${C.paper}"/>`],
    [
      'shared',
      `<text x="80" y="92" font-size="26" fill="${C.muted}">${x(card.kind)}${card.demo ? ' · VOORBEELDDATA (fictief)' : ''}</text>`,
    ],
    ...titleLines.map((l, i): [Layer, string] => [
      'own',
      `<text x="80" y="${148 + i * 52}" font-size="44" font-weight="700" fill="${C.ink}">${x(l)}</text>`,
    ]),
    [
      'own',
      `<text x="76" y="${titleLines.length > 1 ? 340 : 310}" font-size="${valueSize}" font-weight="700" fill="${C.women}">${x(card.value)}</text>`,
    ],
    ...labelLines.map((l, i): [Layer, string] => [
      'own',
      `<text x="80" y="${(titleLines.length > 1 ? 384 : 356) + i * 34}" font-size="28" fill="${C.ink}">${x(l)}</text>`,
    ]),
    ...bar,
    ['shared', `<text x="80" y="570" font-size="22" fill="${C.muted}">${x(card.source)}</text>`],
  ];
}

function svgOf(elements: string[]): string {
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${SOCIAL_WIDTH}" height="${SOCIAL_HEIGHT}" viewBox="0 0 1200 630" font-family="${FONT}">`,
    ...elements,
    '</svg>',
  ].join('');
}

/** The whole card as one SVG. */
export function renderSocialCard(card: SocialCard): string {
  return svgOf(cardElements(card).map(([, element]) => element));
}

export function socialCardLayers(card: SocialCard): SocialCardLayers {
  const elements = cardElements(card);
  const of = (layer: Layer) => svgOf(elements.filter(([l]) => l === layer).map(([, e]) => e));
  return { shared: of('shared'), own: of('own') };
}
