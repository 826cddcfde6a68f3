// Boards by share of women as a histogram: one bar per ten percentage points with a count axis,
// the 40-60% band shaded, and under it the three groups of the figure's CSV with their counts.
// (It replaced a strip of dots that shrank below a pixel for large sectors.)
import { scaleLinear } from 'd3-scale';
import {
  shareGroupOf,
  totalSeats,
  type SeatCounts,
  type ShareGroupCount,
} from '../domain/balance.ts';
import {
  CHART_WIDTH,
  FONT,
  LINE,
  demoBand,
  svgDocument,
  textBlock,
  wrapText,
  type ChartOptions,
} from './svg.ts';

/**
 * The ten-point bin of a board, inside its share group of the CSV (shareGroupOf): under 40% in
 * bins 0-3, 40-60% inclusive in bins 4-5, over 60% in bins 6-9.
 */
export function shareBin(b: SeatCounts): number {
  const total = totalSeats(b);
  const tenth = Math.floor((10 * b.vrouwen) / total);
  switch (shareGroupOf(b)) {
    case 'onder_40':
      return Math.min(3, tenth);
    case '40_60':
      return 10 * b.vrouwen < 5 * total ? 4 : 5;
    case 'boven_60':
      return Math.max(6, Math.min(9, tenth));
  }
}

export function shareBins(boards: readonly SeatCounts[]): number[] {
  const bins = Array<number>(10).fill(0);
  for (const b of boards) if (totalSeats(b) > 0) bins[shareBin(b)]! += 1;
  return bins;
}

export function renderStripChart(
  boards: readonly SeatCounts[],
  groups: readonly ShareGroupCount[],
  options: ChartOptions & { id: string },
): string {
  const width = options.width ?? CHART_WIDTH;
  const bins = shareBins(boards);
  const top = demoBand(options.demo) + 34;
  const plotHeight = 150;
  const left = 44;
  const right = 22;
  const bottom = top + plotHeight;
  const x = scaleLinear()
    .domain([0, 1])
    .range([left, width - right]);
  const y = scaleLinear()
    .domain([0, Math.max(1, ...bins)])
    .nice(4)
    .range([bottom, top]);
  const parts: string[] = [
    `<rect x="${x(0.4)}" y="${top}" width="${x(0.6) - x(0.4)}" height="${plotHeight}" class="band" fill="var(--band, #e4eef8)"/>`,
  ];
  // no "0" label: the baseline is the axis, and the 0% label sits right under it
  for (const tick of y.ticks(4).filter((t) => Number.isInteger(t) && t > 0))
    parts.push(
      `<line x1="${left}" x2="${width - right}" y1="${y(tick)}" y2="${y(tick)}" stroke="currentColor" stroke-opacity="0.25"/>`,
      `<text x="${left - 6}" y="${y(tick) + 5}" text-anchor="end" font-size="${FONT}" fill="currentColor" class="tick">${tick}</text>`,
    );
  bins.forEach((n, i) => {
    if (n === 0) return;
    const x0 = x(i / 10) + 1.5;
    parts.push(
      `<rect x="${x0.toFixed(1)}" y="${y(n).toFixed(1)}" width="${(x((i + 1) / 10) - x(i / 10) - 3).toFixed(1)}" height="${(bottom - y(n)).toFixed(1)}" fill="currentColor" fill-opacity="0.8"/>`,
    );
  });
  parts.push(
    `<line x1="${left}" x2="${width - right}" y1="${bottom}" y2="${bottom}" stroke="currentColor"/>`,
  );
  for (const t of [0, 0.2, 0.4, 0.6, 0.8, 1])
    parts.push(
      `<text x="${x(t)}" y="${bottom + 20}" text-anchor="middle" font-size="${FONT}" fill="currentColor" class="tick">${t * 100}%</text>`,
    );
  let ly = bottom + 30;
  parts.push(
    `<text x="0" y="${top - 16}" font-size="${FONT}" fill="currentColor" class="ref">aantal gremia per 10 procentpunt</text>`,
  );
  for (const g of groups) {
    const lines = wrapText(`${g.label}: ${g.n_gremia} gremia`, width - 4);
    parts.push(textBlock(lines, 0, ly + FONT));
    ly += lines.length * LINE + 4;
  }
  const height = Math.ceil(ly + 4);
  return svgDocument(width, height, options, parts);
}
