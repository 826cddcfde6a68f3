// Offers each chart's inline SVG as a download (progressive: the button only appears with JS,
// so pages do not carry every chart twice).
for (const button of document.querySelectorAll<HTMLButtonElement>('button.svg-download')) {
  const id = button.dataset.figure ?? '';
  const svg = document.getElementById(id)?.querySelector('.chart svg');
  if (!svg) continue;
  button.hidden = false;
  button.addEventListener('click', () => {
    const blob = new Blob([new XMLSerializer().serializeToString(svg)], { type: 'image/svg+xml' });
    const link = document.createElement('a');
    link.href = URL.createObjectURL(blob);
    link.download = `${id}.svg`;
    link.click();
    URL.revokeObjectURL(link.href);
  });
}
export {};
