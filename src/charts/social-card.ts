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

const C = {
  frame: '#0b4a8b',
  paper: '#ffffff',
  muted: '#4a4a4a',
  ink: '#1a1a1a',
  women: '#6a2c91',
  men: '#0b6e69',
} as const;

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

function cardElements(card: SocialCard): string[] {
  const x = escapeXml;
  const titleLines = wrapText(card.title, 40, 2);
  const valueSize = card.value.length > 8 ? 96 : 140;
  const labelLines = wrapText(`${card.label} (${card.period})`, 66, 2);
  const bar =
    card.share === null
      ? []
      : [
          `<rect x="80" y="455" width="1040" height="36" fill="${C.men}"/>`,
          `<rect x="80" y="455" width="${Math.round(1040 * Math.min(1, Math.max(0, card.share)))}" height="36" fill="${C.women}"/>`,
          `<text x="80" y="520" font-size="22" fill="${C.muted}">paars: vrouwen · groen: mannen en onbekend gender</text>`,
        ];
  return [
    `<rect width="1200" height="630" fill="${card.demo ? C.women : C.frame}"/>`,
    `<rect x="30" y="30" width="1140" height="570" fill="${C.paper}"/>`,
    card.demo
      ? `<text x="80" y="92" font-size="30" font-weight="700" fill="${C.women}">VOORBEELD · fictieve cijfers · ${x(card.kind)}</text>`
      : `<text x="80" y="92" font-size="26" fill="${C.muted}">${x(card.kind)}</text>`,
    ...titleLines.map(
      (l, i) =>
        `<text x="80" y="${148 + i * 52}" font-size="44" font-weight="700" fill="${C.ink}">${x(l)}</text>`,
    ),
    `<text x="76" y="${titleLines.length > 1 ? 340 : 310}" font-size="${valueSize}" font-weight="700" fill="${C.women}">${x(card.value)}</text>`,
    ...labelLines.map(
      (l, i) =>
        `<text x="80" y="${(titleLines.length > 1 ? 384 : 356) + i * 34}" font-size="28" fill="${C.ink}">${x(l)}</text>`,
    ),
    ...bar,
    `<text x="80" y="570" font-size="22" fill="${C.muted}">${x(card.source)}</text>`,
  ];
}

/** The whole card as one SVG; the build turns it into a palette PNG with sharp. */
export function renderSocialCard(card: SocialCard): string {
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${SOCIAL_WIDTH}" height="${SOCIAL_HEIGHT}" viewBox="0 0 1200 630" font-family="${FONT}">`,
    ...cardElements(card),
    '</svg>',
  ].join('');
}
