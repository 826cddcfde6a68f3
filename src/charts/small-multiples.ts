// Small multiples: the same small bar chart once per panel (e.g. per province), on one scale so
// the panels can be compared at a glance; every bar carries its value as text.
import { scaleLinear } from 'd3-scale';
import { demoMark, escapeXml, svgOpen, type ChartOptions } from './svg.ts';
import type { Bar } from './bars.ts';

export interface Panel {
  title: string;
  bars: Bar[];
}

export function renderSmallMultiples(
  panels: Panel[],
  options: ChartOptions & { id: string },
): string {
  const width = options.width ?? 640;
  const columns = 2;
  const panelWidth = width / columns;
  const rowHeight = 20;
  const barsPerPanel = Math.max(1, ...panels.map((p) => p.bars.length));
  const panelHeight = 28 + barsPerPanel * rowHeight + 12;
  const height = Math.ceil(panels.length / columns) * panelHeight + 10;
  const max = Math.max(1e-9, ...panels.flatMap((p) => p.bars.map((b) => b.value)));
  const labelWidth = 110;
  const x = scaleLinear()
    .domain([0, max])
    .range([0, panelWidth - labelWidth - 46]);
  const parts = [svgOpen(width, height, options.title, options.id)];
  panels.forEach((panel, i) => {
    const ox = (i % columns) * panelWidth;
    const oy = Math.floor(i / columns) * panelHeight;
    parts.push(
      `<text x="${ox + 4}" y="${oy + 18}" font-size="14" font-weight="700" fill="currentColor">${escapeXml(panel.title)}</text>`,
    );
    panel.bars.forEach((b, j) => {
      const y = oy + 28 + j * rowHeight;
      parts.push(
        `<text x="${ox + labelWidth - 6}" y="${y + 13}" text-anchor="end" font-size="12" fill="currentColor">${escapeXml(b.label)}</text>`,
      );
      parts.push(
        `<rect x="${ox + labelWidth}" y="${y + 3}" width="${Math.max(1, x(b.value)).toFixed(1)}" height="${rowHeight - 7}" fill="currentColor" fill-opacity="${b.highlight ? 0.9 : 0.5}"/>`,
      );
      parts.push(
        `<text x="${ox + labelWidth + x(b.value) + 4}" y="${y + 13}" font-size="12" fill="currentColor">${escapeXml(b.display)}</text>`,
      );
    });
  });
  parts.push(demoMark(options.demo, width - 4, height - 2));
  parts.push('</svg>');
  return parts.join('');
}
