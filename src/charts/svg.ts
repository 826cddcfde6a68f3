// Small helpers shared by the chart functions: escaping and number formatting for SVG text.

export function escapeXml(value: string): string {
  return value.replace(
    /[&<>"']/g,
    (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch]!,
  );
}

export function pct(value: number): string {
  return `${(Math.round(value * 1000) / 10).toFixed(1).replace('.', ',')}%`;
}

export interface ChartOptions {
  /** Accessible title of the SVG (the figure caption says the same). */
  title: string;
  /** Adds a visible "voorbeelddata" mark. */
  demo?: boolean;
  width?: number;
}

export function demoMark(demo: boolean | undefined, x: number, y: number): string {
  return demo
    ? `<text x="${x}" y="${y}" text-anchor="end" class="demo-mark" font-size="12" font-weight="700">voorbeelddata</text>`
    : '';
}

export function svgOpen(
  width: number,
  height: number,
  title: string,
  id: string,
  className?: string,
): string {
  const cls = className ? ` class="${escapeXml(className)}"` : '';
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}"${cls} role="img" aria-labelledby="${id}-t"><title id="${id}-t">${escapeXml(title)}</title>`;
}
