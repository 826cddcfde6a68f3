// "Vergelijk" buttons on entity pages and in tables. The chosen entities are kept in
// localStorage until the reader opens /vergelijken/, where the selection moves into the URL.
// Without scripts nothing of this shows: the buttons would do nothing there.
import { STORAGE_KEY, readBasket, writeBasket } from './compare-storage.ts';
import {
  formatSelection,
  parseToken,
  selectionSize,
  toggleKey,
  type CompareSelection,
} from '../site/compare-selection.ts';

function comparisonUrl(selection: CompareSelection): string {
  const base = document.documentElement.dataset.base ?? '/';
  const query = formatSelection(selection);
  return `${base}vergelijken/${query ? `?${query}` : ''}`;
}

const toggles: { button: HTMLButtonElement; token: string }[] = [];
const statuses: HTMLElement[] = [];

function isChosen(selection: CompareSelection, token: string): boolean {
  const parsed = parseToken(token);
  return parsed !== null && selection[parsed[0]].includes(parsed[1]);
}

function refresh(selection: CompareSelection): void {
  for (const { button, token } of toggles) {
    button.setAttribute('aria-pressed', String(isChosen(selection, token)));
  }
  const size = selectionSize(selection);
  for (const status of statuses) {
    status.replaceChildren();
    if (size === 0) continue;
    const link = document.createElement('a');
    link.href = comparisonUrl(selection);
    link.textContent = `Bekijk de vergelijking (${size} gekozen)`;
    status.append(link);
  }
}

function makeToggle(token: string, name: string, text: string): HTMLButtonElement {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'compare-button';
  button.setAttribute('aria-pressed', 'false');
  const visible = document.createElement('span');
  visible.textContent = text;
  const hidden = document.createElement('span');
  hidden.className = 'visually-hidden';
  hidden.textContent = ` ${name}`;
  button.append(visible, hidden);
  button.addEventListener('click', () => {
    const parsed = parseToken(token);
    if (!parsed) return;
    const before = readBasket();
    const after = toggleKey(before, ...parsed);
    if (selectionSize(after) === selectionSize(before)) {
      for (const status of statuses) {
        status.textContent = 'De vergelijking is vol: haal eerst iets weg.';
      }
      return;
    }
    writeBasket(after);
    refresh(after);
  });
  toggles.push({ button, token });
  return button;
}

function statusLine(): HTMLElement {
  const status = document.createElement('p');
  status.className = 'compare-status meta';
  status.setAttribute('role', 'status');
  statuses.push(status);
  return status;
}

// On an entity page: one button beside the title.
for (const host of document.querySelectorAll<HTMLElement>('[data-compare-toggle]')) {
  const token = host.dataset.compareToggle ?? '';
  if (!parseToken(token)) continue;
  host.append(
    makeToggle(token, host.dataset.name ?? '', 'Voeg toe aan vergelijking'),
    statusLine(),
  );
  host.hidden = false;
}

// In a table: a last column with a button per row.
for (const table of document.querySelectorAll<HTMLTableElement>('table[data-compare-rows]')) {
  const header = document.createElement('th');
  header.scope = 'col';
  header.textContent = 'Vergelijken';
  table.tHead?.rows[0]?.append(header);
  for (const row of table.tBodies[0]?.rows ?? []) {
    const cell = row.insertCell();
    const token = row.dataset.compare ?? '';
    if (parseToken(token)) {
      // The row header holds the name; repeating it in an attribute would double the HTML.
      const name = row.cells[0]?.textContent?.trim() ?? '';
      cell.append(makeToggle(token, name, 'Vergelijk'));
    }
  }
  (table.closest('.table-scroll') ?? table).after(statusLine());
}

if (toggles.length > 0) {
  refresh(readBasket());
  // Another tab may change the basket; keep the buttons honest.
  window.addEventListener('storage', (event) => {
    if (event.key === STORAGE_KEY) refresh(readBasket());
  });
}
