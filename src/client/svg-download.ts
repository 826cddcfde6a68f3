// Offers each chart's inline SVG as an SVG or PNG download in the light palette with a footer
// band (title, source, edition, licence, address), and a link to report an error in the figure
// (progressive: the buttons only appear with JS, so pages do not carry every chart twice).

function save(blob: Blob, name: string): void {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 1000);
}

const FOOTER_LINE = 16;
const EXPORT_WIDTH = 640;
const SVG_NS = 'http://www.w3.org/2000/svg';

/** What travels with an exported chart: title, source, edition, address and licence. */
function footerLines(figure: HTMLElement): string[] {
  const term = (name: string) =>
    [...document.querySelectorAll('footer dt')]
      .find((dt) => dt.textContent?.trim() === name)
      ?.nextElementSibling?.textContent?.replace(/\s+/g, ' ')
      .trim() ?? '';
  const caption = figure.querySelector('figcaption')?.textContent?.trim() ?? '';
  const source = (figure.querySelector('p.meta')?.textContent ?? '')
    .replace(/\s+/g, ' ')
    .split('Download')[0]!
    .trim();
  return [
    caption,
    source,
    `Editie: ${term('Editie')}`,
    `Licentie: ${term('Licentie')}`,
    // The permanent address (canonical), not wherever the page happens to be served from.
    `${document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href ?? `${location.origin}${location.pathname}`}#${figure.id}`,
  ].filter(Boolean);
}

/** A footer line cut into pieces of at most `max` characters, at a space or "/" where possible. */
function wrapFooterLine(line: string, max: number): string[] {
  const out: string[] = [];
  let rest = line;
  while (rest.length > max) {
    // Break points: a space, or just before a "/" that is not part of "://".
    const points: number[] = [];
    for (let i = 1; i <= max; i++)
      if (rest[i] === ' ' || (rest[i] === '/' && rest[i - 1] !== '/' && rest[i + 1] !== '/'))
        points.push(i);
    // The earliest point after which the rest fits on one line keeps a path in one piece.
    const at = points.find((p) => p > max / 3 && rest.length - p <= max) ?? points.at(-1) ?? max;
    out.push(rest.slice(0, at).trimEnd());
    rest = rest.slice(at).trimStart();
  }
  if (rest) out.push(rest);
  return out;
}

/**
 * The chart as a file that looks the same anywhere: the light palette's colours written into
 * every element (no currentColor, no CSS variables, whatever the reader's colour scheme), on a
 * white background, with a footer band saying what it is, where it comes from and its licence.
 */
function serialise(
  svg: SVGSVGElement,
  figure: HTMLElement,
): { text: string; width: number; height: number } {
  // Computed in a detached light-palette copy of the chart's context (global.css .palette-light).
  const host = document.createElement('div');
  host.className = 'chart palette-light';
  host.setAttribute('aria-hidden', 'true');
  host.style.cssText = 'position:absolute;left:-10000px;top:0;width:640px';
  const copy = svg.cloneNode(true) as SVGSVGElement;
  host.append(copy);
  document.body.append(host);
  const painted = 'circle, ellipse, line, path, polygon, polyline, rect, text, tspan';
  for (const el of copy.querySelectorAll<SVGElement>(painted)) {
    const style = getComputedStyle(el);
    // Fill and stroke as the light page paints them, also where CSS (not an attribute) set them.
    if (!(el.getAttribute('fill') ?? '').startsWith('url('))
      el.setAttribute('fill', style.getPropertyValue('fill'));
    const stroke = style.getPropertyValue('stroke');
    if (stroke && stroke !== 'none') el.setAttribute('stroke', stroke);
  }
  const fontFamily = getComputedStyle(copy).fontFamily;
  host.remove();
  const { width: chartWidth, height } = svg.viewBox.baseVal;
  // Charts are drawn narrow (340 units): the exported image is at least EXPORT_WIDTH wide with
  // the chart centred, so that the footer's source and address fit; longer lines wrap.
  const width = Math.max(chartWidth, EXPORT_WIDTH);
  const inner = document.createElementNS(SVG_NS, 'g');
  inner.setAttribute('transform', `translate(${(width - chartWidth) / 2} 0)`);
  inner.append(...copy.childNodes);
  copy.append(inner);
  const perLine = (size: number) => Math.floor((width - 8) / (size * 0.62));
  const footer = footerLines(figure);
  const titleLines = wrapFooterLine(footer[0] ?? '', perLine(12)).length;
  const lines = footer.flatMap((line, i) => wrapFooterLine(line, perLine(i === 0 ? 12 : 11)));
  const band = lines.length * FOOTER_LINE + 16;
  copy.setAttribute('viewBox', `0 0 ${width} ${height + band}`);
  copy.setAttribute('width', String(width));
  copy.setAttribute('height', String(height + band));
  copy.setAttribute('font-family', fontFamily);
  copy.removeAttribute('class');
  const background = document.createElementNS(SVG_NS, 'rect');
  background.setAttribute('width', '100%');
  background.setAttribute('height', '100%');
  background.setAttribute('fill', '#ffffff');
  copy.prepend(background);
  const rule = document.createElementNS(SVG_NS, 'line');
  for (const [k, v] of Object.entries({ x1: 0, x2: width, y1: height + 4, y2: height + 4 }))
    rule.setAttribute(k, String(v));
  rule.setAttribute('stroke', '#6b6b6b');
  copy.append(rule);
  lines.forEach((line, i) => {
    const text = document.createElementNS(SVG_NS, 'text');
    text.setAttribute('x', '4');
    text.setAttribute('y', String(height + 4 + (i + 1) * FOOTER_LINE));
    const title = i < titleLines;
    text.setAttribute('font-size', title ? '12' : '11');
    if (title) text.setAttribute('font-weight', '700');
    text.setAttribute('fill', '#1a1a1a');
    text.textContent = line;
    copy.append(text);
  });
  return { text: new XMLSerializer().serializeToString(copy), width, height: height + band };
}

