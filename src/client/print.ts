// Printing a page gives the figures on paper: a "Print deze pagina" button at the end of the
// content, and just before printing every closed <details> opens (the chart tables) and every
// link in the content gets its absolute address written out (global.css prints it after the
// link). Afterwards the page is put back as it was.

const reopened: HTMLDetailsElement[] = [];

function beforePrint(): void {
  for (const details of document.querySelectorAll<HTMLDetailsElement>('main details:not([open])')) {
    details.open = true;
    reopened.push(details);
  }
  for (const link of document.querySelectorAll<HTMLAnchorElement>('main a[href]')) {
    const href = link.href;
    // in-page anchors and script links say nothing on paper
    if (!/^https?:/.test(href) || href.split('#')[0] === location.href.split('#')[0]) continue;
    link.dataset.printUrl = href;
  }
}

function afterPrint(): void {
  for (const details of reopened.splice(0)) details.open = false;
}

addEventListener('beforeprint', beforePrint);
addEventListener('afterprint', afterPrint);

const main = document.querySelector('main');
if (main && typeof window.print === 'function') {
  const line = document.createElement('p');
  line.className = 'no-print print-line wrap'; // in line with the content, not at the screen's edge
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'link-button';
  button.textContent = 'Print deze pagina';
  button.addEventListener('click', () => window.print());
  line.append(button);
  main.append(line);
}

export {};
