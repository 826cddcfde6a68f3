// Horizontal bars with the value written beside each bar (for balance classes and comparisons).
import { scaleLinear } from 'd3-scale';
import { demoMark, escapeXml, svgOpen, type ChartOptions } from './svg.ts';

export interface Bar {
  label: string;
  value: number;
  display: string;
  highlight?: boolean;
}

export function renderBarChart(
  bars: Bar[],
  options: ChartOptions & { id: string; max?: number },
): string {
  const width = options.width ?? 640;
  const labelWidth = 230;
  const rowHeight = 28;
  const height = bars.length * rowHeight + 24;
  const max = options.max ?? Math.max(1e-9, ...bars.map((b) => b.value));
  const x = scaleLinear()
    .domain([0, max])
    .range([0, width - labelWidth - 70]);
  const parts = [svgOpen(width, height, options.title, options.id)];
  bars.forEach((b, i) => {
    const yTop = 8 + i * rowHeight;
    parts.push(
      `<text x="${labelWidth - 8}" y="${yTop + 15}" text-anchor="end" font-size="13" fill="currentColor">${escapeXml(b.label)}</text>`,
    );
    parts.push(
      `<rect x="${labelWidth}" y="${yTop + 3}" width="${Math.max(1, x(b.value)).toFixed(1)}" height="${rowHeight - 10}" fill="currentColor" fill-opacity="${b.highlight ? 0.9 : 0.55}"/>`,
    );
    parts.push(
      `<text x="${labelWidth + x(b.value) + 6}" y="${yTop + 15}" font-size="13" fill="currentColor">${escapeXml(b.display)}</text>`,
    );
  });
  parts.push(demoMark(options.demo, width - 4, height - 4));
  parts.push('</svg>');
  return parts.join('');
}
