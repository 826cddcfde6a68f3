// A body's share of women over the points in time of different kinds of source (SITE.md §6):
// each point is labelled with its date, a line joins only points of one series and one kind, and
// a point of another kind (the election result beside register exports) stands on its own with a
// hollow marker. A point with under 75% known gender is drawn hollow and dashed around: it has a
// value, but no verdict. The 40-60% band is shaded.
import { scaleLinear, scalePoint } from 'd3-scale';
import { marker } from './trend.ts';
import {
  CHART_WIDTH,
  FONT,
  LINE,
  demoBand,
  pct,
  svgDocument,
  textBlock,
  wrapText,
  type ChartOptions,
} from './svg.ts';

export interface SeriesPoint {
  /** the point's key on the x axis (a date, "2026-04-15") */
  x: string;
  /** share of women among known gender; null: no known gender */
  y: number | null;
  /** fewer than 75% known: drawn hollow, no verdict */
  onvolledig?: boolean;
}

export interface Series {
  label: string;
  points: SeriesPoint[];
  /** another kind of source than the other series: never joined to them, hollow marker */
  apart?: boolean;
}

export function renderSeriesChart(
  series: Series[],
  xLabels: { x: string; label: string }[],
  options: ChartOptions & { id: string },
): string {
  const width = options.width ?? CHART_WIDTH;
  const top = demoBand(options.demo) + 8;
  const plotHeight = 170;
  const margin = { left: 46, right: 12 };
  const bottom = top + plotHeight;
  const x = scalePoint<string>()
    .domain(xLabels.map((l) => l.x))
    .range([margin.left, width - margin.right])
    .padding(0.5);
  const y = scaleLinear().domain([0, 1]).range([bottom, top]);
  const parts: string[] = [
    `<rect x="${margin.left}" y="${y(0.6)}" width="${width - margin.left - margin.right}" height="${y(0.4) - y(0.6)}" class="band" fill="var(--band, #e4eef8)"/>`,
  ];
  for (const tick of [0, 0.2, 0.4, 0.6, 0.8, 1])
    parts.push(
      `<line x1="${margin.left}" x2="${width - margin.right}" y1="${y(tick)}" y2="${y(tick)}" stroke="currentColor" stroke-opacity="0.25"/>`,
      `<text x="${margin.left - 6}" y="${y(tick) + 5}" text-anchor="end" font-size="${FONT}" fill="currentColor" class="tick">${tick * 100}%</text>`,
    );
  // Each point's date under the axis, on two lines (month and year) so four fit a phone.
  for (const l of xLabels) {
    const cx = x(l.x) ?? 0;
    parts.push(
      textBlock(
        wrapText(l.label, (x.step() || 80) - 4, 3),
        cx,
        bottom + 20,
        ' text-anchor="middle" class="tick"',
      ),
    );
  }
  series.forEach((s, i) => {
    const cls = `series-${i % 4}`;
    const known = s.points.filter((p) => p.y !== null && x(p.x) !== undefined);
    // Lines between consecutive points of one series only (never across kinds: a series is one kind).
    if (!s.apart && known.length > 1)
      parts.push(
        `<path d="M${known.map((p) => `${x(p.x)} ${y(p.y!)}`).join('L')}" fill="none" class="${cls}" stroke="currentColor" stroke-width="2"${i % 2 ? ' stroke-dasharray="6 4"' : ''}/>`,
      );
    for (const p of known) {
      const cx = x(p.x)!;
      const cy = y(p.y!);
      if (s.apart || p.onvolledig)
        parts.push(
          `<circle cx="${cx}" cy="${cy}" r="6" class="${cls}" fill="var(--bg, #fff)" stroke="currentColor" stroke-width="2"${p.onvolledig ? ' stroke-dasharray="2 2"' : ''}/>`,
        );
      else parts.push(marker(i, cx, cy, cls));
    }
  });
  // Legend: marker and label with the latest value of each series.
  let ly = bottom + 20 + 3 * LINE + 4;
  series.forEach((s, i) => {
    const cls = `series-${i % 4}`;
    const last = [...s.points].reverse().find((p) => p.y !== null);
    const lines = wrapText(
      `${s.label}${last ? `: ${pct(last.y!)}${last.onvolledig ? ' (onvolledig)' : ''}` : ''}`,
      width - 40,
    );
    parts.push(
      s.apart
        ? `<circle cx="16" cy="${ly + 9}" r="6" class="${cls}" fill="var(--bg, #fff)" stroke="currentColor" stroke-width="2"/>`
        : marker(i, 16, ly + 9, cls),
      textBlock(lines, 32, ly + FONT),
    );
    ly += lines.length * LINE + 6;
  });
  const note = wrapText(
    'vlak: 40–60%; open rondje: minder dan 75% bekend gender, of een andere soort bron',
    width - 40,
    3,
  );
  parts.push(
    `<rect x="4" y="${ly + 1}" width="24" height="16" class="band" fill="var(--band, #e4eef8)"/>`,
    textBlock(note, 32, ly + FONT, ' class="ref"'),
  );
  ly += note.length * LINE + 6;
  return svgDocument(width, Math.ceil(ly), options, parts);
}
