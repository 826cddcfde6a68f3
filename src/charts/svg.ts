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

/**
 * Charts are drawn for a phone and never shown much larger, so that their text stays legible
 * everywhere: the design is CHART_WIDTH units wide with all text at FONT units, and global.css
 * caps the rendered width (.chart svg, max-width 29.5rem) so that text never passes 19.5 px. On
 * a 390-px phone a figure gives the chart about 316 px (text 13 px); on a desktop 472 px.
 */
export const CHART_WIDTH = 340;
export const FONT = 14;
/** Line height of chart text, in units. */
export const LINE = 18;

/**
 * A generous estimate of a text's width in units: wide system sans-serifs (DejaVu Sans) average
 * up to ~0.63 em per character and digits more, so labels placed with it do not get clipped.
 */
export function textWidth(text: string, size = FONT, bold = false): number {
  return text.length * size * (bold ? 0.7 : 0.64);
}

/**
 * A label broken into at most maxLines lines that fit maxWidth; what does not fit ends in "…"
 * (the figure's table always has the full text).
 */
export function wrapText(text: string, maxWidth: number, maxLines = 2, size = FONT): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let current = '';
  for (const word of words) {
    const next = current ? `${current} ${word}` : word;
    if (textWidth(next, size) <= maxWidth || !current) current = next;
    else {
      lines.push(current);
      current = word;
    }
  }
  if (current) lines.push(current);
  const fit = (line: string, ellipsis: boolean) => {
    let out = line;
    while (out.length > 1 && textWidth(`${out}${ellipsis ? '…' : ''}`, size) > maxWidth)
      out = out.slice(0, -1);
    return ellipsis || out !== line ? `${out.trimEnd()}…` : out;
  };
  if (lines.length > maxLines) {
    const kept = lines.slice(0, maxLines);
    kept[maxLines - 1] = fit(kept[maxLines - 1]!, true);
    return kept;
  }
  return lines.map((l) => (textWidth(l, size) > maxWidth ? fit(l, false) : l));
}

/** Lines of text as one <text> with a <tspan> per line (attrs: extra attributes, escaped). */
export function textBlock(lines: readonly string[], x: number, y: number, attrs = ''): string {
  const spans = lines
    .map((l, i) => `<tspan x="${x}"${i === 0 ? '' : ` dy="${LINE}"`}>${escapeXml(l)}</tspan>`)
    .join('');
  return `<text x="${x}" y="${y}" font-size="${FONT}" fill="currentColor"${attrs}>${spans}</text>`;
}

export interface ChartOptions {
  /** Accessible title of the SVG (the figure caption says the same). */
  title: string;
  /** Adds a visible "voorbeelddata" mark. */
  demo?: boolean;
  width?: number;
}

/** Height of the band above the plot that holds the demo mark (so it never covers a mark). */
export function demoBand(demo: boolean | undefined): number {
  return demo ? LINE + 6 : 0;
}

/** The "voorbeelddata" mark, right-aligned in its own band at the top of the chart. */
export function demoMark(demo: boolean | undefined, width: number): string {
  return demo
    ? `<text x="${width - 2}" y="${FONT}" text-anchor="end" class="demo-mark" font-size="${FONT}" font-weight="700">voorbeelddata</text>`
    : '';
}

/**
 * The opening of a chart's SVG with its accessible name. A chart with links inside (a map whose
 * areas lead to their pages) is a group, not an image: an image cannot hold controls.
 */
export function svgOpen(
  width: number,
  height: number,
  title: string,
  id: string,
  className?: string,
  interactive = false,
): string {
  const cls = className ? ` class="${escapeXml(className)}"` : '';
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}"${cls} role="${interactive ? 'group' : 'img'}" aria-labelledby="${id}-t"><title id="${id}-t">${escapeXml(title)}</title>`;
}

/**
 * A chart's SVG once its marks are laid out: the opening tag sized to the content, the demo mark
 * in its band at the top, the marks, the closing tag.
 */
export function svgDocument(
  width: number,
  height: number,
  options: ChartOptions & { id: string },
  marks: readonly string[],
): string {
  return [
    svgOpen(width, height, options.title, options.id),
    demoMark(options.demo, width),
    ...marks,
    '</svg>',
  ].join('');
}
