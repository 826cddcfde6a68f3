// Small multiples: the same small bar chart once per panel (e.g. per province), on one scale so
// the panels can be compared at a glance; every bar carries its value as text. Panels stack in
// one column, so each keeps the chart's full width on a phone.
import { scaleLinear } from 'd3-scale';
import {
  CHART_WIDTH,
  FONT,
  demoBand,
  escapeXml,
  svgDocument,
  textWidth,
  wrapText,
  type ChartOptions,
} from './svg.ts';
import type { Bar } from './bars.ts';

export interface Panel {
  title: string;
  bars: Bar[];
}

const ROW = 22;

export function renderSmallMultiples(
  panels: Panel[],
  options: ChartOptions & { id: string },
): string {
  const width = options.width ?? CHART_WIDTH;
  const allBars = panels.flatMap((p) => p.bars);
  const labelWidth = Math.min(150, Math.max(40, ...allBars.map((b) => textWidth(b.label)))) + 8;
  const valueRoom = Math.max(40, ...allBars.map((b) => textWidth(b.display))) + 8;
  const max = Math.max(1e-9, ...allBars.map((b) => b.value));
  const x = scaleLinear()
    .domain([0, max])
    .range([0, width - labelWidth - valueRoom]);
  const parts: string[] = [];
  let y = demoBand(options.demo);
  for (const panel of panels) {
    parts.push(
      `<text x="0" y="${y + FONT + 2}" font-size="${FONT}" font-weight="700" fill="currentColor">${escapeXml(wrapText(panel.title, width, 1)[0] ?? '')}</text>`,
    );
    y += 26;
    for (const b of panel.bars) {
      const label = wrapText(b.label, labelWidth - 8, 1)[0] ?? '';
      const w = Math.max(1, x(b.value));
      parts.push(
        `<text x="${labelWidth - 6}" y="${y + 15}" text-anchor="end" font-size="${FONT}" fill="currentColor">${escapeXml(label)}</text>`,
        `<rect x="${labelWidth}" y="${y + 3}" width="${w.toFixed(1)}" height="${ROW - 7}" fill="currentColor" fill-opacity="${b.highlight ? 0.9 : 0.5}"/>`,
        `<text x="${(labelWidth + w + 5).toFixed(1)}" y="${y + 15}" font-size="${FONT}" fill="currentColor">${escapeXml(b.display)}</text>`,
      );
      y += ROW;
    }
    y += 12;
  }
  const height = Math.ceil(y);
  return svgDocument(width, height, options, parts);
}
