// Boards by share of women as a strip of dots (one per board), the 40-60% band shaded.
import { scaleLinear } from 'd3-scale';
import { demoMark, svgOpen, type ChartOptions } from './svg.ts';

export function renderStripChart(shares: number[], options: ChartOptions & { id: string }): string {
  const width = options.width ?? 640;
  const margin = { left: 16, right: 16 };
  const x = scaleLinear()
    .domain([0, 1])
    .range([margin.left, width - margin.right]);
  // Stack dots that share a 2%-bin so that every board stays visible (a simple beeswarm).
  const bins = new Map<number, number>();
  const dots: { cx: number; level: number }[] = [];
  for (const s of [...shares].sort((a, b) => a - b)) {
    const bin = Math.round(s * 50);
    const level = bins.get(bin) ?? 0;
    bins.set(bin, level + 1);
    dots.push({ cx: x(bin / 50), level });
  }
  const maxLevel = Math.max(1, ...bins.values());
  const r = Math.max(1.2, Math.min(4, 120 / maxLevel / 2));
  const height = Math.min(260, Math.max(80, maxLevel * r * 2 + 50));
  const base = height - 30;
  const parts = [svgOpen(width, height, options.title, options.id)];
  parts.push(
    `<rect x="${x(0.4)}" y="6" width="${x(0.6) - x(0.4)}" height="${base - 6}" fill="var(--band, #e4eef8)"/>`,
  );
  parts.push(
    `<text x="${x(0.5)}" y="18" text-anchor="middle" font-size="11" fill="currentColor" class="ref">evenredig 40–60%</text>`,
  );
  const step = Math.min(2 * r, (base - 24) / maxLevel);
  for (const d of dots)
    parts.push(
      `<circle cx="${d.cx.toFixed(1)}" cy="${(base - r - d.level * step).toFixed(1)}" r="${r.toFixed(1)}" fill="currentColor" fill-opacity="0.75"/>`,
    );
  parts.push(
    `<line x1="${margin.left}" x2="${width - margin.right}" y1="${base}" y2="${base}" stroke="currentColor"/>`,
  );
  for (const t of [0, 0.2, 0.4, 0.6, 0.8, 1])
    parts.push(
      `<text x="${x(t)}" y="${base + 18}" text-anchor="middle" font-size="12" fill="currentColor" class="tick">${t * 100}%</text>`,
    );
  parts.push(demoMark(options.demo, width - 4, 18));
  parts.push('</svg>');
  return parts.join('');
}
