// Map of municipalities coloured by a category, each category also told apart by a pattern and
// named in the legend, so colour never carries the meaning alone.
import { geoMercator, geoPath } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import {
  CHART_WIDTH,
  FONT,
  demoBand,
  demoMark,
  escapeXml,
  svgOpen,
  wrapText,
  type ChartOptions,
} from './svg.ts';

export interface MapCategory {
  key: string;
  label: string;
  /** CSS colour of the fill */
  fill: string;
  /** adds diagonal hatching on top of the fill */
  hatched?: boolean;
}

export interface MapArea {
  id: string;
  name: string;
  geometry: Geometry;
  category: string;
  href?: string;
}

export interface MapOptions extends ChartOptions {
  id: string;
  /** height of the map itself (a tall country needs more than a wide one) */
  mapHeight?: number;
  /** legend entries per row */
  legendColumns?: number;
  fontSize?: number;
  /** class on the SVG, e.g. to cap its width in CSS so its text stays readable */
  className?: string;
}

export function renderChoropleth(
  areas: MapArea[],
  categories: MapCategory[],
  options: MapOptions,
): string {
  const width = options.width ?? CHART_WIDTH;
  const mapHeight = options.mapHeight ?? Math.round(width * 0.5);
  const columns = options.legendColumns ?? 1;
  const fontSize = options.fontSize ?? FONT;
  const top = demoBand(options.demo);
  // Legend labels wrap (at most two lines) instead of running past the edge of a narrow map.
  const box = Math.max(16, fontSize);
  const lineHeight = Math.round(fontSize * 1.25);
  const labelLines = categories.map((c) =>
    wrapText(c.label, width / columns - box - 20, 2, fontSize),
  );
  const rowHeights: number[] = [];
  labelLines.forEach((lines, i) => {
    const row = Math.floor(i / columns);
    const needed = Math.max(24, fontSize + 10) + (lines.length - 1) * lineHeight;
    rowHeights[row] = Math.max(rowHeights[row] ?? 0, needed);
  });
  const rowTop = (row: number) => rowHeights.slice(0, row).reduce((a, b) => a + b, 0);
  const legendHeight = rowTop(rowHeights.length) + 10;
  const height = top + mapHeight + legendHeight;
  const collection: FeatureCollection = {
    type: 'FeatureCollection',
    features: areas.map((a): Feature => ({
      type: 'Feature',
      properties: {},
      geometry: a.geometry,
    })),
  };
  const projection = geoMercator().fitSize([width - 8, mapHeight - 8], collection);
  const path = geoPath(projection).digits(0);
  const parts = [
    svgOpen(
      width,
      height,
      options.title,
      options.id,
      options.className,
      areas.some((a) => a.href !== undefined),
    ),
  ];
  parts.push(
    `<defs><pattern id="${options.id}-hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><line x1="0" y1="0" x2="0" y2="6" stroke="currentColor" stroke-width="2"/></pattern></defs>`,
  );
  const byKey = new Map(categories.map((c) => [c.key, c]));
  parts.push(`<g transform="translate(4 ${top + 4})" stroke="var(--bg, #fff)" stroke-width="0.5">`);
  for (const area of areas) {
    const category = byKey.get(area.category);
    const d = path({ type: 'Feature', properties: {}, geometry: area.geometry });
    if (!d || !category) continue;
    const shape = `<path d="${d}" fill="${category.fill}"><title>${escapeXml(`${area.name}: ${category.label}`)}</title></path>${category.hatched ? `<path d="${d}" fill="url(#${options.id}-hatch)" class="hatch" pointer-events="none"/>` : ''}`;
    parts.push(
      area.href
        ? `<a href="${escapeXml(area.href)}" aria-label="${escapeXml(`${area.name}: ${category.label}`)}">${shape}</a>`
        : shape,
    );
  }
  parts.push('</g>');
  categories.forEach((c, i) => {
    const x = 8 + (i % columns) * (width / columns);
    const y = top + mapHeight + 8 + rowTop(Math.floor(i / columns));
    parts.push(
      `<rect x="${x}" y="${y}" width="${box}" height="${box}" fill="${c.fill}" stroke="currentColor"/>`,
    );
    if (c.hatched)
      parts.push(
        `<rect x="${x}" y="${y}" width="${box}" height="${box}" fill="url(#${options.id}-hatch)"/>`,
      );
    const spans = labelLines[i]!.map(
      (line, n) =>
        `<tspan x="${x + box + 8}"${n === 0 ? '' : ` dy="${lineHeight}"`}>${escapeXml(line)}</tspan>`,
    ).join('');
    parts.push(
      `<text x="${x + box + 8}" y="${y + box - 3}" font-size="${fontSize}" fill="currentColor" class="legend">${spans}</text>`,
    );
  });
  parts.push(demoMark(options.demo, width));
  parts.push('</svg>');
  return parts.join('');
}
