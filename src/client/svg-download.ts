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

for (const button of document.querySelectorAll<HTMLButtonElement>('button.svg-download')) {
  const id = button.dataset.figure ?? '';
  const format = button.dataset.format === 'png' ? 'png' : 'svg';
  const svg = document.getElementById(id)?.querySelector<SVGSVGElement>('.chart svg');
  if (!svg) continue;
  button.hidden = false;
  button.addEventListener('click', () => {
    if (format === 'png') toPng(svg, `${id}.png`);
    else save(new Blob([serialise(svg)], { type: 'image/svg+xml' }), `${id}.svg`);
  });
}
export {};
