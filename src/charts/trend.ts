// Trend lines of shares over the years, with the 40-60% band shaded and every line labelled
// directly at its end (colour is never the only key).
import { scaleLinear, scalePoint } from 'd3-scale';
import { line } from 'd3-shape';
import { demoMark, escapeXml, pct, svgOpen, type ChartOptions } from './svg.ts';

export interface TrendSeries {
  key: string;
  label: string;
  points: { x: number; y: number | null }[];
  dashed?: boolean;
}

export function renderTrendChart(
  series: TrendSeries[],
  options: ChartOptions & { id: string },
): string {
  const width = options.width ?? 640;
  const height = 300;
  const margin = { top: 16, right: 170, bottom: 32, left: 48 };
  const years = [...new Set(series.flatMap((s) => s.points.map((p) => p.x)))].sort((a, b) => a - b);
  const x = scalePoint<number>()
    .domain(years)
    .range([margin.left, width - margin.right])
    .padding(0.3);
  const y = scaleLinear()
    .domain([0, 1])
    .range([height - margin.bottom, margin.top]);
  const parts: string[] = [svgOpen(width, height, options.title, options.id)];
  parts.push(
    `<rect x="${margin.left}" y="${y(0.6)}" width="${width - margin.left - margin.right}" height="${y(0.4) - y(0.6)}" class="band" fill="var(--band, #e4eef8)"/>`,
  );
  parts.push(
    `<text x="${margin.left + 4}" y="${y(0.6) + 14}" font-size="11" fill="currentColor" class="ref">40–60%</text>`,
  );
  for (const tick of [0, 0.2, 0.4, 0.6, 0.8, 1]) {
    parts.push(
      `<line x1="${margin.left}" x2="${width - margin.right}" y1="${y(tick)}" y2="${y(tick)}" stroke="currentColor" stroke-opacity="0.25"/>`,
    );
    parts.push(
      `<text x="${margin.left - 6}" y="${y(tick) + 4}" text-anchor="end" font-size="12" fill="currentColor" class="tick">${tick * 100}%</text>`,
    );
  }
  for (const year of years)
    parts.push(
      `<text x="${x(year)}" y="${height - 10}" text-anchor="middle" font-size="12" fill="currentColor" class="tick">${year}</text>`,
    );
  const path = line<{ x: number; y: number | null }>()
    .defined((p) => p.y !== null)
    .x((p) => x(p.x) ?? 0)
    .y((p) => y(p.y ?? 0));
  const labelYs: number[] = [];
  series.forEach((s, i) => {
    const cls = `series-${i % 4}`;
    parts.push(
      `<path d="${path(s.points) ?? ''}" fill="none" class="${cls}" stroke="currentColor" stroke-width="${i === 0 ? 3 : 2}"${s.dashed ? ' stroke-dasharray="6 4"' : ''}/>`,
    );
    for (const p of s.points)
      if (p.y !== null)
        parts.push(
          `<circle cx="${x(p.x)}" cy="${y(p.y)}" r="3.5" class="${cls}" fill="currentColor"/>`,
        );
    const last = [...s.points].reverse().find((p) => p.y !== null);
    if (last && last.y !== null) {
      let ly = y(last.y) + 4;
      // Keep direct labels from overlapping.
      while (labelYs.some((o) => Math.abs(o - ly) < 14)) ly += 14;
      labelYs.push(ly);
      parts.push(
        `<text x="${(x(last.x) ?? 0) + 8}" y="${ly}" font-size="12" fill="currentColor">${escapeXml(s.label)} ${pct(last.y)}</text>`,
      );
    }
  });
  parts.push(demoMark(options.demo, width - 4, height - 10));
  parts.push('</svg>');
  return parts.join('');
}