function toPng(svg: SVGSVGElement, figure: HTMLElement, name: string): void {
  const { text, width, height } = serialise(svg, figure);
  const scale = 2;
  const image = new Image();
  image.onload = () => {
    const canvas = document.createElement('canvas');
    canvas.width = width * scale;
    canvas.height = height * scale;
    const context = canvas.getContext('2d');
    if (!context) return;
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    canvas.toBlob((blob) => blob && save(blob, name), 'image/png');
  };
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(text)}`;
}

function downloadButton(label: string, figure: string, onClick: () => void): HTMLButtonElement {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'link-button svg-download';
  button.dataset.figure = figure;
  button.textContent = label;
  button.addEventListener('click', onClick);
  return button;
}

// The buttons exist only where they work (with JS); 3,000 pages need not carry them hidden.
for (const figure of document.querySelectorAll<HTMLElement>('figure[id]')) {
  const id = figure.id;
  const svg = figure.querySelector<SVGSVGElement>('.chart svg');
  const anchor = figure.querySelector<HTMLAnchorElement>(`p.meta a[href="#${CSS.escape(id)}"]`);
  if (!svg || !anchor) continue;
  const svgButton = downloadButton('Download de grafiek (SVG)', id, () =>
    save(new Blob([serialise(svg, figure).text], { type: 'image/svg+xml' }), `${id}.svg`),
  );
  svgButton.dataset.format = 'svg';
  const pngButton = downloadButton('(PNG)', id, () => toPng(svg, figure, `${id}.png`));
  pngButton.dataset.format = 'png';
  anchor.before(svgButton, ' ', pngButton, ' · ');
  const report = reportLink(figure);
  if (report) anchor.after(' · ', report);
}

/**
 * "Meld een fout in deze grafiek": the publisher's contact (from the footer) with a subject that
 * names the figure and its permanent address, so a report says exactly what it is about.
 */
function reportLink(figure: HTMLElement): HTMLAnchorElement | null {
  const contact = document.querySelector<HTMLAnchorElement>('a[data-contact]')?.dataset.contact;
  if (!contact) return null;
  const caption = figure.querySelector('figcaption')?.textContent?.trim() ?? figure.id;
  const where = `${location.origin}${location.pathname}#${figure.id}`;
  const link = document.createElement('a');
  link.textContent = 'Meld een fout in deze grafiek';
  link.href = /^https?:/i.test(contact)
    ? contact
    : `mailto:${contact.replace(/^mailto:/i, '')}?subject=${encodeURIComponent(`Fout in grafiek "${caption}" op ${where}`)}`;
  return link;
}
export {};
