// Offers each chart's inline SVG as an SVG or PNG download (progressive: the buttons only appear
// with JS, so pages do not carry every chart twice).

function save(blob: Blob, name: string): void {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 1000);
}

function serialise(svg: SVGSVGElement): string {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  // Bake the page's colours into the file so it looks the same outside the page.
  const style = getComputedStyle(svg);
  copy.setAttribute(
    'style',
    `color:${style.color};background:${getComputedStyle(document.body).backgroundColor}`,
  );
  copy.setAttribute('font-family', style.fontFamily);
  return new XMLSerializer().serializeToString(copy);
}

function toPng(svg: SVGSVGElement, name: string): void {
  const { width, height } = svg.viewBox.baseVal;
  const scale = 2;
  const image = new Image();
  image.onload = () => {
    const canvas = document.createElement('canvas');
    canvas.width = width * scale;
    canvas.height = height * scale;
    const context = canvas.getContext('2d');
    if (!context) return;
    context.fillStyle = getComputedStyle(document.body).backgroundColor;
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    canvas.toBlob((blob) => blob && save(blob, name), 'image/png');
  };
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(serialise(svg))}`;
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
    save(new Blob([serialise(svg)], { type: 'image/svg+xml' }), `${id}.svg`),
  );
  svgButton.dataset.format = 'svg';
  const pngButton = downloadButton('(PNG)', id, () => toPng(svg, `${id}.png`));
  pngButton.dataset.format = 'png';
  anchor.before(svgButton, ' ', pngButton, ' ');
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
