// Trend lines of shares over the years, with the 40-60% band shaded. Every series has its own
// marker shape and line pattern, so that two series with the same values stay distinguishable
// (a hollow square around a filled dot), and a legend under the plot names each with its latest
// value (colour is never the only key).
import { scaleLinear, scalePoint } from 'd3-scale';
import { line } from 'd3-shape';
import {
  CHART_WIDTH,
  FONT,
  LINE,
  demoBand,
  pct,
  svgDocument,
  textBlock,
  textWidth,
  wrapText,
  type ChartOptions,
} from './svg.ts';

export interface TrendSeries {
  key: string;
  label: string;
  points: { x: number; y: number | null }[];
  dashed?: boolean;
}

/** A marker per series index: filled dot, hollow square, hollow triangle, filled diamond. */
export function marker(index: number, cx: number, cy: number, cls: string): string {
  switch (index % 4) {
    case 0:
      return `<circle cx="${cx}" cy="${cy}" r="4.5" class="${cls}" fill="currentColor"/>`;
    case 1:
      return `<rect x="${cx - 6}" y="${cy - 6}" width="12" height="12" class="${cls}" fill="none" stroke="currentColor" stroke-width="2"/>`;
    case 2:
      return `<path d="M${cx} ${cy - 8}L${cx + 7.5} ${cy + 5.5}H${cx - 7.5}Z" class="${cls}" fill="none" stroke="currentColor" stroke-width="2"/>`;
    default:
      return `<path d="M${cx} ${cy - 5}L${cx + 5} ${cy}L${cx} ${cy + 5}L${cx - 5} ${cy}Z" class="${cls}" fill="currentColor"/>`;
  }
}

const DASHES = ['', '6 4', '2 3', '10 3 2 3'];

export function renderTrendChart(
  series: TrendSeries[],
  options: ChartOptions & { id: string },
): string {
  const width = options.width ?? CHART_WIDTH;
  const top = demoBand(options.demo) + 8;
  const plotHeight = 190;
  const margin = { left: 50, right: 14 };
  const bottom = top + plotHeight;
  const years = [...new Set(series.flatMap((s) => s.points.map((p) => p.x)))].sort((a, b) => a - b);
  const x = scalePoint<number>()
    .domain(years)
    .range([margin.left, width - margin.right])
    .padding(0.4);
  const y = scaleLinear().domain([0, 1]).range([bottom, top]);
  const parts: string[] = [];
  parts.push(
    `<rect x="${margin.left}" y="${y(0.6)}" width="${width - margin.left - margin.right}" height="${y(0.4) - y(0.6)}" class="band" fill="var(--band, #e4eef8)"/>`,
  );
  for (const tick of [0, 0.2, 0.4, 0.6, 0.8, 1]) {
    parts.push(
      `<line x1="${margin.left}" x2="${width - margin.right}" y1="${y(tick)}" y2="${y(tick)}" stroke="currentColor" stroke-opacity="0.25"/>`,
      `<text x="${margin.left - 6}" y="${y(tick) + 5}" text-anchor="end" font-size="${FONT}" fill="currentColor" class="tick">${tick * 100}%</text>`,
    );
  }
  // Year labels where they fit: every n-th year when the plot is too narrow for all.
  const step = Math.max(1, Math.ceil((textWidth('2025') + 10) / (x.step() || 1)));
  years.forEach((year, i) => {
    if ((years.length - 1 - i) % step === 0)
      parts.push(
        `<text x="${x(year)}" y="${bottom + 20}" text-anchor="middle" font-size="${FONT}" fill="currentColor" class="tick">${year}</text>`,
      );
  });
  const path = line<{ x: number; y: number | null }>()
    .defined((p) => p.y !== null)
    .x((p) => x(p.x) ?? 0)
    .y((p) => y(p.y ?? 0));
  series.forEach((s, i) => {
    const cls = `series-${i % 4}`;
    const dash = s.dashed && i % 4 === 0 ? DASHES[1] : DASHES[i % 4];
    parts.push(
      `<path d="${path(s.points) ?? ''}" fill="none" class="${cls}" stroke="currentColor" stroke-width="${i === 0 ? 3 : 2}"${dash ? ` stroke-dasharray="${dash}"` : ''}/>`,
    );
    for (const p of s.points) if (p.y !== null) parts.push(marker(i, x(p.x) ?? 0, y(p.y), cls));
  });
  // The legend: marker, line pattern, label and latest value, one series per line(s).
  let ly = bottom + 34;
  series.forEach((s, i) => {
    const cls = `series-${i % 4}`;
    const last = [...s.points].reverse().find((p) => p.y !== null);
    const text = `${s.label}${last && last.y !== null ? `: ${pct(last.y)} (${last.x})` : ''}`;
    const lines = wrapText(text, width - 44);
    const dash = s.dashed && i % 4 === 0 ? DASHES[1] : DASHES[i % 4];
    parts.push(
      `<path d="M2 ${ly + 9}H30" class="${cls}" stroke="currentColor" stroke-width="${i === 0 ? 3 : 2}"${dash ? ` stroke-dasharray="${dash}"` : ''}/>`,
      marker(i, 16, ly + 9, cls),
      textBlock(lines, 40, ly + FONT),
    );
    ly += lines.length * LINE + 6;
  });
  parts.push(
    `<rect x="2" y="${ly + 1}" width="28" height="16" class="band" fill="var(--band, #e4eef8)"/>`,
    `<text x="40" y="${ly + FONT}" font-size="${FONT}" fill="currentColor" class="ref">vlak: 40–60% (evenredig)</text>`,
  );
  ly += LINE + 6;
  const height = Math.ceil(ly + 2);
  return svgDocument(width, height, options, parts);
}
