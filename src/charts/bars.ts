// Horizontal bars with the value written beside each bar (for balance classes and comparisons).
// Each label sits on its own line(s) above its bar, so long names need no label column and the
// chart stays readable at phone width.
import { scaleLinear } from 'd3-scale';
import {
  CHART_WIDTH,
  FONT,
  LINE,
  demoBand,
  escapeXml,
  svgDocument,
  textBlock,
  textWidth,
  wrapText,
  type ChartOptions,
} from './svg.ts';

export interface Bar {
  label: string;
  value: number;
  display: string;
  highlight?: boolean;
}

const BAR = 16;
const GAP = 10;

export function renderBarChart(
  bars: Bar[],
  options: ChartOptions & { id: string; max?: number },
): string {
  const width = options.width ?? CHART_WIDTH;
  const valueRoom = Math.max(40, ...bars.map((b) => textWidth(b.display))) + 8;
  const max = options.max ?? Math.max(1e-9, ...bars.map((b) => b.value));
  const x = scaleLinear()
    .domain([0, max])
    .range([0, width - valueRoom - 2]);
  const body: string[] = [];
  let y = demoBand(options.demo);
  for (const b of bars) {
    const lines = wrapText(b.label, width - 4);
    body.push(textBlock(lines, 0, y + FONT));
    y += lines.length * LINE + 2;
    const w = Math.max(1, x(b.value));
    body.push(
      `<rect x="0" y="${y}" width="${w.toFixed(1)}" height="${BAR}" fill="currentColor" fill-opacity="${b.highlight ? 0.9 : 0.55}"/>`,
      `<text x="${(w + 6).toFixed(1)}" y="${y + BAR - 3}" font-size="${FONT}" fill="currentColor">${escapeXml(b.display)}</text>`,
    );
    y += BAR + GAP;
  }
  const height = Math.ceil(y);
  return svgDocument(width, height, options, body);
}
