// Fills in the date consulted in citation strings and adds a copy button to each of them and to
// every other code to copy (the embed code, marked data-copy with its button's label).
import { CONSULTED_PLACEHOLDER } from '../site/citation.ts';

const today = new Intl.DateTimeFormat('nl-NL', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
}).format(new Date());

for (const code of document.querySelectorAll<HTMLElement>('code.citation, code[data-copy]')) {
  if (code.matches('.citation'))
    code.textContent = (code.textContent ?? '').replace(CONSULTED_PLACEHOLDER, today);
  if (!navigator.clipboard) continue;
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'link-button';
  button.textContent = code.dataset.copy ?? 'Kopieer de bronvermelding';
  const status = document.createElement('span');
  status.setAttribute('role', 'status');
  status.className = 'meta';
  button.addEventListener('click', () => {
    navigator.clipboard.writeText(code.textContent ?? '').then(
      () => (status.textContent = ' Gekopieerd.'),
      () => (status.textContent = ' Kopiëren lukte niet; selecteer de tekst zelf.'),
    );
  });
  const line = document.createElement('p');
  line.append(button, status);
  code.parentElement?.after(line);
}
